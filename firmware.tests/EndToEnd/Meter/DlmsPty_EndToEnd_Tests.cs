using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Meter;

/// <summary>Issue 10 acceptance: MeterSim pushes encrypted DLMS frames into a pseudo-terminal, the board
/// detects the protocol, decrypts, and publishes the same state document and discovery as for DSMR.</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class DlmsPty_EndToEnd_Tests
{
    private const string Key = "5A5B5C5D5E5F606162636465666768AB";
    private const string AuthKey = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";

    [TestMethod]
    [Timeout(90000)]
    public void EncryptedKamstrupOnPty_DsmrShapedStateAndDiscovery_BadFramesNeverPublished()
    {
        const string Node = "e2e-dlms";
        using var broker = new Broker();
        using var observer = new Observer(broker, "nodemqtt/" + Node + "/state");
        using var dir = new TempDir();
        string link = dir.File("han");
        using var sim = new ManagedProcess("dotnet", new[]
        {
            Path.Combine(AppContext.BaseDirectory, "nodemqtt-metersim.dll"), "--family", "kamstrup", "--key", Key, "--auth-key", AuthKey,
            "--out", "pty-link:" + link, "--wait-reader", "--faults", "crc,drop,truncate,garbage", "--fault-rate", "0.3",
            "--interval-ms", "500", "--seed", "21",
        });
        Assert.IsTrue(sim.Output.WaitFor(l => l.Contains("metersim: pty"), 15000) >= 0, "no pty\n" + sim.Output.Dump());

        using var board = new VirtualBoardProcess(broker, dir.Path, "--meter", "serial:" + link, "--set", "node_id=" + Node,
            "--set", "meter.key=" + Key, "--set", "meter.auth_key=" + AuthKey, "--set", "telemetry.profile=homeassistant",
            "--set", "telemetry.history_mode=true", "--set", "outbox.flush_per_second=50", "--set", "outbox.flush_burst=50");
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());
        Thread.Sleep(15000);

        sim.Stop(8000);
        int summary = sim.Output.WaitFor(l => l.Contains("expected_rejects="), 5000);
        Assert.IsTrue(summary >= 0, "simulator summary\n" + sim.Output.Dump());
        Thread.Sleep(4000); // receive timeout closes a cut frame; the outbox flushes
        string status = board.Control("status");
        string summaryText = sim.Output.At(summary).Text;
        Console.WriteLine($"simulator: {summaryText}\nboard: {status}");

        int written = Field(summaryText, "telegrams");
        int damaged = Field(summaryText, "crc") + Field(summaryText, "drop") + Field(summaryText, "truncate");
        Assert.IsTrue(damaged > 3 && written - damaged > 10, "faults and good frames both happened");

        int published = 0;
        string lastState = null;
        foreach (var (_, text) in observer.Lines.Snapshot())
        {
            if (!text.Contains("\"meter_time\"")) continue;
            published++;
            lastState = text;
        }

        Assert.AreEqual(written - damaged, published, "one state document per undamaged frame, none for a damaged one\n" + board.Log.Dump(60));
        foreach (string key in new[] { "\"power_delivered_kw\":", "\"power_returned_kw\":", "\"voltage_l1_v\":", "\"current_l3_a\":", "\"energy_delivered_kwh\":", "\"equipment_id\":" })
        {
            StringAssert.Contains(lastState, key);
        }

        using var late = new Observer(broker, "homeassistant/sensor/" + Node + "/+/config");
        int doc = late.Lines.WaitFor(l => l.Contains("/power_delivered_kw/config"), 5000);
        Assert.IsTrue(doc >= 0, "retained discovery for power_delivered_kw\n" + late.Lines.Dump());
        StringAssert.Contains(late.Lines.At(doc).Text, "\"unit_of_measurement\":\"kW\"");
        StringAssert.Contains(late.Lines.At(doc).Text, "\"device_class\":\"power\"");
        Assert.IsFalse(board.Log.Dump().Contains(Key), "the key never appears in the log");
        Assert.IsFalse(board.HasExited);
    }

    [TestMethod]
    [Timeout(60000)]
    public void WrongKey_NothingPublished_DiagSaysCheckMeterKey()
    {
        const string Node = "e2e-dlms-key";
        using var broker = new Broker();
        using var observer = new Observer(broker, "nodemqtt/" + Node + "/state");
        using var dir = new TempDir();
        string link = dir.File("han");
        using var sim = new ManagedProcess("dotnet", new[]
        {
            Path.Combine(AppContext.BaseDirectory, "nodemqtt-metersim.dll"), "--family", "austria", "--key", Key,
            "--out", "pty-link:" + link, "--wait-reader", "--interval-ms", "500", "--seed", "3",
        });
        Assert.IsTrue(sim.Output.WaitFor(l => l.Contains("metersim: pty"), 15000) >= 0, "no pty\n" + sim.Output.Dump());
        const string Wrong = "00000000000000000000000000000001";
        using var board = new VirtualBoardProcess(broker, dir.Path, "--meter", "serial:" + link, "--set", "node_id=" + Node,
            "--set", "meter.key=" + Wrong);
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());
        Assert.IsTrue(board.WaitForLine("decryption failed: check meter.key", 15000) >= 0, board.Log.Dump());

        string diag = board.Control("diag");
        StringAssert.Contains(diag, "\"problem\":\"decryption failed: check meter.key\"");
        Assert.IsTrue(Field(diag, "\"decrypt_failures\":") >= 1, diag);
        Assert.IsFalse(diag.Contains(Wrong) || board.Log.Dump().Contains(Wrong), "the key never appears");
        foreach (var (_, text) in observer.Lines.Snapshot()) Assert.IsFalse(text.Contains("\"meter_time\""), "no values from frames that failed");
    }

    private static int Field(string text, string name)
    {
        var m = Regex.Match(text, Regex.Escape(name) + "[= ]?(\\d+)");
        Assert.IsTrue(m.Success, $"'{name}' in: {text}");
        return int.Parse(m.Groups[1].Value);
    }
}
