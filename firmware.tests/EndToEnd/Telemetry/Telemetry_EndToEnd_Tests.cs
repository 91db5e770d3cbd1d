using System.Collections.Generic;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;
using NodeMqtt.Tests.EndToEnd.Supervision;

namespace NodeMqtt.Tests.EndToEnd.Telemetry;

/// <summary>Telemetry that is never lost, and commands, against a real mosquitto (issue 4 end-to-end list).</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class Telemetry_EndToEnd_Tests
{
    private const int OnlineMs = 20000;

    [TestMethod]
    [Timeout(120000)]
    public void BrokerDown_HistoryMode_EveryReadingArrivesInOrderAfterRecovery()
    {
        const string Node = "e2e-hist";
        const string Topic = "nodemqtt/" + Node + "/state";
        using var broker = new Broker(persistence: true);
        using var observer = new Observer(broker, persistent: true, Topic);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.history_mode=true");
        Assert.IsTrue(board.WaitForLine("-> Online", OnlineMs) >= 0, board.Log.Dump());
        Thread.Sleep(3000);

        broker.Stop();
        Thread.Sleep(20000);
        broker.Start();
        Assert.IsTrue(board.WaitForLine("back online", 20000) >= 0, board.Log.Dump());
        Thread.Sleep(6000);
        board.Terminate();
        Thread.Sleep(500);

        var seq = new ReadingSequence(MeterSeconds.Of(observer, Topic));
        Assert.IsTrue(seq.Distinct >= 25, $"only {seq.Distinct} readings seen\n" + observer.Lines.Dump());
        Assert.AreEqual(0L, seq.Lost, "a reading is missing between the first and the last");
        Assert.AreEqual(0, seq.OutOfOrder, "readings out of order");
        System.Console.WriteLine($"received {seq.Received}, distinct {seq.Distinct}, duplicates {seq.Duplicates}");
    }

    [TestMethod]
    [Timeout(150000)]
    public void BoardKilledDuringOutage_RestartedBoardDeliversWhatItPersisted()
    {
        const string Node = "e2e-crash";
        const string Topic = "nodemqtt/" + Node + "/state";
        const int PersistMs = 5000;
        using var broker = new Broker(persistence: true);
        using var observer = new Observer(broker, persistent: true, Topic);
        using var state = new TempDir();
        string[] args = { "--set", "node_id=" + Node, "--set", "telemetry.history_mode=true", "--set", "outbox.persist_interval_ms=" + PersistMs };
        using (var board = new VirtualBoardProcess(broker, state.Path, args))
        {
            Assert.IsTrue(board.WaitForLine("-> Online", OnlineMs) >= 0, board.Log.Dump());
            Thread.Sleep(2000);
            broker.Stop();
            Thread.Sleep(18000);
            board.Kill();   // a crash during the outage: whatever was persisted must survive
        }

        using var second = new VirtualBoardProcess(broker, state.Path, args);
        Assert.IsTrue(second.WaitForLine("restored", 10000) >= 0, second.Log.Dump());
        broker.Start();
        Assert.IsTrue(second.WaitForLine("-> Online", OnlineMs) >= 0, second.Log.Dump());
        Thread.Sleep(6000);
        second.Terminate();
        Thread.Sleep(500);

        List<long> seconds = MeterSeconds.Of(observer, Topic);
        var distinct = new HashSet<long>(seconds);
        // Readings taken before the crash: everything up to one persist interval before it must have arrived.
        long firstSeen = long.MaxValue;
        foreach (long s in distinct) firstSeen = System.Math.Min(firstSeen, s);
        int missingBeforeCrash = 0;
        for (long s = firstSeen; s < firstSeen + 2 + 18 - PersistMs / 1000 - 1; s++) if (!distinct.Contains(s)) missingBeforeCrash++;
        Assert.AreEqual(0, missingBeforeCrash, "readings older than one persist interval before the crash were lost\n" + second.Log.Dump() + observer.Lines.Dump());
    }

    [TestMethod]
    [Timeout(60000)]
    public void Commands_RoundTripAndRejections_AreAnsweredOnTheResultTopic()
    {
        const string Node = "e2e-cmd";
        using var broker = new Broker();
        using var results = new Observer(broker, "nodemqtt/" + Node + "/cmd/result");
        using var state = new TempDir();
        // Eight commands in quick succession: above the default rate (60/min, burst 5), which drops the rest.
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.commands_per_minute=600",
            "--set", "telemetry.command_burst=20");
        Assert.IsTrue(board.WaitForLine("-> Online", OnlineMs) >= 0, board.Log.Dump());
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains(Node + " 1 nodemqtt/" + Node + "/cmd"), 5000) >= 0, "subscribed");
        string cmd = "nodemqtt/" + Node + "/cmd";

        int next = 0;
        string Ask(string payload)
        {
            LinkSupervision_EndToEnd_Tests.Publish(broker, cmd, payload);
            int i = results.Lines.WaitFor(_ => true, 10000, next);
            Assert.IsTrue(i >= 0, "no answer to '" + payload + "'\n" + board.Log.Dump());
            next = i + 1;
            return results.Lines.At(i).Text;
        }

        StringAssert.Contains(Ask("status"), "link Online");
        StringAssert.Contains(Ask("set min_interval_ms 10000"), "ok");
        StringAssert.Contains(Ask("set min_interval_ms banana"), "error:");
        StringAssert.Contains(Ask("set no_such_key 1"), "error:");
        StringAssert.Contains(Ask("frobnicate"), "error:");
        StringAssert.Contains(Ask("diag"), "\"link\":");

        // S19: an oversize command is refused unparsed and counted; the node keeps running.
        using (var big = new TempDir())
        {
            string file = big.File("big.bin");
            System.IO.File.WriteAllBytes(file, new byte[1024 * 1024]);
            using var pub = new ManagedProcess("mosquitto_pub", new[] { "-h", "127.0.0.1", "-p", broker.Port.ToString(), "-t", cmd, "-f", file, "-q", "1" });
            Assert.IsTrue(pub.WaitForExit(10000));
        }

        int refused = results.Lines.WaitFor(_ => true, 10000, next);
        Assert.IsTrue(refused >= 0, "the oversize command is answered");
        StringAssert.Contains(results.Lines.At(refused).Text, "error: command too large (1048576 bytes, limit 1024)");
        next = refused + 1;
        StringAssert.Contains(Ask("status"), "link Online");
        Assert.IsFalse(board.HasExited);
        StringAssert.Contains(board.Control("diag"), "\"link\":");
        string[] memory = board.Control("memory").Split(' ');
        Assert.AreEqual("managed", memory[0], string.Join(' ', memory));
        Assert.IsTrue(long.Parse(memory[1]) > 100000, "a live board holds more than 100 kB of managed objects");
    }

    [TestMethod]
    [Timeout(60000)]
    public void HomeAssistantProfile_PublishesRetainedDiscoveryWithAvailability()
    {
        const string Node = "e2e-ha";
        using var broker = new Broker();
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.profile=homeassistant");
        Assert.IsTrue(board.WaitForLine("-> Online", OnlineMs) >= 0, board.Log.Dump());
        Thread.Sleep(3000);
        using var late = new Observer(broker, "homeassistant/sensor/" + Node + "/+/config");
        int doc = late.Lines.WaitFor(l => l.Contains("homeassistant/sensor/" + Node + "/power_delivered_kw/config"), 5000);
        Assert.IsTrue(doc >= 0, "retained discovery for power_delivered_kw\n" + late.Lines.Dump());
        string text = late.Lines.At(doc).Text;
        StringAssert.Contains(text, "{\"topic\":\"nodemqtt/" + Node + "/status\",\"payload_available\":\"online\"");
        StringAssert.Contains(text, "\"availability_mode\":\"all\"");
        StringAssert.Contains(text, "\"state_class\":\"measurement\"");
        StringAssert.Contains(text, "\"unit_of_measurement\":\"kW\"");
        Assert.IsTrue(text.StartsWith("1 "), "discovery is retained");
    }
}
