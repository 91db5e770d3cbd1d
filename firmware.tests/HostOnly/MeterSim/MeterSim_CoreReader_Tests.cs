using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks the simulator against Core's MeterReader: clean output is accepted whole, faults are rejected as counted.</summary>
[TestClass]
public sealed class MeterSim_CoreReader_Tests
{
    [TestMethod]
    [DataRow(DsmrVersion.Dsmr22, 1, "dsmr22")]
    [DataRow(DsmrVersion.Dsmr22, 1, "auto")]
    [DataRow(DsmrVersion.Dsmr42, 1, "auto")]
    [DataRow(DsmrVersion.Dsmr42, 3, "dsmr5")]
    [DataRow(DsmrVersion.Dsmr50, 1, "auto")]
    [DataRow(DsmrVersion.Dsmr50, 3, "dsmr5")]
    [DataRow(DsmrVersion.EMucs, 1, "auto")]
    [DataRow(DsmrVersion.EMucs, 3, "auto")]
    public void MeterReader_CleanSimulatorOutput_EveryTelegramParsedWithoutComplaint(DsmrVersion version, int phases, string protocol)
    {
        var sim = new MeterSimulator(SimTelegrams.Options(version, phases, seed: 3));
        var chunks = new List<byte[]>();
        for (int i = 0; i < 100; i++) chunks.Add(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + i * 10_000L));

        MeterReader reader = SimTelegrams.ReadAll(chunks, protocol, out SimTelegrams.CountingSink sink);

        Assert.AreEqual(100, reader.TelegramsOk, "framer accepted all");
        Assert.AreEqual(100, sink.Readings, "parser delivered all");
        Assert.AreEqual(0, reader.CrcFailures);
        Assert.AreEqual(0L, reader.MalformedLines, "no malformed lines");
        Assert.AreEqual(0L, reader.UnitMismatches, "no unit mismatches");
        Assert.AreEqual(0, reader.ParserFaults);
        Assert.AreEqual(MeterSimulator.DefaultHeader(version), sink.LastHeader);
        Assert.IsTrue(sink.Entries > 10, "entries: " + sink.Entries);
    }

    [TestMethod]
    [DataRow(1UL)]
    [DataRow(2UL)]
    [DataRow(3UL)]
    public void MeterReader_AllFaultsAtFortyPercent_AcceptedPlusRejectsMatchFeedCounts(ulong seed)
    {
        var feed = new TelegramFeed(new SimOptions { Version = DsmrVersion.Dsmr50, Seed = seed, StartUtcMs = SimTelegrams.WinterNoonUtcMs, Faults = FaultKinds.All, FaultRate = 0.4 });
        var chunks = new List<byte[]>();
        const int ticks = 500;
        for (int i = 0; i < ticks; i++)
        {
            long now = SimTelegrams.WinterNoonUtcMs + i * 1000L;
            chunks.Add(feed.Next(now, i + 1 < ticks ? now + 1000 : -1));
        }

        MeterReader reader = SimTelegrams.ReadAll(chunks, "dsmr5", out SimTelegrams.CountingSink sink);
        FaultCounts c = feed.Counts;
        string why = "seed " + seed + ": " + c.Summary() + " | ok=" + reader.TelegramsOk + " crc=" + reader.CrcFailures + " truncated=" + reader.Truncated + " oversize=" + reader.Oversize;

        Assert.AreEqual(c.Telegrams - c.ExpectedRejects, (long)reader.TelegramsOk, why);
        Assert.AreEqual(c.Oversize, (long)reader.Oversize, why);
        Assert.AreEqual(c.Crc + c.Drop + c.Truncate + c.GlueUnclosed + c.Oversize, (long)(reader.CrcFailures + reader.Truncated + reader.Oversize), why);
    }
}
