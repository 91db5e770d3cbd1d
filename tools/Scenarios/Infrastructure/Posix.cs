using System.Runtime.InteropServices;

namespace NodeMqtt.Scenarios.Infrastructure;

public static class Posix
{
    public const int SigTerm = 15;
    public const int SigKill = 9;
    public const int SigInt = 2;

    [DllImport("libc", SetLastError = true)]
    public static extern int kill(int pid, int sig);
}
