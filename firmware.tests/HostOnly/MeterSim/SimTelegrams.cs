using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodeMqtt.Meter;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Helpers shared by the simulator tests: fixed start times, CRC check, value extraction.</summary>
internal static class SimTelegrams
{
    /// <summary>Sunday 22 November 2026 12:00 UTC (winter time, 13:00 local).</summary>
    public static readonly long WinterNoonUtcMs = DateTimeOffset.Parse("2026-11-22T12:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    /// <summary>Wednesday 25 November 2026 00:00 UTC (01:00 local), a weekday.</summary>
    public static readonly long WeekdayMidnightUtcMs = DateTimeOffset.Parse("2026-11-25T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public static readonly DsmrVersion[] AllVersions = { DsmrVersion.Dsmr22, DsmrVersion.Dsmr42, DsmrVersion.Dsmr50, DsmrVersion.EMucs };

    public static SimOptions Options(DsmrVersion version, int phases = 3, ulong seed = 1, long startUtcMs = 0)
    {
        return new SimOptions { Version = version, Phases = phases, Seed = seed, StartUtcMs = startUtcMs == 0 ? WinterNoonUtcMs : startUtcMs };
    }

    public static string Ascii(byte[] bytes)
    {
        return Encoding.ASCII.GetString(bytes);
    }

    /// <summary>True when the 4 hex digits after the last '!' equal CRC-16/ARC over '/'..'!' (recomputed here, not taken from the simulator).</summary>
    public static bool CrcMatches(byte[] telegram)
    {
        int start = Array.IndexOf(telegram, (byte)'/');
        int bang = Array.LastIndexOf(telegram, (byte)'!');
        if (start < 0 || bang < start || bang + 5 > telegram.Length) return false;
        string sent = Encoding.ASCII.GetString(telegram, bang + 1, 4);
        ushort crc = Crc16Arc.Compute(telegram, start, bang - start + 1);
        return sent == crc.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>The first number inside the value of <paramref name="obis"/> ("1-0:1.8.1(001431.297*kWh)" → 1431.297), or NaN.</summary>
    public static double Number(string telegram, string obis)
    {
        Match m = Regex.Match(telegram, "^" + Regex.Escape(obis) + @"\((?:\d{12}[SW]\)\()?([0-9.]+)", RegexOptions.Multiline);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    /// <summary>The raw text between the first parentheses of <paramref name="obis"/>, or null.</summary>
    public static string Value(string telegram, string obis)
    {
        Match m = Regex.Match(telegram, "^" + Regex.Escape(obis) + @"\(([^)]*)\)", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>Telegram count of a MeterReader fed <paramref name="bytes"/> in chunks of <paramref name="chunk"/>.</summary>
    public static MeterReader ReadAll(IEnumerable<byte[]> chunks, string protocol, out CountingSink sink)
    {
        var config = new MeterConfig { Protocol = protocol };
        sink = new CountingSink();
        var reader = new MeterReader(config, sink, null);
        long now = 0;
        foreach (byte[] c in chunks)
        {
            now += 1000;
            reader.Push(c, 0, c.Length, now);
            reader.Tick(now);
        }

        return reader;
    }

    /// <summary>Counts readings and keeps the header of the last one.</summary>
    public sealed class CountingSink : IReadingSink
    {
        public int Readings;
        public int Entries;
        public string LastHeader;

        public void OnReading(Reading reading, long nowMs)
        {
            Readings++;
            Entries = reading.Count;
            LastHeader = reading.Header;
        }
    }
}
