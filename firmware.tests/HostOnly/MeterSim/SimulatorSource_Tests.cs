using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks SimulatorSource against an injected clock: one telegram per interval, bounded catch-up, faults counted.</summary>
[TestClass]
public sealed class SimulatorSource_Tests
{
    [TestMethod]
    public void Read_ClockAdvancesOneInterval_OneMoreTelegram()
    {
        long now = 10_000;
        using var source = new SimulatorSource(SimTelegrams.Options(DsmrVersion.Dsmr50), () => now);
        var expected = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        var buffer = new byte[8192];

        int first = source.Read(buffer, 0, buffer.Length);
        byte[] t0 = expected.NextTelegram(SimTelegrams.WinterNoonUtcMs);
        Assert.AreEqual(SimTelegrams.Ascii(t0), System.Text.Encoding.ASCII.GetString(buffer, 0, first));
        Assert.AreEqual(0, source.Read(buffer, 0, buffer.Length), "nothing until the interval passes");

        now += 1000;
        int second = source.Read(buffer, 0, buffer.Length);

        Assert.AreEqual(SimTelegrams.Ascii(expected.NextTelegram(SimTelegrams.WinterNoonUtcMs + 1000)), System.Text.Encoding.ASCII.GetString(buffer, 0, second));
        Assert.AreEqual(2L, source.Feed.Counts.Telegrams);
    }

    [TestMethod]
    public void Read_CallerStallsAMinute_CatchUpBoundedAndSkipsCounted()
    {
        long now = 0;
        using var source = new SimulatorSource(SimTelegrams.Options(DsmrVersion.Dsmr50), () => now);
        source.Read(new byte[8192], 0, 8192);

        now = 60_000;
        SourceReads.ReadToEnd(source, 200);

        Assert.AreEqual(4L, source.Feed.Counts.Telegrams, "first + 3 catch-up ticks");
        Assert.AreEqual(57L, source.SkippedTicks);
    }

    [TestMethod]
    public void Read_SmallBuffer_TelegramArrivesInPieces()
    {
        long now = 0;
        using var source = new SimulatorSource(SimTelegrams.Options(DsmrVersion.Dsmr42), () => now);
        int total = 0;
        var small = new byte[7];
        for (int n; (n = source.Read(small, 0, small.Length)) > 0;) total += n;

        Assert.AreEqual((int)source.Feed.Counts.Bytes, total);
        Assert.AreEqual(10_000, source.Feed.IntervalMs, "DSMR 4.2 sends every 10 s");
    }

    [TestMethod]
    public void Describe_WithFaults_NamesVersionAndFaults()
    {
        SimOptions o = SimTelegrams.Options(DsmrVersion.EMucs, phases: 1);
        o.Faults = FaultKinds.Crc | FaultKinds.Glue;
        using var source = new SimulatorSource(o);

        Assert.AreEqual("sim e-mucs 1-phase gas solar seed=1 every 1000 ms faults=crc+glue@0.2 (open)", source.Describe());
    }
}
