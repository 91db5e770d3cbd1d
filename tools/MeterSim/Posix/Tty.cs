using System;

namespace NodeMqtt.MeterSim.Posix;

/// <summary>
/// Raw, non-blocking access to a tty or pty through file descriptors (Linux). Every method reports failure by
/// its return value and an errno or message; none throws. Shared with the virtual board's serial source.
/// </summary>
public static unsafe class Tty
{
    /// <summary>Baud rates this helper can set.</summary>
    public static readonly int[] SupportedBauds = { 9600, 19200, 38400, 57600, 115200, 230400 };

    /// <summary>Opens <paramref name="path"/> O_RDWR|O_NOCTTY|O_NONBLOCK and configures it raw at <paramref name="baud"/>,
    /// 8N1 or (when <paramref name="sevenE1"/>) 7E1 as DSMR 2.2 meters send. Returns the fd, or -1 with <paramref name="error"/>
    /// (a non-null <paramref name="error"/> with a valid fd is a note, see <see cref="MakeRaw"/>).</summary>
    public static int OpenRaw(string path, int baud, bool sevenE1, out string error)
    {
        int fd = LibC.open(path, LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_NONBLOCK | LibC.O_CLOEXEC);
        if (fd < 0)
        {
            error = "open " + path + ": " + LibC.ErrorText(LibC.Errno);
            return -1;
        }

        if (!MakeRaw(fd, baud, sevenE1, out error))
        {
            LibC.close(fd);
            error = path + ": " + error;
            return -1;
        }

        return fd;
    }

    /// <summary>cfmakeraw + speed + character size/parity, VMIN=1 VTIME=0, receiver on, modem lines ignored.
    /// Returns false with <paramref name="error"/> on failure; true with a non-null <paramref name="error"/> is a
    /// note (7E1 refused by a pty, 8N1 used).</summary>
    public static bool MakeRaw(int fd, int baud, bool sevenE1, out string error)
    {
        uint speed = SpeedCode(baud);
        if (speed == 0)
        {
            error = "unsupported baud rate " + baud;
            return false;
        }

        byte* t = stackalloc byte[LibC.TermiosSize];
        new Span<byte>(t, LibC.TermiosSize).Clear();
        if (LibC.tcgetattr(fd, t) != 0)
        {
            error = "tcgetattr: " + LibC.ErrorText(LibC.Errno);
            return false;
        }

        LibC.cfmakeraw(t);
        LibC.cfsetispeed(t, speed);
        LibC.cfsetospeed(t, speed);
        uint* cflag = (uint*)(t + LibC.CFlagOffset);
        *cflag |= LibC.CLOCAL | LibC.CREAD;
        *cflag &= ~(LibC.CSTOPB | LibC.CRTSCTS | LibC.PARODD);
        if (sevenE1)
        {
            *cflag = (*cflag & ~LibC.CSIZE) | LibC.CS7 | LibC.PARENB;
        }
        else
        {
            *cflag = (*cflag & ~(LibC.CSIZE | LibC.PARENB)) | LibC.CS8;
        }

        // VMIN=1, VTIME=0 with O_NONBLOCK: "no data" is EAGAIN and a read of 0 means hang-up. (VMIN=0 would
        // make both return 0, and a reader could not tell a quiet meter from a vanished one.)
        t[LibC.CcOffset + LibC.VMIN] = 1;
        t[LibC.CcOffset + LibC.VTIME] = 0;
        if (LibC.tcsetattr(fd, LibC.TCSANOW, t) != 0)
        {
            int errno = LibC.Errno;
            // A pty has no bits on a wire and Linux refuses CS7/PARENB on it (EINVAL). The bytes are 7-bit ASCII
            // either way, so fall back to 8N1 and say so instead of refusing a DSMR 2.2 simulator on a pty.
            if (sevenE1 && errno == 22)
            {
                *cflag = (*cflag & ~(LibC.CSIZE | LibC.PARENB)) | LibC.CS8;
                if (LibC.tcsetattr(fd, LibC.TCSANOW, t) == 0)
                {
                    error = "7E1 not supported by this device (a pty?); using 8N1";
                    return true;
                }
            }

            error = "tcsetattr: " + LibC.ErrorText(errno);
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>read(2): bytes read (0 = end of file / hang-up), or -1 with <paramref name="errno"/> (EAGAIN = nothing now).</summary>
    public static int Read(int fd, byte[] buffer, int offset, int count, out int errno)
    {
        errno = 0;
        if (buffer == null || offset < 0 || count < 0 || offset + count > buffer.Length)
        {
            errno = 22; // EINVAL
            return -1;
        }

        fixed (byte* p = buffer)
        {
            nint n = LibC.read(fd, p + offset, count);
            if (n < 0) errno = LibC.Errno;
            return (int)n;
        }
    }

    /// <summary>write(2): bytes written, or -1 with <paramref name="errno"/> (EAGAIN = buffer full).</summary>
    public static int Write(int fd, byte[] buffer, int offset, int count, out int errno)
    {
        errno = 0;
        if (buffer == null || offset < 0 || count < 0 || offset + count > buffer.Length)
        {
            errno = 22;
            return -1;
        }

        fixed (byte* p = buffer)
        {
            nint n = LibC.write(fd, p + offset, count);
            if (n < 0) errno = LibC.Errno;
            return (int)n;
        }
    }

    /// <summary>poll(2) on one fd: the returned events, 0 on timeout, -1 on error.</summary>
    public static int Poll(int fd, short events, int timeoutMs)
    {
        var pfd = new LibC.PollFd { Fd = fd, Events = events };
        int r = LibC.poll(&pfd, 1, timeoutMs);
        return r < 0 ? -1 : r == 0 ? 0 : pfd.Revents;
    }

    /// <summary>Discards unread input on a tty.</summary>
    public static void FlushInput(int fd)
    {
        LibC.tcflush(fd, LibC.TCIFLUSH);
    }

    /// <summary>close(2), ignoring errors; negative fds are ignored.</summary>
    public static void Close(int fd)
    {
        if (fd >= 0)
        {
            LibC.close(fd);
        }
    }

    /// <summary>strerror text for <paramref name="errno"/>.</summary>
    public static string ErrorText(int errno)
    {
        return LibC.ErrorText(errno);
    }

    /// <summary>True for EAGAIN/EWOULDBLOCK and EINTR: try again later.</summary>
    public static bool IsTransient(int errno)
    {
        return errno == LibC.EAGAIN || errno == LibC.EINTR;
    }

    private static uint SpeedCode(int baud)
    {
        switch (baud)
        {
            case 9600: return 13;        // B9600 (octal 0000015)
            case 19200: return 14;
            case 38400: return 15;
            case 57600: return 0x1001;   // B57600 (octal 0010001)
            case 115200: return 0x1002;
            case 230400: return 0x1003;
            default: return 0;
        }
    }
}
