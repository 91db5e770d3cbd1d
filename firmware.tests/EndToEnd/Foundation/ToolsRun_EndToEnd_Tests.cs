using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Foundation;

/// <summary>
/// <c>tools/run</c> used as a new user would: a command typed on its standard input answers, Ctrl+C (SIGINT to
/// the whole foreground process group, as a terminal sends it) makes the observer show <c>offline</c> before the
/// broker stops, and a bad argument fails at once with one line. The board is the one built for these tests
/// (<c>NODEMQTT_RUN_BOARD_DLL</c>) so the test does not rebuild it.
/// </summary>
[TestClass]
[TestCategory("EndToEnd")]
public class ToolsRun_EndToEnd_Tests
{
    private static string Root => typeof(ToolsRun_EndToEnd_Tests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NodeMqttRepoRoot").Value;

    // setsid: the script leads its own process group, so the test can signal the group like a terminal does.
    private static ManagedProcess Start(params string[] args)
    {
        Environment.SetEnvironmentVariable("NODEMQTT_RUN_BOARD_DLL", VirtualBoardProcess.BoardDll);
        return new ManagedProcess("setsid", new[] { "bash", Path.Combine(Root, "tools", "run") }.Concat(args).ToArray(), Root);
    }

    [TestMethod]
    [Timeout(90000)]
    public void StatusTypedThenCtrlC_AnswersAndObserverShowsOfflineBeforeBrokerStops()
    {
        using var state = new TempDir();
        using var run = Start("--state-dir", state.Path, "--set", "node_id=e2e-run");
        Assert.IsTrue(run.Output.WaitFor(l => l.Contains("-> Online"), 40000) >= 0, run.Output.Dump());
        run.WriteLine("status");
        int answer = run.Output.WaitFor(l => l.StartsWith("e2e-run: link Online"), 10000);
        Assert.IsTrue(answer >= 0, "status answers on standard output\n" + run.Output.Dump());
        StringAssert.Contains(run.Output.At(answer).Text, "meter ");

        Posix.kill(-run.Pid, Posix.SigInt);
        Assert.IsTrue(run.WaitForExit(30000), "tools/run ends after Ctrl+C\n" + run.Output.Dump());
        int offline = run.Output.WaitFor(l => l == "observer: nodemqtt/e2e-run/status offline", 0);
        int stopped = run.Output.WaitFor(l => l.Contains("run: broker stopped"), 0);
        Assert.IsTrue(offline >= 0, "the observer shows offline\n" + run.Output.Dump());
        Assert.IsTrue(stopped > offline, "offline is seen before the broker stops\n" + run.Output.Dump());
        Assert.AreEqual(130, run.ExitCode);
    }

    [TestMethod]
    [Timeout(30000)]
    [DataRow("--bogus", "tools/run: unknown argument '--bogus' (try --help)")]
    [DataRow("--duration", "tools/run: --duration needs a value (try --help)")]
    [DataRow("--duration=5", "tools/run: unknown argument '--duration=5' (try --help)")]
    [DataRow("--profile hass", "tools/run: --profile hass: use generic, homeassistant or thingsboard")]
    public void BadArgument_OneLineExitTwoNothingStarted(string args, string expected)
    {
        var watch = Stopwatch.StartNew();
        using var run = Start(args.Split(' '));
        Assert.IsTrue(run.WaitForExit(20000), run.Output.Dump());
        Console.WriteLine($"'{args}' failed after {watch.ElapsedMilliseconds} ms");
        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual(1, run.Output.Count, run.Output.Dump());
        Assert.AreEqual("stderr: " + expected, run.Output.At(0).Text);
    }

    [TestMethod]
    [Timeout(30000)]
    public void Help_NamesOptionsAndCommandsWithoutScriptInternals()
    {
        using var run = Start("--help");
        Assert.IsTrue(run.WaitForExit(20000));
        string text = string.Join("\n", run.Output.Snapshot().Select(l => l.Text));
        foreach (string word in new[] { "--duration", "--profile", "--meter", "--verbose", "status", "link down", "quit", "Ctrl+C" })
            StringAssert.Contains(text, word);
        Assert.IsFalse(text.Contains("pipefail"), text);
        Assert.AreEqual(0, run.ExitCode);
    }
}
