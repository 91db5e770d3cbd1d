using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Telemetry;

/// <summary>Reads the meter time (whole seconds) out of state documents an observer received, in arrival order.</summary>
internal static class StateDocs
{
    private static readonly Regex MeterTime = new("\"meter_time\":\"([^\"]+)\"", RegexOptions.Compiled);

    public static List<long> MeterSeconds(Observer observer, string topic)
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
}
