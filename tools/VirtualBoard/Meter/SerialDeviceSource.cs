using System;
using NodeMqtt.MeterSim.Posix;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// A tty or pty read like the device reads its UART: opened O_RDWR|O_NOCTTY|O_NONBLOCK, raw, at the meter's
/// speed and framing (115200 8N1 for DSMR 4/5, 9600 7E1 for DSMR 2.2). Reads are plain non-blocking read(2)
/// calls, so no thread is needed. When the device goes away (simulator exits, USB unplugged) the source closes
/// it and tries to open the same path again every <see cref="ReopenDelayMs"/>, which picks up a restarted
/// simulator behind a stable <c>--out pty-link:PATH</c>.
/// </summary>
public sealed class SerialDeviceSource : HostByteSource
{
    private readonly Func<long> _monotonicMs;
    private int _fd = -1;
    private long _nextOpenMs;

    /// <summary>Creates the source and tries to open <paramref name="path"/> at once (failure is reported by
    /// <see cref="HostByteSource.State"/> and retried, not thrown).</summary>
    public SerialDeviceSource(string path, int baud = 115200, bool sevenE1 = false, bool reopen = true, int reopenDelayMs = 1000, Func<long> monotonicMs = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Baud = baud;
        SevenE1 = sevenE1;
        Reopen = reopen;
        ReopenDelayMs = Math.Clamp(reopenDelayMs, 10, 60_000);
        _monotonicMs = monotonicMs ?? (() => Environment.TickCount64);
        TryOpen();
    }

    /// <summary>Device path.</summary>
    public string Path { get; }

    /// <summary>Line speed.</summary>
    public int Baud { get; }

    /// <summary>7 data bits, even parity (DSMR 2.2) instead of 8N1.</summary>
    public bool SevenE1 { get; }

    /// <summary>Retry opening after the device went away (otherwise the source ends).</summary>
    public bool Reopen { get; }

    /// <summary>Delay between open attempts.</summary>
    public int ReopenDelayMs { get; }

    /// <summary>Set when the device could not take the requested framing (a pty refuses 7E1; 8N1 is used). Null otherwise.</summary>
    public string FramingNote { get; private set; }

    /// <summary>Successful opens (1 after the first; more after reopen).</summary>
    public int Opens { get; private set; }

    /// <inheritdoc />
    public override string Describe()
    {
        return "serial " + Path + " " + Baud + "-" + (SevenE1 ? "7E1" : "8N1") + (FramingNote != null ? " [" + FramingNote + "]" : "") + StateText();
    }

    /// <inheritdoc />
    protected override int ReadCore(byte[] buffer, int offset, int count)
    {
        if (_fd < 0)
        {
            if (State == SourceState.Ended || State == SourceState.Failed) return -1;
            if (_monotonicMs() < _nextOpenMs || !TryOpen()) return 0;
        }

        int n = Tty.Read(_fd, buffer, offset, count, out int errno);
        if (n > 0) return n;
        if (n < 0 && Tty.IsTransient(errno)) return 0;

        // 0 with VMIN=1 and O_NONBLOCK is hang-up (the pty master closed); EIO/ENODEV: device gone.
        LostDevice(n == 0 ? "hang-up" : "read: " + Tty.ErrorText(errno));
        return State == SourceState.Ended ? -1 : 0;
    }

    /// <inheritdoc />
    protected override void Release()
    {
        int fd = _fd;
        _fd = -1;
        Tty.Close(fd);
    }

    private bool TryOpen()
    {
        int fd = Tty.OpenRaw(Path, Baud, SevenE1, out string error);
        if (fd < 0)
        {
            LastError = error;
            _nextOpenMs = _monotonicMs() + ReopenDelayMs;
            State = Reopen ? SourceState.Retrying : SourceState.Failed;
            return false;
        }

        _fd = fd;
        FramingNote = error;
        Opens++;
        State = SourceState.Open;
        return true;
    }

    private void LostDevice(string why)
    {
        Tty.Close(_fd);
        _fd = -1;
        LastError = why;
        _nextOpenMs = _monotonicMs() + ReopenDelayMs;
        State = Reopen ? SourceState.Retrying : SourceState.Ended;
    }
}
