using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Foundation;

/// <summary>Birth, will and clean stop against a real mosquitto (issue 2 acceptance).</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class VirtualBoard_Lifecycle_Tests
{
    private const string Node = "e2e-node";
    private const string Status = "nodemqtt/" + Node + "/status";

    [TestMethod]
    [Timeout(60000)]
    public void Run_WithDuration_PublishesRetainedOnlineThenOfflineAndExitsZero()
    {
        using var broker = new Broker();
        using var observer = new Observer(broker, Status);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--duration", "6", "--set", "node_id=" + Node);

        int online = observer.WaitFor(Status, "online", 15000, retain: -1);
        Assert.IsTrue(online >= 0, "no online status\n" + board.Log.Dump());
        Assert.IsTrue(board.WaitForExit(20000), "board did not stop after --duration\n" + board.Log.Dump());
        Assert.AreEqual(0, board.ExitCode, board.Log.Dump());
        int offline = observer.WaitFor(Status, "offline", 5000, online + 1);
        Assert.IsTrue(offline > online, "no offline after clean stop\n" + board.Log.Dump());

        // A clean stop sends DISCONNECT, so the broker must not publish the will (it would be a second
        // "offline"); what the observer saw is the node's own retained offline.
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains("Received DISCONNECT from " + Node), 2000) >= 0, broker.Log.Dump());
        Thread.Sleep(1000);
        Assert.IsTrue(observer.WaitFor(Status, "offline", 0, offline + 1) < 0, "a second offline: the broker published the will\n" + broker.Log.Dump());

        // A late subscriber gets the retained status: offline.
        using var late = new Observer(broker, Status);
        Assert.IsTrue(late.WaitFor(Status, "offline", 5000, retain: 1) >= 0, "retained status is not offline");
    }

    [TestMethod]
    [Timeout(60000)]
    public void HarnessGone_StdinClosed_BoardStopsCleanlyInsteadOfLingering()
    {
        using var broker = new Broker();
        using var observer = new Observer(broker, Status);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node);
        int online = observer.WaitFor(Status, "online", 15000);
        Assert.IsTrue(online >= 0, board.Log.Dump());

        board.CloseInput();
        Assert.IsTrue(board.WaitForExit(10000), "board still running after its harness went away\n" + board.Log.Dump());
        Assert.AreEqual(0, board.ExitCode);
        Assert.IsTrue(observer.WaitFor(Status, "offline", 5000, online + 1) > online, "clean stop publishes offline");
    }

    [TestMethod]
    [Timeout(60000)]
    public void Kill_WithSigkill_BrokerPublishesTheWill()
    {
        using var broker = new Broker();
        using var observer = new Observer(broker, Status);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "mqtt.keep_alive_seconds=5");

        int online = observer.WaitFor(Status, "online", 15000);
        Assert.IsTrue(online >= 0, "no online status\n" + board.Log.Dump());
        long killedAt = LineLog.Clock.ElapsedMilliseconds;
        board.Kill();

        // Bound: keepalive × 1.5 (+ mosquitto's 5 s check); the kernel's FIN makes it much faster in practice.
        int will = observer.WaitFor(Status, "offline", 7500 + 5000, online + 1);
        Assert.IsTrue(will > online, "broker did not publish the will\n" + broker.Log.Dump());
        long latency = observer.Lines.At(will).AtMs - killedAt;
        System.Console.WriteLine($"will latency after SIGKILL: {latency} ms");
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains("Received DISCONNECT from " + Node), 0) < 0, "a killed board cannot have sent DISCONNECT");
    }
}
