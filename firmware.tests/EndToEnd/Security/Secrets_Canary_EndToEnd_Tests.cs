using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;
using NodeMqtt.Tests.EndToEnd.Supervision;

namespace NodeMqtt.Tests.EndToEnd.Security;

/// <summary>No secret in any output (issue 12): canary values for the password and the user name (a
/// ThingsBoard token) are grepped for in config errors, the board's log and log file, status and diag over
/// the control port, everything the node publishes, command answers and the state directory.</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class Secrets_Canary_EndToEnd_Tests
{
    private const string Password = "CANARY-pw-31337";
    private const string Token = "CANARY-token-4242";

    [TestMethod]
    [Timeout(120000)]
    [DataRow("{\"mqtt\":{\"password\":[\"" + Password + "\"]}}")]
    [DataRow("{\"mqtt\":{\"password\":{\"x\":\"" + Password + "\"}}}")]
    [DataRow("{\"mqtt\":{\"password\":\"" + Password + "\\u0000\"}}")]
    [DataRow("{\"mqtt\":{\"password\":\"" + Password + "\\nline2\"}}")]
    [DataRow("{\"mqtt\":{\"username\":\"" + Token + "\\u0001\"}}")]
    [DataRow("{\"mqtt\":{\"password\":12, \"pasword\":\"" + Password + "\"}}")]
    [DataRow("{\"meter\":{\"key\":\"" + Password + "\"}}")]
    [DataRow("{\"mqtt\":{\"password\":\"" + Password + "\"},\"board\":{\"seed\":\"abc\"}}")]
    public void Start_ConfigErrorAroundASecret_NeverEchoesIt(string json)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("board.json"), json);
        using var board = new ManagedProcess("dotnet", new[] { VirtualBoardProcess.BoardDll, "--config", dir.File("board.json"), "--state-dir", dir.Path, "--meter", "none" });
        Assert.IsTrue(board.WaitForExit(20000), "board did not exit");
        string output = board.Output.Dump();
        Assert.AreEqual(2, board.ExitCode, output);
        Assert.AreEqual(1, board.Output.Snapshot().Length, "one line:\n" + output);
        Assert.IsFalse(output.Contains("CANARY"), "a secret leaked: " + output);
    }

    [TestMethod]
    [Timeout(60000)]
    public void Set_OverrideOfASecretTooLong_NeverEchoesIt()
    {
        using var dir = new TempDir();
        string huge = Password + new string('x', 70000);
        using var board = new ManagedProcess("dotnet", new[] { VirtualBoardProcess.BoardDll, "--set", "mqtt.password=" + huge, "--state-dir", dir.Path, "--meter", "none" });
        Assert.IsTrue(board.WaitForExit(20000), "board did not exit");
        string output = board.Output.Dump();
        Assert.AreEqual(2, board.ExitCode, output);
        StringAssert.Contains(output, "mqtt.password");
        Assert.IsFalse(output.Contains("CANARY"), "a secret leaked: " + output);
    }

    [TestMethod]
    [Timeout(120000)]
    public void Running_EveryOutput_HoldsNoCanary()
    {
        const string Node = "e2e-canary";
        using var broker = new Broker();
        using var everything = new Observer(broker, "#");
        using var dir = new TempDir();
        string logFile = dir.File("board.log");
        using var board = new VirtualBoardProcess(broker, dir.File("state"), "--set", "node_id=" + Node, "--set", "mqtt.username=" + Token,
            "--set", "mqtt.password=" + Password, "--set", "board.log_file=" + logFile);
        Assert.IsTrue(board.WaitForLine("-> Online", 20000) >= 0, board.Log.Dump());
        string cmd = "nodemqtt/" + Node + "/cmd";
        foreach (string c in new[] { "status", "diag", "set password " + Password, "set mqtt.password x", "reconnect" })
        {
            LinkSupervision_EndToEnd_Tests.Publish(broker, cmd, c);
            Thread.Sleep(1200); // under the command rate limit
        }

        string status = board.Control("status");
        string diag = board.Control("diag");
        board.Control("reconnect");
        Assert.IsTrue(board.WaitForLine("-> Online", 20000, board.Log.Count - 1) >= 0, board.Log.Dump());
        Thread.Sleep(2000);
        board.Terminate();

        Assert.IsTrue(everything.Lines.Snapshot().Any(l => l.Text.Contains(cmd + "/result")), "commands were answered");
        StringAssert.Contains(diag, "\"link\"");
        var outputs = new[]
        {
            ("log", board.Log.Dump(100000)),
            ("log file", File.Exists(logFile) ? File.ReadAllText(logFile) : ""),
            ("status", status),
            ("diag", diag),
            // What the node published (our own commands on the command topic excluded).
            ("published", string.Join("\n", everything.Lines.Snapshot().Where(l => !Observer.Matches(l.Text, cmd, null)).Select(l => l.Text))),
            ("state dir", string.Join("\n", Directory.Exists(dir.File("state")) ? Directory.GetFiles(dir.File("state")).Select(File.ReadAllText) : new string[0])),
        };
        foreach (var (name, text) in outputs)
        {
            Assert.IsFalse(text.Contains(Password), name + " holds the password");
            Assert.IsFalse(text.Contains(Token), name + " holds the token");
        }
    }
}
