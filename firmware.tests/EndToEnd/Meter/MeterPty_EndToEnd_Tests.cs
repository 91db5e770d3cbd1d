using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Meter;

/// <summary>Issue 3 acceptance: MeterSim writes into a pseudo-terminal, the board reads it as its UART.</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class MeterPty_EndToEnd_Tests
{
    [TestMethod]
    [Timeout(90000)]
    public void FaultyMeterOnPty_BadTelegramsCountedNeverPublished_GoodOnesFlow()
    {
        const string Node = "e2e-pty";
        using var broker = new Broker();
        using var observer = new Observer(broker, "nodemqtt/" + Node + "/state");
        using var dir = new TempDir();
        string link = dir.File("p1");
        string simDll = Path.Combine(AppContext.BaseDirectory, "nodemqtt-metersim.dll");
        using var sim = new ManagedProcess("dotnet", new[]
        {
            simDll, "--version", "5", "--phases", "3", "--out", "pty-link:" + link, "--wait-reader",
            "--faults", "crc,drop,truncate,glue,garbage,oversize", "--fault-rate", "0.3", "--interval-ms", "250", "--seed", "11",
        });
        Assert.IsTrue(sim.Output.WaitFor(l => l.Contains("metersim: pty"), 15000) >= 0, "no pty\n" + sim.Output.Dump());

        using var board = new VirtualBoardProcess(broker, dir.Path, "--meter", "serial:" + link, "--set", "node_id=" + Node,
            "--set", "telemetry.history_mode=true", "--set", "outbox.flush_per_second=50", "--set", "outbox.flush_burst=50");
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());
        Thread.Sleep(15000);

        sim.Stop(8000);   // SIGTERM: the simulator waits for the reader to drain, then prints its summary
        int summary = sim.Output.WaitFor(l => l.Contains("expected_rejects="), 5000);
        Assert.IsTrue(summary >= 0, "simulator summary\n" + sim.Output.Dump());
        Thread.Sleep(3000); // the board finishes the last telegram (receive timeout) and flushes
        string status = board.Control("status");

        int expectedRejects = Field(sim.Output.At(summary).Text, "expected_rejects");
        int written = Field(sim.Output.At(summary).Text, "telegrams");
        int ok = Field(status, "telegrams ok");
        int rejected = Field(status, "crc-bad") + Field(status, "truncated") + Field(status, "oversize");
        Console.WriteLine($"simulator: {sim.Output.At(summary).Text}\nboard: {status}");
        Assert.IsTrue(expectedRejects > 5 && ok > 20, "faults and good telegrams both happened");
        Assert.AreEqual(expectedRejects, rejected, "every injected fault is a counted rejection");
        Assert.AreEqual(written - expectedRejects, ok, "every good telegram was accepted");

        int published = StateCount(observer);
        Assert.AreEqual(ok, published, "one state document per good telegram (history mode), none for a bad one\n" + board.Log.Dump(60));
        Assert.IsFalse(board.HasExited);
    }

    private static int StateCount(Observer observer)
    {
        int n = 0;
        foreach (var (_, text) in observer.Lines.Snapshot()) if (text.Contains("\"meter_time\"")) n++;
        return n;
    }

    private static int Field(string text, string name)
    {
        var m = Regex.Match(text, Regex.Escape(name) + "[= ](\\d+)");
        Assert.IsTrue(m.Success, $"'{name}' in: {text}");
        return int.Parse(m.Groups[1].Value);
    }
}
