using System;
using System.Runtime.InteropServices;

namespace NodeMqtt.MeterSim.Posix;

/// <summary>
/// The few glibc calls the pty and serial code needs (Linux values of the constants). termios is treated as an
/// opaque buffer except for c_iflag (offset 0), c_cflag (offset 8) and c_cc (offset 17), whose offsets are the
/// same on every glibc Linux ABI.
/// </summary>
internal static unsafe class LibC
{
    private const string Lib = "libc.so.6";

    public const int O_RDWR = 2;
    public const int O_NOCTTY = 0x100;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;
    public const int TCSANOW = 0;
    public const nuint FIONREAD = 0x541B;
    public const int TCIFLUSH = 0;
    public const int TCIOFLUSH = 2;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int EAGAIN = 11;
    public const short POLLIN = 1;
    public const short POLLOUT = 4;
    public const short POLLERR = 8;
    public const short POLLHUP = 16;
    public const int TermiosSize = 128; // sizeof(struct termios) is 60 on glibc; room to spare.
    public const int IFlagOffset = 0;
    public const int CFlagOffset = 8;
    public const int CcOffset = 17;
    public const int VTIME = 5;
    public const int VMIN = 6;
    public const uint INPCK = 0x10;
    public const uint CSIZE = 0x30;
    public const uint CS7 = 0x20;
    public const uint CS8 = 0x30;
    public const uint CSTOPB = 0x40;
    public const uint CREAD = 0x80;
    public const uint PARENB = 0x100;
    public const uint PARODD = 0x200;
    public const uint CLOCAL = 0x800;
    public const uint CRTSCTS = 0x80000000;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport(Lib, SetLastError = true)] public static extern int posix_openpt(int flags);
    [DllImport(Lib, SetLastError = true)] public static extern int grantpt(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern int unlockpt(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern int ptsname_r(int fd, byte* buf, nuint buflen);
    [DllImport(Lib, SetLastError = true)] public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
    [DllImport(Lib, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern nint read(int fd, byte* buf, nint count);
    [DllImport(Lib, SetLastError = true)] public static extern nint write(int fd, byte* buf, nint count);
    [DllImport(Lib, SetLastError = true)] public static extern int poll(PollFd* fds, nuint nfds, int timeout);
    [DllImport(Lib, SetLastError = true)] public static extern int tcgetattr(int fd, byte* termios);
    [DllImport(Lib, SetLastError = true)] public static extern int tcsetattr(int fd, int actions, byte* termios);
    [DllImport(Lib, SetLastError = true)] public static extern int tcflush(int fd, int queue);
    [DllImport(Lib, SetLastError = true)] public static extern int ioctl(int fd, nuint request, int* arg);
    [DllImport(Lib)] public static extern void cfmakeraw(byte* termios);
    [DllImport(Lib, SetLastError = true)] public static extern int cfsetispeed(byte* termios, uint speed);
    [DllImport(Lib, SetLastError = true)] public static extern int cfsetospeed(byte* termios, uint speed);
    [DllImport(Lib)] public static extern IntPtr strerror(int errnum);

    public static int Errno => Marshal.GetLastPInvokeError();

    public static string ErrorText(int errno)
    {
        try
        {
            return Marshal.PtrToStringUTF8(strerror(errno)) + " (errno " + errno + ")";
        }
        catch (Exception)
        {
            return "errno " + errno;
        }
    }
}
