using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.FaultProxy.Control;
using Proxy = NodeMqtt.FaultProxy.FaultProxy;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>The control language (stdin and control port): mode, status, help, quit.</summary>
[TestClass]
public sealed class ControlCommandProcessor_Tests
{
    private EchoServer _echo;
    private Proxy _proxy;
    private ControlCommandProcessor _processor;

    [TestInitialize]
    public void StartEchoAndProxy()
    {
        _echo = new EchoServer();
        _proxy = new Proxy(TestSockets.AnyLoopbackPort, _echo.EndPoint);
        _proxy.Start();
        _processor = new ControlCommandProcessor(_proxy);
    }

    [TestCleanup]
    public void StopProxyAndEcho()
    {
        _proxy?.Dispose();
        _echo?.Dispose();
    }

    [TestMethod]
    [DataRow("mode blackhole", "ok mode blackhole", "blackhole")]
    [DataRow("mode latency 200\r", "ok mode latency 200", "latency 200")]
    [DataRow("mode slice 3", "ok mode slice 3", "slice 3")]
    [DataRow("mode latency fast", "error: 'latency': MS must be a whole number from 0 to 60000, got 'fast'", "pass")]
    [DataRow("mode", "error: empty fault spec", "pass")]
    [DataRow("jump", "error: unknown command 'jump' (try help)", "pass")]
    public void Execute_Line_RepliesAndSetsMode(string line, string expectedReplyStart, string expectedMode)
    {
        // Checks each command's reply and that a refused command leaves the mode alone.
        ControlReply reply = _processor.Execute(line);

        Assert.StartsWith(expectedReplyStart, reply.Text);
        Assert.IsFalse(reply.Quit);
        Assert.AreEqual(expectedMode, _proxy.Mode);
    }

    [TestMethod]
    public void Execute_Status_ReportsModeAndCounters()
    {
        // Checks that status is one line of key=value pairs a harness can parse.
        _processor.Execute("mode latency 50");

        ControlReply reply = _processor.Execute("status");

        Assert.AreEqual(
            $"ok mode='latency 50' port={_proxy.ListenPort} accepted=0 active=0 bytes_c2u=0 bytes_u2c=0 bytes_dropped=0",
            reply.Text);
    }

    [TestMethod]
    public void Execute_QuitAndEmpty_QuitFlaggedEmptySilent()
    {
        // Checks that quit asks to stop and a blank line produces no reply at all.
        Assert.IsTrue(_processor.Execute("quit").Quit);
        Assert.IsNull(_processor.Execute("   ").Text);
    }

    [TestMethod]
    public void ControlPort_CommandLines_RepliedLineByLineAndQuitSignalled()
    {
        // Checks the TCP control port: same language as stdin, one reply line per command.
        bool quitRequested = false;
        using var server = new ControlServer(new IPEndPoint(IPAddress.Loopback, 0), _processor, () => quitRequested = true);
        server.Start();
        using Socket control = TestSockets.Connect(server.ListenPort);

        TestSockets.SendAll(control, Encoding.ASCII.GetBytes("mode reset\nstatus\nquit\n"));
        string replies = ReadUntilEndOfStream(control);

        string[] lines = replies.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(3, lines);
        Assert.AreEqual("ok mode reset", lines[0]);
        Assert.StartsWith("ok mode='reset'", lines[1]);
        Assert.AreEqual("ok quit", lines[2]);
        Assert.IsTrue(TestSockets.WaitUntil(() => quitRequested));
        Assert.AreEqual("reset", _proxy.Mode);
    }

    private static string ReadUntilEndOfStream(Socket socket)
    {
        var text = new StringBuilder();
        var buffer = new byte[256];
        int read;
        while ((read = socket.Receive(buffer)) > 0)
        {
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
