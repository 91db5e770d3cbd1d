using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks the shape of what the simulator emits: framing, CRC, per-version lines.</summary>
[TestClass]
public sealed class MeterSimulator_Telegram_Tests
{
    [TestMethod]
    [DataRow(DsmrVersion.Dsmr42, 1)]
    [DataRow(DsmrVersion.Dsmr42, 3)]
    [DataRow(DsmrVersion.Dsmr50, 1)]
    [DataRow(DsmrVersion.Dsmr50, 3)]
    [DataRow(DsmrVersion.EMucs, 1)]
    [DataRow(DsmrVersion.EMucs, 3)]
    public void NextTelegram_CrcVersions_CrcRecomputesEqual(DsmrVersion version, int phases)
    {
        var sim = new MeterSimulator(SimTelegrams.Options(version, phases));
        for (int i = 0; i < 200; i++)
        {
            byte[] t = sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + i * 7_000L);
            Assert.IsTrue(SimTelegrams.CrcMatches(t), "telegram " + i + " seed 1:\n" + SimTelegrams.Ascii(t));
            string text = SimTelegrams.Ascii(t);
            StringAssert.StartsWith(text, "/");
            StringAssert.EndsWith(text, "\r\n");
            Assert.AreEqual(4, text.Length - text.LastIndexOf('!') - 3, "4 hex digits after '!'");
            StringAssert.Matches(text.Substring(text.LastIndexOf('!') + 1, 4), new System.Text.RegularExpressions.Regex("^[0-9A-F]{4}$"));
        }
    }

    [TestMethod]
    public void NextTelegram_HeaderThenBlankLine_AsTheSpecFramesIt()
    {
        string text = SimTelegrams.Ascii(new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50)).NextTelegram(SimTelegrams.WinterNoonUtcMs));

        StringAssert.StartsWith(text, "/ISk5\\2MT382-1000\r\n\r\n1-3:0.2.8(50)\r\n");
        StringAssert.Contains(text, "0-0:1.0.0(261122130000W)\r\n");
    }

    [TestMethod]
    public void NextTelegram_Dsmr22_NoCrcAndGasValueOnNextLine()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr22));

        string text = SimTelegrams.Ascii(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + 1_234_000));

        StringAssert.EndsWith(text, "\r\n!\r\n");
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"\r\n0-1:24\.3\.0\(261122130000\)\(00\)\(60\)\(1\)\(0-1:24\.2\.1\)\(m3\)\r\n\(\d{5}\.\d{3}\)\r\n"));
        Assert.IsFalse(text.Contains("1-0:32.7.0"), "DSMR 2.2 has no per-phase lines");
        Assert.IsFalse(text.Contains("0-0:1.0.0"), "DSMR 2.2 has no telegram timestamp");
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"1-0:1\.8\.1\(\d{5}\.\d{3}\*kWh\)"));
        Assert.IsFalse(sim.HasCrc);
    }

    [TestMethod]
    public void NextTelegram_Dsmr50_GasCapturedEveryFiveMinutes()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));

        string text = SimTelegrams.Ascii(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + 7 * 60_000 + 13_000));

        StringAssert.Contains(text, "0-1:24.2.1(261122130500W)(");
        StringAssert.Contains(text, "0-0:1.0.0(261122130713W)");
    }

    [TestMethod]
    public void NextTelegram_Dsmr42_GasCapturedHourly()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr42));

        string text = SimTelegrams.Ascii(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + 97 * 60_000));

        StringAssert.Contains(text, "0-1:24.2.1(261122140000W)(");
        StringAssert.Contains(text, "1-3:0.2.8(42)");
    }

    [TestMethod]
    public void NextTelegram_EMucs_HasDemandAndBelgianGas()
    {
        string text = SimTelegrams.Ascii(new MeterSimulator(SimTelegrams.Options(DsmrVersion.EMucs)).NextTelegram(SimTelegrams.WinterNoonUtcMs + 60_000));

        StringAssert.StartsWith(text, "/FLU5\\253769484_A\r\n\r\n0-0:96.1.4(50217)");
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"1-0:1\.4\.0\(\d\d\.\d{3}\*kW\)"));
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"1-0:1\.6\.0\(\d{12}[SW]\)\(\d\d\.\d{3}\*kW\)"));
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"0-1:24\.2\.3\(261122130000W\)\(\d{5}\.\d{3}\*m3\)"));
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"1-0:31\.7\.0\(\d{3}\.\d\d\*A\)"));
    }

    [TestMethod]
    public void NextTelegram_TextMessage_IsHexEncoded()
    {
        SimOptions o = SimTelegrams.Options(DsmrVersion.Dsmr50);
        o.TextMessage = "Hi!";

        string text = SimTelegrams.Ascii(new MeterSimulator(o).NextTelegram(SimTelegrams.WinterNoonUtcMs));

        StringAssert.Contains(text, "0-0:96.13.0(486921)\r\n");
    }

    [TestMethod]
    public void NextTelegram_EquipmentId_IsHexOfAscii()
    {
        string text = SimTelegrams.Ascii(new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50)).NextTelegram(SimTelegrams.WinterNoonUtcMs));

        string hex = SimTelegrams.Value(text, "0-0:96.1.1");
        byte[] id = Convert.FromHexString(hex);
        StringAssert.StartsWith(Encoding.ASCII.GetString(id), "E00");
    }

    [TestMethod]
    public void NextTelegram_SinglePhase_OnlyL1Lines()
    {
        string text = SimTelegrams.Ascii(new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50, phases: 1)).NextTelegram(SimTelegrams.WinterNoonUtcMs));

        StringAssert.Contains(text, "1-0:32.7.0(");
        Assert.IsFalse(text.Contains("1-0:52.7.0("));
        Assert.IsFalse(text.Contains("1-0:71.7.0("));
    }

    [TestMethod]
    public void NextTelegram_PowerFailureLog_ListsLongFailures()
    {
        string text = SimTelegrams.Ascii(new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50)).NextTelegram(SimTelegrams.WinterNoonUtcMs));

        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"1-0:99\.97\.0\((\d+)\)\(0-0:96\.7\.19\)(\(\d{12}[SW]\)\(\d{10}\*s\))*\r\n"));
    }

    [TestMethod]
    public void NextTelegram_IntoBuffer_SameBytesOrMinusOneWhenTooSmall()
    {
        var a = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        var b = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        var into = new byte[4096];

        byte[] expected = a.NextTelegram(SimTelegrams.WinterNoonUtcMs);
        int n = b.NextTelegram(SimTelegrams.WinterNoonUtcMs, into);

        CollectionAssert.AreEqual(expected, into.AsSpan(0, n).ToArray());
        Assert.AreEqual(-1, b.NextTelegram(SimTelegrams.WinterNoonUtcMs + 1000, new byte[16]));
    }

    [TestMethod]
    [DataRow("2026-03-29T00:59:59Z", "260329015959W")]
    [DataRow("2026-03-29T01:00:00Z", "260329030000S")]
    [DataRow("2026-10-25T00:30:00Z", "261025023000S")]
    [DataRow("2026-10-25T01:30:00Z", "261025023000W")]
    [DataRow("2026-07-01T10:00:00Z", "260701120000S")]
    public void DutchTime_Format_FollowsEuDstRules(string utc, string expected)
    {
        long ms = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

        Assert.AreEqual(expected, DutchTime.Format(ms));
    }
}
