using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>
/// Meter time (whole UTC seconds) of the state documents an observer saw, in arrival order, and the mapping
/// from the shared <see cref="LineLog.Clock"/> to UTC: the simulator's meter clock starts at the wall clock,
/// so a reading with meter second s was taken during wall second s.
/// </summary>
public static class MeterSeconds
{
    private static readonly Regex MeterTime = new("\"meter_time\":\"([^\"]+)\"", RegexOptions.Compiled);
    private static readonly DateTime UtcAtClockZero = DateTime.UtcNow - TimeSpan.FromMilliseconds(LineLog.Clock.ElapsedMilliseconds);

    public static List<long> Of(Observer observer, string topic)
    {
        var result = new List<long>();
        foreach (var (_, text) in observer.Lines.Snapshot())
        {
            if (!Observer.Matches(text, topic, null)) continue;
            var m = MeterTime.Match(text);
            if (!m.Success) continue;
            var t = DateTime.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            result.Add(t.Ticks / TimeSpan.TicksPerSecond);
        }

        return result;
    }

    /// <summary>The UTC second (ticks / 10^7) at a <see cref="LineLog.Clock"/> instant.</summary>
    public static long UtcSecondAt(long clockMs) => (UtcAtClockZero + TimeSpan.FromMilliseconds(clockMs)).Ticks / TimeSpan.TicksPerSecond;
}
