using System;
using System.IO;
using System.Text;

namespace NodeMqtt.MeterSim.Posix;

/// <summary>
/// A Linux pseudo-terminal standing in for a UART: bytes written to the master come out of the slave
/// (<see cref="SlavePath"/>, e.g. /dev/pts/3), which a reader opens as it would /dev/ttyUSB0. Raw mode, so no
/// echo and no line editing. The master is non-blocking: a reader that does not keep up loses bytes, as a UART would.
/// </summary>
public sealed unsafe class PseudoTerminal : IDisposable
{
    private int _master;

    private PseudoTerminal(int master, string slavePath)
    {
        _master = master;
        SlavePath = slavePath;
    }

    /// <summary>The slave device path, e.g. /dev/pts/3.</summary>
    public string SlavePath { get; }

    /// <summary>The master fd (-1 once disposed).</summary>
    public int MasterFd => _master;

    /// <summary>True while some process has the slave open (the master reports no hang-up).
    /// Writing while nobody listens would only leave stale telegrams in the tty buffer.</summary>
    public bool ReaderAttached
    {
        get
        {
            if (_master < 0) return false;
            int events = Tty.Poll(_master, LibC.POLLOUT, 0);
            return events >= 0 && (events & LibC.POLLHUP) == 0;
        }
    }

    /// <summary>posix_openpt + grantpt + unlockpt + ptsname_r, raw mode at 115200 8N1 (or 9600 7E1).
    /// Throws <see cref="IOException"/> with the failing call's name.</summary>
    public static PseudoTerminal Open(int baud = 115200, bool sevenE1 = false)
    {
        int fd = LibC.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
        if (fd < 0) throw new IOException("posix_openpt: " + LibC.ErrorText(LibC.Errno));
        try
        {
            if (LibC.grantpt(fd) != 0) throw new IOException("grantpt: " + LibC.ErrorText(LibC.Errno));
            if (LibC.unlockpt(fd) != 0) throw new IOException("unlockpt: " + LibC.ErrorText(LibC.Errno));
            byte* name = stackalloc byte[256];
            int rc = LibC.ptsname_r(fd, name, 256);
            if (rc != 0) throw new IOException("ptsname_r: " + LibC.ErrorText(rc));
            string path = Encoding.UTF8.GetString(name, new ReadOnlySpan<byte>(name, 256).IndexOf((byte)0));
            // The master's termios are the slave's: raw here means raw for the reader too.
            if (!Tty.MakeRaw(fd, baud, sevenE1, out string error)) throw new IOException(error);
            // Non-blocking master: a meter never waits for its reader.
            int flags = LibC.O_RDWR | LibC.O_NONBLOCK;
            if (Fcntl.SetFlags(fd, flags) != 0) throw new IOException("fcntl: " + LibC.ErrorText(LibC.Errno));
            return new PseudoTerminal(fd, path);
        }
        catch
        {
            LibC.close(fd);
            throw;
        }
    }

    /// <summary>Writes as much as the tty accepts now; returns the bytes written (fewer than <paramref name="count"/>
    /// when the reader is behind), or -1 when the pty is closed or broken. Never blocks, never throws.</summary>
    public int Write(byte[] data, int offset, int count)
    {
        int done = 0;
        while (done < count && _master >= 0)
        {
            int n = Tty.Write(_master, data, offset + done, count - done, out int errno);
            if (n > 0)
            {
                done += n;
                continue;
            }

            if (n < 0 && errno == LibC.EINTR) continue;
            if (n < 0 && errno != LibC.EAGAIN && done == 0) return -1;
            break;
        }

        return _master < 0 ? -1 : done;
    }

    /// <summary>Bytes written but not yet read by the reader (FIONREAD on the slave), or -1 when unknown.
    /// Closing the master throws those bytes away, so a writer that is done waits for this to reach 0.</summary>
    public int UnreadBytes()
    {
        if (_master < 0) return -1;
        int fd = LibC.open(SlavePath, LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_NONBLOCK | LibC.O_CLOEXEC);
        if (fd < 0) return -1;
        int count = 0;
        int rc = LibC.ioctl(fd, LibC.FIONREAD, &count);
        LibC.close(fd);
        return rc == 0 ? count : -1;
    }

    /// <summary>Discards what the reader has not read yet (stale telegrams).</summary>
    public void FlushUnread()
    {
        if (_master >= 0) LibC.tcflush(_master, LibC.TCIOFLUSH);
    }

    /// <summary>Closes the master; readers of the slave then see end of file. Idempotent.</summary>
    public void Dispose()
    {
        int fd = _master;
        _master = -1;
        Tty.Close(fd);
    }
}
