using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.Meter.Dlms;

/// <summary>MeterSim's DLMS families read back by Core's MeterReader: every clean frame decodes to the
/// model's values under the DSMR keys; with faults, exactly the undamaged frames yield readings.</summary>
[TestClass]
public sealed class MeterSim_Dlms_Tests
{
    private const string Key = "000102030405060708090A0B0C0D0E0F";
    private const string AuthKey = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";
    private const long Start = 1_795_000_000_000L;

    private sealed class LastSink : IReadingSink
    {
        public int Readings;
        public readonly Dictionary<string, double> Numbers = new Dictionary<string, double>();
        public readonly Dictionary<string, string> Texts = new Dictionary<string, string>();

        public void OnReading(Reading reading, long nowMs)
        {
            Readings++;
            Numbers.Clear();
            Texts.Clear();
            for (int i = 0; i < reading.Count; i++)
            {
                if (reading.TextAt(i) != null) Texts[reading.FieldAt(i).Key] = reading.TextAt(i);
                else Numbers[reading.FieldAt(i).Key] = reading.NumberAt(i);
            }
        }
    }

    private static (MeterReader Reader, LastSink Sink, TelegramFeed Feed) Run(SimOptions o, string protocol, string key, string authKey, int ticks)
    {
        var feed = new TelegramFeed(o);
        var sink = new LastSink();
        var reader = new MeterReader(new MeterConfig { Protocol = protocol, Key = key, AuthKey = authKey }, sink, null);
        for (int i = 0; i < ticks; i++)
        {
            long now = Start + i * 10_000L;
            byte[] bytes = feed.Next(now, i + 1 < ticks ? now + 10_000 : -1);
            reader.Push(bytes, 0, bytes.Length, now - Start);
            reader.Tick(now - Start);
        }

        return (reader, sink, feed);
    }

    [TestMethod]
    [DataRow("aidon", 3, null, null)]
    [DataRow("aidon", 1, Key, AuthKey)]
    [DataRow("kamstrup", 3, null, null)]
    [DataRow("kamstrup", 3, Key, AuthKey)]
    [DataRow("kaifa", 3, null, null)]
    [DataRow("kaifa", 1, Key, null)]
    [DataRow("austria", 3, Key, null)]
    public void CleanFamilyStream_EveryFrameDecodedToModelValues(string family, int phases, string key, string authKey)
    {
        var o = new SimOptions { Protocol = "dlms", Family = family, Phases = phases, Key = key, AuthKey = authKey, Seed = 5, StartUtcMs = Start };
        var (reader, sink, feed) = Run(o, "auto", key, authKey, 40);

        Assert.AreEqual(40, sink.Readings, family + ": problem " + reader.Problem);
        Assert.AreEqual(0, reader.DecryptFailures);
        Household h = feed.Dlms.Household;
        Assert.AreEqual(System.Math.Round(h.DeliveredW) / 1000.0, sink.Numbers["power_delivered_kw"], 1e-9);
        Assert.AreEqual(h.PhaseVoltageV[0], sink.Numbers["voltage_l1_v"], family == "kamstrup" ? 0.5 : 0.05);
        Assert.AreEqual(h.PhaseCurrentA[0], sink.Numbers["current_l1_a"], 0.05);
        Assert.IsTrue(sink.Numbers.ContainsKey("energy_delivered_kwh"), "energy");
        Assert.AreEqual(h.TotalDeliveredWh / 1000.0, sink.Numbers["energy_delivered_kwh"], 0.011);
        Assert.IsTrue(sink.Numbers.ContainsKey("timestamp") || sink.Texts.Count > 0);
    }

    [TestMethod]
    public void Smarty_CipheredDsmrText_ParsedByDsmrPath()
    {
        var o = new SimOptions { Protocol = "dlms", Family = "smarty", Key = Key, Seed = 2, StartUtcMs = Start };
        var (reader, sink, _) = Run(o, "auto", Key, null, 20);

        Assert.AreEqual(20, sink.Readings);
        Assert.AreEqual("ciphered", reader.Dlms.ModeName);
        Assert.IsTrue(sink.Numbers.ContainsKey("energy_delivered_tariff1_kwh"));
    }

    [TestMethod]
    [DataRow("aidon", null, 1UL)]
    [DataRow("kamstrup", Key, 2UL)]
    [DataRow("kaifa", null, 3UL)]
    [DataRow("austria", Key, 4UL)]
    [DataRow("smarty", Key, 5UL)]
    public void FaultyStream_OnlyUndamagedFramesYieldReadings(string family, string key, ulong seed)
    {
        var o = new SimOptions
        {
            Protocol = "dlms", Family = family, Key = key, AuthKey = key == null || family == "austria" || family == "smarty" ? null : AuthKey,
            Seed = seed, StartUtcMs = Start, Faults = FaultKinds.All, FaultRate = 0.4
        };
        var (reader, sink, feed) = Run(o, "auto", key, o.AuthKey, 300);
        FaultCounts c = feed.Counts;
        string why = family + " seed " + seed + ": " + c.Summary() + " | readings=" + sink.Readings + " crc=" + reader.CrcFailures
            + " truncated=" + reader.Truncated + " decrypt=" + reader.DecryptFailures;

        Assert.AreEqual(c.Telegrams - c.Crc - c.Drop - c.Truncate, (long)sink.Readings, why);
        Assert.IsTrue(reader.CrcFailures + reader.Truncated + reader.DecryptFailures >= 1, why);
    }
}
