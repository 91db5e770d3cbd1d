using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Proxy = NodeMqtt.FaultProxy.FaultProxy;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

// The namespace is not "...HostOnly.FaultProxy": a namespace named like the FaultProxy class would
// hide the class from every file of the tests below NodeMqtt.Tests.HostOnly.

/// <summary>Each mode of the fault proxy, in front of an in-process echo server.</summary>
[TestClass]
public sealed class FaultProxy_Modes_Tests : EchoProxyFixture
{
    [TestMethod]
    public void Pass_RoundTrip_EchoesBytesAndCountsBothWays()
    {
        // Checks that pass forwards both ways unchanged and counts what it forwards.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);

        TestSockets.RoundTripMs(client, TestSockets.Bytes("hello broker"));

        // The writer counts after its send returns, which may be just after the client has read.
        Assert.IsTrue(TestSockets.WaitUntil(() => _proxy.BytesUpstreamToClient == 12), $"u2c {_proxy.BytesUpstreamToClient}");
        Assert.AreEqual(12L, _proxy.BytesClientToUpstream);
        Assert.AreEqual(0L, _proxy.BytesDropped);
        Assert.AreEqual(1L, _proxy.ConnectionsAccepted);
        Assert.AreEqual("pass", _proxy.Mode);
    }

    [TestMethod]
    public void Pass_ClientShutsDownSending_FinReachesUpstreamAndComesBack()
    {
        // Checks that a FIN travels through in both directions and the connection is then torn down.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("x"));

        client.Shutdown(SocketShutdown.Send);

        Assert.AreEqual(0, client.Receive(new byte[16]));
        Assert.IsTrue(TestSockets.WaitUntil(() => _echo.EndOfStreams == 1));
        Assert.IsTrue(TestSockets.WaitUntil(() => _proxy.ActiveConnections == 0));
    }

    [TestMethod]
    public void Blackhole_LiveConnection_NothingEchoedWhileSocketStaysOpen()
    {
        // Checks the NAT idle black hole (S03): bytes vanish, but the client sees neither FIN nor RST.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("before"));

        _proxy.SetMode("blackhole");
        TestSockets.SendAll(client, TestSockets.Bytes("into the void"));

        Assert.IsFalse(client.Poll(1_000_000, SelectMode.SelectRead), "nothing may arrive: no echo, no FIN, no RST");
        Assert.IsFalse(client.Poll(0, SelectMode.SelectError));
        Assert.IsTrue(client.Connected);
        Assert.IsTrue(TestSockets.WaitUntil(() => _proxy.BytesDropped == 13));
        Assert.AreEqual(1, _proxy.ActiveConnections);
    }

    [TestMethod]
    public void Blackhole_NewConnection_AcceptedButNeverReachesUpstream()
    {
        // Checks that a connection opened during the black hole hangs: accepted, nothing forwarded.
        _proxy.SetMode("blackhole");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.SendAll(client, TestSockets.Bytes("CONNECT"));

        Assert.IsFalse(client.Poll(1_000_000, SelectMode.SelectRead));
        Assert.IsFalse(client.Poll(0, SelectMode.SelectError));
        Assert.AreEqual(0, _echo.Accepted);
        Assert.AreEqual(1L, _proxy.ConnectionsAccepted);
    }

    [TestMethod]
    public void Close_LiveConnection_ClientReadsEndOfStream()
    {
        // Checks that close ends a live connection with FIN: Receive returns 0, not an error.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("before"));

        _proxy.SetMode("close");

        Assert.AreEqual(0, client.Receive(new byte[16]));
        Assert.IsTrue(TestSockets.WaitUntil(() => _proxy.ActiveConnections == 0));
    }

    [TestMethod]
    public void Close_NewConnection_ClientReadsEndOfStream()
    {
        // Checks that a connection opened in close mode is closed with FIN at once.
        _proxy.SetMode("close");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);

        Assert.AreEqual(0, client.Receive(new byte[16]));
        Assert.AreEqual(0, _echo.Accepted);
    }

    [TestMethod]
    public void Reset_LiveConnection_ClientGetsConnectionReset()
    {
        // Checks that reset ends a live connection with RST (S11): the client's Receive fails with ECONNRESET.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("before"));

        _proxy.SetMode("reset");

        SocketException error = Assert.ThrowsExactly<SocketException>(() => client.Receive(new byte[16]));
        Assert.AreEqual(SocketError.ConnectionReset, error.SocketErrorCode);
        Assert.IsTrue(TestSockets.WaitUntil(() => _proxy.ActiveConnections == 0));
    }

    [TestMethod]
    public void Reset_NewConnection_ClientGetsConnectionReset()
    {
        // Checks that a connection opened in reset mode is reset at once and never reaches upstream.
        _proxy.SetMode("reset");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);

        SocketException error = Assert.ThrowsExactly<SocketException>(() => client.Receive(new byte[16]));
        Assert.AreEqual(SocketError.ConnectionReset, error.SocketErrorCode);
        Assert.AreEqual(0, _echo.Accepted);
    }

    [TestMethod]
    public void Latency200_RoundTrip_TakesAtLeast200Ms()
    {
        // Checks that latency delays each chunk (S18 slow); the echo crosses the proxy twice.
        _proxy.SetMode("latency 200");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);

        long roundTripMs = TestSockets.RoundTripMs(client, TestSockets.Bytes("slow"));

        Assert.IsTrue(roundTripMs >= 200, $"round trip {roundTripMs} ms");
        Assert.AreEqual("latency 200", _proxy.Mode);
    }

    [TestMethod]
    public void Slice3_RoundTrip_SameBytesArriveInPieces()
    {
        // Checks that slice splits the stream (S18 sliced) without losing or reordering a byte.
        // A 10 ms gap keeps the pieces apart even on a busy machine, so the client needs several reads.
        _proxy.SetMode("slice 3 10");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        byte[] payload = TestSockets.Bytes("0123456789abcdefghijklmnopqrst");
        var readSizes = new List<int>();

        TestSockets.SendAll(client, payload);
        byte[] echoed = TestSockets.ReceiveExactly(client, payload.Length, readSizes);

        CollectionAssert.AreEqual(payload, echoed);
        Assert.IsTrue(readSizes.Count >= 2, $"one read of {payload.Length} bytes: not sliced");
    }

    [TestMethod]
    public void Refuse_NewConnectionReset_ExistingConnectionStillForwards()
    {
        // Checks that refuse resets only new connections and leaves the live one working.
        using Socket existing = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(existing, TestSockets.Bytes("a"));

        _proxy.SetMode("refuse");
        using Socket refused = TestSockets.Connect(_proxy.ListenPort);

        SocketException error = Assert.ThrowsExactly<SocketException>(() => refused.Receive(new byte[16]));
        Assert.AreEqual(SocketError.ConnectionReset, error.SocketErrorCode);
        TestSockets.RoundTripMs(existing, TestSockets.Bytes("still here"));
        Assert.AreEqual(1, _echo.Accepted);
    }

    [TestMethod]
    public void Dispose_LiveConnection_ClientReadsEndOfStreamWithinBound()
    {
        // Checks that Dispose closes live connections with FIN and returns within its bound.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("a"));
        var clock = Stopwatch.StartNew();

        _proxy.Dispose();

        Assert.IsTrue(clock.ElapsedMilliseconds < Proxy.StopTimeoutMs, $"Dispose took {clock.ElapsedMilliseconds} ms");
        Assert.AreEqual(0, client.Receive(new byte[16]));
        Assert.ThrowsExactly<SocketException>(() => TestSockets.Connect(_proxy.ListenPort));
    }
}
