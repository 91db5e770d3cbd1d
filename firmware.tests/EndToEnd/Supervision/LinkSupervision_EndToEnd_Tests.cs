using System.Diagnostics;
using System.Net;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Supervision;

/// <summary>Link supervision against a real mosquitto (issue 5 end-to-end list, SCENARIOS.md S03-S05, S09, S12-S13).</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class LinkSupervision_EndToEnd_Tests
{
    private static string[] Fast(string node, params string[] extra)
    {
        // Short probe settings keep the tests quick; the defaults are measured by tools/Scenarios.
        var args = new System.Collections.Generic.List<string>
        {
            "--set", "node_id=" + node, "--set", "supervisor.probe_period_ms=3000", "--set", "supervisor.probe_deadline_ms=1500",
        };
        args.AddRange(extra);
        return args.ToArray();
    }

    [TestMethod]
    [Timeout(90000)]
    public void BrokerSigterm_ThenStartAgain_NodeReconnectsWithinSeconds()
    {
        using var broker = new Broker(persistence: true);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, Fast("e2e-term"));
        int online = board.WaitForLine("-> Online", 20000);
        Assert.IsTrue(online >= 0, board.Log.Dump());

        broker.Stop();
        int lost = board.WaitForLine("state Online -> ", 10000, online + 1);
        Assert.IsTrue(lost > online, "loss noticed\n" + board.Log.Dump());
        Thread.Sleep(3000);
        int mark = broker.Log.Count;
        broker.Start();
        int published = broker.Log.WaitFor(l => l.Contains("Received PUBLISH from e2e-term"), 15000, mark);
        Assert.IsTrue(published >= 0, "no publish after the broker came back\n" + board.Log.Dump());
        long latency = broker.Log.At(published).AtMs - broker.ListeningSinceMs;
        Assert.IsTrue(latency < 3000, $"first publish {latency} ms after the broker listened\n" + board.Log.Dump());
        Assert.IsTrue(board.WaitForLine("back online", 5000, lost) > lost);
    }

    [TestMethod]
    [Timeout(90000)]
    public void BrokerSigkill_WithoutPersistence_SessionAndSubscriptionsRebuilt()
    {
        using var broker = new Broker(persistence: false);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, Fast("e2e-kill"));
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());

        broker.Kill();
        Thread.Sleep(2000);
        int mark = broker.Log.Count;
        broker.Start();
        // The broker lost every session: the command subscription must be asked for again (S05, S15).
        int sub = broker.Log.WaitFor(l => l.Contains("e2e-kill 1 nodemqtt/e2e-kill/cmd"), 15000, mark);
        Assert.IsTrue(sub >= 0, "no resubscribe\n" + board.Log.Dump() + broker.Log.Dump());
        using var result = new Observer(broker, "nodemqtt/e2e-kill/cmd/result");
        Publish(broker, "nodemqtt/e2e-kill/cmd", "status");
        Assert.IsTrue(result.Lines.WaitFor(l => l.Contains("e2e-kill: link Online"), 10000) >= 0, "command after restart\n" + result.Lines.Dump());
    }

    [TestMethod]
    [Timeout(60000)]
    public void AnotherClientWithTheNodeId_NodeIsKickedAndComesBack()
    {
        using var broker = new Broker();
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, Fast("e2e-kick"));
        int online = board.WaitForLine("-> Online", 20000);
        Assert.IsTrue(online >= 0, board.Log.Dump());

        Publish(broker, "elsewhere", "x", clientId: "e2e-kick");   // S12: one takeover
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains("already connected, closing old connection"), 5000) >= 0, broker.Log.Dump());
        int lost = board.WaitForLine("state Online -> ", 10000, online + 1);
        Assert.IsTrue(lost > online, board.Log.Dump());
        // mosquitto closes the old connection; when our probe or a reading is still unread in its socket the
        // kernel answers with RST instead of FIN, so either is the broker's close (seen under load).
        string how = board.Log.At(lost).Text;
        Assert.IsTrue(how.Contains("peer-closed") || how.Contains("reset"), how);
        Assert.IsTrue(board.WaitForLine("-> Online", 15000, lost) > lost, "back online\n" + board.Log.Dump());
        Assert.IsTrue(board.WaitForLine("another client uses this client id", 0) < 0, "one kick is not yet a diagnosis");
    }

    [TestMethod]
    [Timeout(120000)]
    public void TwoBoardsSharingOneId_DiagnoseTakeoverAndStopFighting()
    {
        using var broker = new Broker();
        using var stateA = new TempDir();
        using var stateB = new TempDir();
        using var a = new VirtualBoardProcess(broker, stateA.Path, Fast("e2e-a", "--set", "mqtt.client_id=e2e-shared"));
        Assert.IsTrue(a.WaitForLine("-> Online", 20000) >= 0, a.Log.Dump());
        using var b = new VirtualBoardProcess(broker, stateB.Path, Fast("e2e-b", "--set", "mqtt.client_id=e2e-shared"));

        var sw = Stopwatch.StartNew();
        int da = -1, db = -1;
        while (sw.ElapsedMilliseconds < 60000 && da < 0 && db < 0)
        {
            da = a.WaitForLine("another client uses this client id or token", 500);
            db = b.WaitForLine("another client uses this client id or token", 500);
        }

        Assert.IsTrue(da >= 0 || db >= 0, "no takeover diagnosis\nA:\n" + a.Log.Dump() + "\nB:\n" + b.Log.Dump());
        // After the diagnosis the loser waits at least TakeoverBackoffMs (60 s): count kicks over the next 20 s.
        int kicksBefore = Count(broker, "already connected, closing old connection");
        Thread.Sleep(20000);
        int kicks = Count(broker, "already connected, closing old connection") - kicksBefore;
        Assert.IsTrue(kicks <= 1, $"{kicks} takeovers in the 20 s after the diagnosis");
        Assert.IsFalse(a.HasExited || b.HasExited, "no crash");
    }

    [TestMethod]
    [Timeout(90000)]
    public void BlackHoleWhilePublishing_DetectedWithinTheDeadline_ThenRecovers()
    {
        using var broker = new Broker();
        using var proxy = new FaultProxy.FaultProxy(new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.Loopback, broker.Port));
        proxy.Start();
        using var state = new TempDir();
        using var board = new VirtualBoardProcess("127.0.0.1:" + proxy.ListenPort, state.Path, Fast("e2e-hole"));
        int online = board.WaitForLine("-> Online", 20000);
        Assert.IsTrue(online >= 0, board.Log.Dump());
        Thread.Sleep(3000);

        long start = LineLog.Clock.ElapsedMilliseconds;
        proxy.SetMode("blackhole");
        int lost = board.WaitForLine("state Online -> ", 20000, online + 1);
        Assert.IsTrue(lost > online, "black hole not detected\n" + board.Log.Dump());
        long detection = board.Log.At(lost).AtMs - start;
        StringAssert.Contains(board.Log.At(lost).Text, "probe-timeout");
        Assert.IsTrue(detection <= 3000 + 1500 + 1000, $"detected after {detection} ms");

        proxy.SetMode("pass");
        Assert.IsTrue(board.WaitForLine("-> Online", 20000, lost) > lost, "recovered through a new connection\n" + board.Log.Dump());
    }

    [TestMethod]
    [Timeout(90000)]
    public void LinkDownThenUp_QueuesReadingsAndFlushesThemInOrder()
    {
        using var broker = new Broker();
        using var observer = new Observer(broker, "nodemqtt/e2e-wifi/state");
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, Fast("e2e-wifi", "--set", "telemetry.history_mode=true"));
        int online = board.WaitForLine("-> Online", 20000);
        Assert.IsTrue(online >= 0, board.Log.Dump());
        Thread.Sleep(2000);

        Assert.AreEqual("ok link down", board.Control("link down"));
        int waiting = board.WaitForLine("-> WaitingForNetwork", 5000, online);
        Assert.IsTrue(waiting > online, "link loss noticed at once\n" + board.Log.Dump());
        int seenBefore = observer.Lines.Count;
        Thread.Sleep(8000);
        Assert.AreEqual(seenBefore, observer.Lines.Count, "nothing can arrive while the link is down");
        StringAssert.Contains(board.Control("status"), "WaitingForNetwork");

        Assert.AreEqual("ok link up", board.Control("link up"));
        Assert.IsTrue(board.WaitForLine("-> Online", 10000, waiting) > waiting, board.Log.Dump());
        Thread.Sleep(3000);
        var seq = new ReadingSequence(MeterSeconds.Of(observer, "nodemqtt/e2e-wifi/state"));
        Assert.IsTrue(seq.Distinct >= 10, "readings before, during and after the loss");
        Assert.AreEqual(0L, seq.Lost, "one reading a second, none lost");
        Assert.AreEqual(0, seq.OutOfOrder, "in order");
    }

    internal static void Publish(Broker broker, string topic, string payload, string clientId = null, int qos = 1)
    {
        var args = new System.Collections.Generic.List<string> { "-h", "127.0.0.1", "-p", broker.Port.ToString(), "-t", topic, "-m", payload, "-q", qos.ToString() };
        if (clientId != null) { args.Add("-i"); args.Add(clientId); }
        using var pub = new ManagedProcess("mosquitto_pub", args.ToArray());
        Assert.IsTrue(pub.WaitForExit(10000), "mosquitto_pub did not finish");
    }

    private static int Count(Broker broker, string text)
    {
        int n = 0;
        foreach (var (_, line) in broker.Log.Snapshot()) if (line.Contains(text)) n++;
        return n;
    }
}
