// nanoFramework.Runtime.Native 1.7.11 — assembly nanoFramework.Runtime.Native; checked against nanoframework/nanoFramework.Runtime.Native@v1.7.11
// Declarations only (tools/NanoSurface/README.md): nanoFramework.Runtime.Native/GC.cs, Power.cs, RebootOption.cs,
// System/Environment.cs (Environment is not in the device's mscorlib; this assembly adds TickCount64).
// Both RebootDevice overloads are declared: either can take one argument.
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) { throw null; }
    }

    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) { throw null; }
        public static void RebootDevice(int exeConstraintTimeout, RebootOption rebootOption = RebootOption.NormalReboot) { throw null; }
    }

    public enum RebootOption
    {
        NormalReboot = 0,
    }
}

namespace System
{
    public static partial class Environment
    {
        public static long TickCount64 { get { throw null; } }
    }
}
