using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;
using NodeMqtt.Tests.EndToEnd.Supervision;

namespace NodeMqtt.Tests.EndToEnd.Telemetry;

/// <summary>Commands over a real broker (issue 12): over the rate limit they are dropped unanswered, and a
/// command id seen again is answered but not run twice.</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class CommandPath_EndToEnd_Tests
{
    [TestMethod]
    [Timeout(90000)]
    public void Reconnect_SameIdTwice_RunsOnce_AndABurstOverTheLimitIsDropped()
    {
        const string Node = "e2e-cmdpath";
        string cmd = "nodemqtt/" + Node + "/cmd";
        using var broker = new Broker();
        using var results = new Observer(broker, cmd + "/result");
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--meter", "none");
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains(Node + " 1 " + cmd), 5000) >= 0, "subscribed");

        LinkSupervision_EndToEnd_Tests.Publish(broker, cmd, "reconnect id=r1");
        Assert.IsTrue(results.Lines.WaitFor(l => l.Contains("ok reconnecting"), 10000) >= 0, results.Lines.Dump());
        Assert.IsTrue(board.WaitForLine("-> Online", 20000, board.Log.Snapshot().Length - 1) >= 0, board.Log.Dump());
        LinkSupervision_EndToEnd_Tests.Publish(broker, cmd, "reconnect id=r1");
        Assert.IsTrue(results.Lines.WaitFor(l => l.Contains("ok duplicate r1 ignored"), 10000) >= 0, results.Lines.Dump());
        Thread.Sleep(6000); // the command bucket refills (5 tokens at 1/s)

        for (int i = 0; i < 12; i++) LinkSupervision_EndToEnd_Tests.Publish(broker, cmd, "status");
        Thread.Sleep(3000);
        int sessions = board.Log.Snapshot().Count(l => l.Text.Contains("-> Online"));
        int answers = results.Lines.Snapshot().Count(l => l.Text.Contains("ok " + Node));
        string diag = board.Control("diag");
        board.Terminate();
        Assert.AreEqual(2, sessions, "the duplicate reconnect ran again\n" + board.Log.Dump());
        Assert.IsTrue(answers >= 5 && answers <= 9, answers + " status answers to 12 quick commands\n" + results.Lines.Dump());
        StringAssert.Contains(diag, "\"rate_limited\":");
        Assert.IsFalse(diag.Contains("\"rate_limited\":0,"), diag);
    }
}
