using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Bounded polling of byte sources: every wait in these tests ends within its deadline.</summary>
internal static class SourceReads
{
    /// <summary>Reads until <paramref name="expected"/> bytes arrived, the source ended, or <paramref name="timeoutMs"/> passed.</summary>
    public static byte[] ReadExactly(IByteSource source, int expected, int timeoutMs = 5000)
    {
        var result = new MemoryStream();
        var buffer = new byte[1024];
        var clock = Stopwatch.StartNew();
        while (result.Length < expected && clock.ElapsedMilliseconds < timeoutMs)
        {
            int n = source.Read(buffer, 0, (int)Math.Min(buffer.Length, expected - result.Length));
            if (n < 0) break;
            if (n == 0)
            {
                Thread.Sleep(5);
                continue;
            }

            result.Write(buffer, 0, n);
        }

        return result.ToArray();
    }

    /// <summary>Polls <paramref name="condition"/> every 10 ms for up to <paramref name="timeoutMs"/>.</summary>
    public static bool WaitFor(Func<bool> condition, int timeoutMs = 5000)
    {
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            if (condition()) return true;
            Thread.Sleep(10);
        }

        return condition();
    }

    /// <summary>Reads everything until the source returns -1 (or the deadline passes).</summary>
    public static byte[] ReadToEnd(IByteSource source, int timeoutMs = 5000)
    {
        var result = new MemoryStream();
        var buffer = new byte[333];
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < timeoutMs)
        {
            int n = source.Read(buffer, 0, buffer.Length);
            if (n < 0) break;
            result.Write(buffer, 0, n);
        }

        return result.ToArray();
    }
}
