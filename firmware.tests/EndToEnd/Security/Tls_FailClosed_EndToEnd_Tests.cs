using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Security;

/// <summary>TLS asked for means TLS or no connection (issue 12): the wire is sniffed for a plaintext CONNECT,
/// and the password canary must appear in no output.</summary>
[TestClass]
[TestCategory("EndToEnd")]
public class Tls_FailClosed_EndToEnd_Tests
{
    private const string Canary = "CANARY-tls-pw-5150";

    private static string[] TlsArgs(string caFile) =>
        caFile == null
            ? new[] { "--set", "mqtt.tls=true", "--set", "mqtt.username=meter", "--set", "mqtt.password=" + Canary, "--meter", "none" }
            : new[] { "--set", "mqtt.tls=true", "--set", "mqtt.tls_ca_file=" + caFile, "--set", "mqtt.username=meter", "--set", "mqtt.password=" + Canary, "--meter", "none" };

    [TestMethod]
    [Timeout(60000)]
    [DataRow("missing")]
    [DataRow("directory")]
    [DataRow("not-pem")]
    public void Start_TlsWithUnreadableCa_RefusesInOneLineAndNeverConnects(string kind)
    {
        using var dir = new TempDir();
        using var sniffer = new WireSniffer();
        string ca = kind switch
        {
            "missing" => dir.File("no-such-ca.pem"),
            "directory" => dir.Path,
            _ => dir.File("garbage.pem"),
        };
        if (kind == "not-pem") File.WriteAllText(ca, "this is not a certificate\n");
        using var board = new VirtualBoardProcess(sniffer.Endpoint, dir.Path, TlsArgs(ca));
        Assert.IsTrue(board.WaitForExit(30000), board.Log.Dump());
        Assert.AreEqual(2, board.ExitCode, board.Log.Dump());
        var lines = board.Log.Snapshot();
        Assert.AreEqual(1, lines.Length, board.Log.Dump());
        StringAssert.Contains(lines[0].Text, "mqtt.tls_ca_file");
        Assert.AreEqual(0, sniffer.Connections.Length, "the board connected although TLS could not be set up");
        Assert.IsFalse(board.Log.Dump().Contains(Canary), "password leaked");
    }

    [TestMethod]
    [Timeout(90000)]
    [DataRow("wrong-ca")]
    [DataRow("system-store")]
    public void Connect_TlsWithCaThatCannotVerify_SendsOnlyTlsOnTheWire(string kind)
    {
        using var dir = new TempDir();
        var certs = new TestCertificates(dir.Path);
        using var sniffer = new WireSniffer();
        using var board = new VirtualBoardProcess(sniffer.Endpoint, dir.File("state"), TlsArgs(kind == "wrong-ca" ? certs.OtherCaFile : null));
        long deadline = LineLog.Clock.ElapsedMilliseconds + 30000;
        while (sniffer.Connections.Length < 2 && LineLog.Clock.ElapsedMilliseconds < deadline) Thread.Sleep(100);
        board.Terminate();
        var seen = sniffer.Connections;
        Assert.IsTrue(seen.Length >= 2, "expected at least two attempts\n" + board.Log.Dump());
        foreach (var first in seen)
        {
            Assert.IsTrue(first.Length > 0, "an attempt sent nothing");
            Assert.AreEqual(WireSniffer.TlsHandshake, first[0], "first byte 0x" + first[0].ToString("x2") + " is not a TLS handshake");
        }

        Assert.IsFalse(board.Log.Dump().Contains(Canary), "password leaked");
    }

    [TestMethod]
    [Timeout(90000)]
    public void Connect_TlsBrokerWithWrongCa_NeverOnline_RightCa_Online()
    {
        using var dir = new TempDir();
        var certs = new TestCertificates(dir.Path);
        using var broker = new Broker(extraConfig: $"cafile {certs.CaFile}\ncertfile {certs.ServerCert}\nkeyfile {certs.ServerKey}\n");
        using (var wrong = new VirtualBoardProcess(broker, dir.File("wrong"), TlsArgs(certs.OtherCaFile)))
        {
            Assert.IsTrue(wrong.WaitForLine("tls", 30000) >= 0, wrong.Log.Dump());
            Thread.Sleep(3000);
            Assert.IsFalse(wrong.Log.Snapshot().Any(l => l.Text.Contains("-> Online")), wrong.Log.Dump());
            wrong.Terminate();
            Assert.IsFalse(wrong.Log.Dump().Contains(Canary), "password leaked");
        }

        using var right = new VirtualBoardProcess(broker, dir.File("right"), TlsArgs(certs.CaFile));
        Assert.IsTrue(right.WaitForLine("-> Online", 30000) >= 0, right.Log.Dump() + "\nbroker:\n" + broker.Log.Dump());
        right.Terminate();
        Assert.IsFalse(right.Log.Dump().Contains(Canary), "password leaked");
    }
}
