using System.Runtime.InteropServices;

namespace NodeMqtt.MeterSim.Posix;

/// <summary>fcntl(F_SETFL), kept apart because it is variadic in C (the int argument is passed as a normal int on Linux ABIs).</summary>
internal static class Fcntl
{
    private const int F_SETFL = 4;

    [DllImport("libc.so.6", SetLastError = true, EntryPoint = "fcntl")]
    private static extern int fcntl_int(int fd, int cmd, int arg);

    public static int SetFlags(int fd, int flags)
    {
        return fcntl_int(fd, F_SETFL, flags);
    }
}
