using System;
using System.IO;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// Replays a capture of raw meter bytes (e.g. written by <c>nodemqtt-metersim --out file:PATH</c> or recorded from
/// a real P1 port). Paced by the telegrams' own clocks (<c>0-0:1.0.0</c>: the gap between two telegrams' timestamps
/// is the pause between them, 1 s when a telegram has none) so a replay looks like the meter; or unpaced (as fast
/// as the board reads); or paced at N bytes per second (a token bucket with one second of burst); or one telegram
/// (from a '/' to the next) per interval. Optionally loops.
/// The file is read once into memory, bounded by <see cref="MaxFileBytes"/>.
/// </summary>
public sealed class FileReplaySource : HostByteSource
{
    /// <summary>Largest file accepted.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>Pause used when telegram timestamps are missing, equal or going backwards (a loop restart).</summary>
    public const int DefaultGapMs = 1000;

    /// <summary>Longest pause taken from timestamps (a capture with a gap of hours is not replayed as one).</summary>
    public const int MaxGapMs = 60000;

    private readonly Func<long> _monotonicMs;
    private readonly byte[] _data = Array.Empty<byte>();
    private int _pos;
    private double _tokens;
    private long _lastRefillMs = long.MinValue;
    private long _nextTelegramMs = long.MinValue;
    private int _segmentEnd = -1;
    private readonly int[] _starts = Array.Empty<int>();
    private readonly int[] _gapsMs = Array.Empty<int>();

    /// <summary>Loads <paramref name="path"/>; a missing or too large file leaves the source <see cref="SourceState.Failed"/>.</summary>
    public FileReplaySource(string path, bool loop = false, int bytesPerSecond = 0, int telegramIntervalMs = 0, Func<long> monotonicMs = null, bool paceByTimestamps = false)
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
                if (paceByTimestamps && BytesPerSecond == 0 && TelegramIntervalMs == 0)
                {
                    PacedByTimestamps = true;
                    (_starts, _gapsMs) = TelegramGaps(_data);
                }
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

    /// <summary>Each telegram waits for the gap between its timestamp and the previous one.</summary>
    public bool PacedByTimestamps { get; }

    /// <summary>Times the file was replayed to its end.</summary>
    public int Passes { get; private set; }

    /// <inheritdoc />
    public override string Describe()
    {
        string pace = BytesPerSecond > 0 ? " " + BytesPerSecond + " B/s" : TelegramIntervalMs > 0 ? " a telegram every " + TelegramIntervalMs + " ms"
            : PacedByTimestamps ? " paced by the telegrams' timestamps" : " unpaced";
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
        if (TelegramIntervalMs > 0 || PacedByTimestamps)
        {
            if (_segmentEnd < 0)
            {
                if (_nextTelegramMs != long.MinValue && now < _nextTelegramMs) return 0;
                _segmentEnd = NextStart(_pos + 1);
                int gap = TelegramIntervalMs > 0 ? TelegramIntervalMs : GapAfter(_pos);
                _nextTelegramMs = _nextTelegramMs == long.MinValue || now - _nextTelegramMs > gap ? now + gap : _nextTelegramMs + gap;
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

    // The pause after the telegram starting at pos: the gap to the next telegram's timestamp.
    private int GapAfter(int pos)
    {
        int i = Array.BinarySearch(_starts, pos);
        if (i < 0) i = ~i - 1;
        return i >= 0 && i < _gapsMs.Length ? _gapsMs[i] : DefaultGapMs;
    }

    /// <summary>Telegram start offsets and, per telegram, the pause before the next one from their
    /// <c>0-0:1.0.0(YYMMDDhhmmssX)</c> timestamps (the last telegram's pause is the one before it, so a loop
    /// keeps the pace).</summary>
    public static (int[] Starts, int[] GapsMs) TelegramGaps(byte[] data)
    {
        var starts = new System.Collections.Generic.List<int>();
        for (int i = Array.IndexOf(data, (byte)'/'); i >= 0; i = i + 1 < data.Length ? Array.IndexOf(data, (byte)'/', i + 1) : -1)
        {
            // Only a '/' at the start of a line opens a telegram ('/' also appears inside values).
            if (i == 0 || data[i - 1] == (byte)'\n') starts.Add(i);
        }

        var gaps = new int[starts.Count];
        long previous = long.MinValue;
        for (int k = 0; k < starts.Count; k++)
        {
            int end = k + 1 < starts.Count ? starts[k + 1] : data.Length;
            long t = TimestampSeconds(data, starts[k], end);
            if (k > 0)
            {
                long gapMs = t == long.MinValue || previous == long.MinValue ? DefaultGapMs : (t - previous) * 1000;
                gaps[k - 1] = gapMs <= 0 ? DefaultGapMs : (int)Math.Min(gapMs, MaxGapMs);
            }

            previous = t;
        }

        if (gaps.Length > 0) gaps[^1] = gaps.Length > 1 ? gaps[^2] : DefaultGapMs;
        return (starts.ToArray(), gaps);
    }

    // Seconds of a DSMR timestamp YYMMDDhhmmss in [start, end), or long.MinValue when there is none.
    private static long TimestampSeconds(byte[] data, int start, int end)
    {
        byte[] key = System.Text.Encoding.ASCII.GetBytes("0-0:1.0.0(");
        int at = data.AsSpan(start, end - start).IndexOf(key);
        if (at < 0) return long.MinValue;
        int p = start + at + key.Length;
        if (p + 12 > end) return long.MinValue;
        int[] v = new int[6];
        for (int f = 0; f < 6; f++)
        {
            int hi = data[p + 2 * f] - '0', lo = data[p + 2 * f + 1] - '0';
            if (hi < 0 || hi > 9 || lo < 0 || lo > 9) return long.MinValue;
            v[f] = hi * 10 + lo;
        }

        try
        {
            var dt = new DateTime(2000 + v[0], v[1], v[2], v[3], v[4], v[5], DateTimeKind.Utc);
            return dt.Ticks / TimeSpan.TicksPerSecond;
        }
        catch (ArgumentOutOfRangeException)
        {
            return long.MinValue;
        }
    }

    // The next telegram start: a '/' at the beginning of a line ('/' can also appear inside a value).
    private int NextStart(int from)
    {
        int i = from < _data.Length ? Array.IndexOf(_data, (byte)'/', from) : -1;
        while (i > 0 && _data[i - 1] != (byte)'\n') i = i + 1 < _data.Length ? Array.IndexOf(_data, (byte)'/', i + 1) : -1;
        return i < 0 ? _data.Length : i;
    }

    private void Fail(string why)
    {
        LastError = "file " + Path + ": " + why;
        State = SourceState.Failed;
    }
}
