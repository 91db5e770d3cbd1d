using System;
using System.IO;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// Replays a capture of raw meter bytes (e.g. written by <c>nodemqtt-metersim --out file:PATH</c> or recorded from
/// a real P1 port). Unpaced by default (as fast as the board reads); or paced at N bytes per second (a token bucket
/// with one second of burst); or one telegram (from a '/' to the next) per interval. Optionally loops.
/// The file is read once into memory, bounded by <see cref="MaxFileBytes"/>.
/// </summary>
public sealed class FileReplaySource : HostByteSource
{
    /// <summary>Largest file accepted.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    private readonly Func<long> _monotonicMs;
    private readonly byte[] _data = Array.Empty<byte>();
    private int _pos;
    private double _tokens;
    private long _lastRefillMs = long.MinValue;
    private long _nextTelegramMs = long.MinValue;
    private int _segmentEnd = -1;

    /// <summary>Loads <paramref name="path"/>; a missing or too large file leaves the source <see cref="SourceState.Failed"/>.</summary>
    public FileReplaySource(string path, bool loop = false, int bytesPerSecond = 0, int telegramIntervalMs = 0, Func<long> monotonicMs = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Loop = loop;
        BytesPerSecond = Math.Max(0, bytesPerSecond);
        TelegramIntervalMs = Math.Max(0, telegramIntervalMs);
        _monotonicMs = monotonicMs ?? (() => Environment.TickCount64);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Fail("not found");
            }
            else if (info.Length > MaxFileBytes)
            {
                Fail("larger than " + MaxFileBytes + " bytes");
            }
            else
            {
                _data = File.ReadAllBytes(path);
                State = SourceState.Open;
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            Fail(e.Message);
        }
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Start over at the end.</summary>
    public bool Loop { get; }

    /// <summary>Pace in bytes per second (0 = unpaced).</summary>
    public int BytesPerSecond { get; }

    /// <summary>One telegram per this interval (0 = unpaced).</summary>
    public int TelegramIntervalMs { get; }

    /// <summary>Times the file was replayed to its end.</summary>
    public int Passes { get; private set; }

    /// <inheritdoc />
    public override string Describe()
    {
        string pace = BytesPerSecond > 0 ? " " + BytesPerSecond + " B/s" : TelegramIntervalMs > 0 ? " a telegram every " + TelegramIntervalMs + " ms" : "";
        return "file " + Path + (Loop ? " loop" : "") + pace + StateText();
    }

    /// <inheritdoc />
    protected override int ReadCore(byte[] buffer, int offset, int count)
    {
        if (State == SourceState.Failed || State == SourceState.Ended) return -1;
        if (_pos >= _data.Length)
        {
            Passes++;
            if (!Loop || _data.Length == 0)
            {
                State = SourceState.Ended;
                return -1;
            }

            _pos = 0;
        }

        int allowed = Math.Min(count, _data.Length - _pos);
        long now = _monotonicMs();
        if (TelegramIntervalMs > 0)
        {
            if (_segmentEnd < 0)
            {
                if (_nextTelegramMs != long.MinValue && now < _nextTelegramMs) return 0;
                _segmentEnd = NextStart(_pos + 1);
                _nextTelegramMs = _nextTelegramMs == long.MinValue || now - _nextTelegramMs > TelegramIntervalMs ? now + TelegramIntervalMs : _nextTelegramMs + TelegramIntervalMs;
            }

            allowed = Math.Min(allowed, _segmentEnd - _pos);
        }

        if (BytesPerSecond > 0)
        {
            if (_lastRefillMs == long.MinValue) _tokens = Math.Min(BytesPerSecond, 1024);
            else _tokens = Math.Min(BytesPerSecond, _tokens + (now - _lastRefillMs) * BytesPerSecond / 1000.0);
            _lastRefillMs = now;
            allowed = Math.Min(allowed, (int)_tokens);
            _tokens -= allowed;
        }

        Buffer.BlockCopy(_data, _pos, buffer, offset, allowed);
        _pos += allowed;
        if (_pos >= _segmentEnd) _segmentEnd = -1;
        return allowed;
    }

    /// <inheritdoc />
    protected override void Release()
    {
    }

    private int NextStart(int from)
    {
        int i = from < _data.Length ? Array.IndexOf(_data, (byte)'/', from) : -1;
        return i < 0 ? _data.Length : i;
    }

    private void Fail(string why)
    {
        LastError = "file " + Path + ": " + why;
        State = SourceState.Failed;
    }
}
