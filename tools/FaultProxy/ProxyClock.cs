using System.Diagnostics;

namespace NodeMqtt.FaultProxy;

/// <summary>The proxy's monotonic clock in milliseconds; faults receive it as a parameter, never read it.</summary>
internal static class ProxyClock
{
    // Divide first: multiplying the nanosecond timestamp by 1000 would overflow after ~106 days of uptime.
    private static readonly long TicksPerMs = Stopwatch.Frequency / 1000;

    public static long NowMs() => Stopwatch.GetTimestamp() / TicksPerMs;
}
