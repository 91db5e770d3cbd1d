using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Foundation;

/// <summary>User errors get one line that names the problem, exit code 2, no stack trace (issue 2 acceptance).</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class VirtualBoard_ConfigErrors_Tests
{
    [TestMethod]
    [DataRow("{\"mqtt\":{\"hots\":\"x\"}}", "unknown key 'mqtt.hots' (did you mean 'host'?)")]
    [DataRow("{\"mqtt\":{\"port\":\"abc\"}}", "mqtt.port: must be a whole number, got 'abc'")]
    [DataRow("{\"mqtt\":{\"port\":70000}}", "mqtt.port: must be 1..65535")]
    [DataRow("{\"telemetry\":{\"profile\":\"hass\"}}", "telemetry.profile: must be generic, homeassistant or thingsboard")]
    [DataRow("{\"mqtt\":{\"host\":\"no-such-host.invalid\"}}", "mqtt.host 'no-such-host.invalid' does not resolve")]
    [DataRow("{\"mqtt\":", "not valid JSON")]
    [DataRow("{\"bogus\":{\"x\":1}}", "unknown key 'bogus'")]
    public void Start_WithBadConfig_PrintsOneLineNamingTheProblem(string json, string expected)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("board.json"), json);
        using var board = new ManagedProcess("dotnet", new[] { VirtualBoardProcess.BoardDll, "--config", dir.File("board.json"), "--state-dir", dir.Path, "--meter", "none" });
        Assert.IsTrue(board.WaitForExit(20000), "board did not exit");
        Assert.AreEqual(2, board.ExitCode, board.Output.Dump());
        var lines = board.Output.Snapshot();
        Assert.AreEqual(1, lines.Length, "expected exactly one line:\n" + board.Output.Dump());
        StringAssert.Contains(lines[0].Text, expected);
        Assert.IsFalse(lines[0].Text.Contains("   at "), "stack trace leaked");
    }

    [TestMethod]
    public void Start_WithUnknownArgument_SaysSoInOneLine()
    {
        using var board = new ManagedProcess("dotnet", new[] { VirtualBoardProcess.BoardDll, "--brocker", "x" });
        Assert.IsTrue(board.WaitForExit(20000));
        Assert.AreEqual(2, board.ExitCode);
        var lines = board.Output.Snapshot();
        Assert.AreEqual(1, lines.Length, board.Output.Dump());
        StringAssert.Contains(lines[0].Text, "unknown argument '--brocker'");
    }

    [TestMethod]
    [Timeout(60000)]
    public void Start_WithUnreachableBroker_KeepsRetryingAndSaysWhy()
    {
        using var dir = new TempDir();
        int port = FreePort.Next();
        using var board = new VirtualBoardProcess("127.0.0.1:" + port, dir.Path, "--meter", "none", "--duration", "4");
        int refused = board.WaitForLine("tcp-refused", 10000);
        Assert.IsTrue(refused >= 0, "the log should name the failure\n" + board.Log.Dump());
        Assert.IsTrue(board.WaitForExit(15000));
        Assert.AreEqual(0, board.ExitCode, board.Log.Dump());
    }
}
