using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Proxy = NodeMqtt.FaultProxy.FaultProxy;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>Mode changes while a connection is live: the new mode applies to it at once.</summary>
[TestClass]
public sealed class FaultProxy_Switching_Tests : EchoProxyFixture
{
    [TestMethod]
    public void PassLatencyPass_LiveConnection_DelayFollowsTheMode()
    {
        // Checks that latency is switched on and off for a connection that is already open.
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("warm up"));

        _proxy.SetMode("latency 200");
        long slowMs = TestSockets.RoundTripMs(client, TestSockets.Bytes("slow"));
        _proxy.SetMode("pass");
        long fastMs = TestSockets.RoundTripMs(client, TestSockets.Bytes("fast"));

        Assert.IsTrue(slowMs >= 200, $"latency round trip {slowMs} ms");
        Assert.IsTrue(fastMs < slowMs, $"pass round trip {fastMs} ms, latency {slowMs} ms");
        Assert.AreEqual(1, _echo.Accepted);
    }

    [TestMethod]
    public void BlackholeThenPass_LiveConnection_StaysDeadButNewConnectionWorks()
    {
        // Checks that ending the black hole does not heal the connections it swallowed (a real
        // black hole loses bytes), while connections opened afterwards forward normally.
        using Socket swallowed = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(swallowed, TestSockets.Bytes("before"));

        _proxy.SetMode("blackhole");
        TestSockets.SendAll(swallowed, TestSockets.Bytes("lost"));
        _proxy.SetMode("pass");
        TestSockets.SendAll(swallowed, TestSockets.Bytes("after"));

        Assert.IsFalse(swallowed.Poll(1_000_000, SelectMode.SelectRead), "the swallowed connection must stay silent");
        Assert.IsFalse(swallowed.Poll(0, SelectMode.SelectError));
        using Socket fresh = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(fresh, TestSockets.Bytes("new session"));
        Assert.AreEqual(2, _echo.Accepted);
    }

    [TestMethod]
    public void SliceThenReset_LiveConnection_ClientGetsConnectionReset()
    {
        // Checks that a destructive mode reaches a connection that is mid-way through a shaped mode.
        _proxy.SetMode("slice 2");
        using Socket client = TestSockets.Connect(_proxy.ListenPort);
        TestSockets.RoundTripMs(client, TestSockets.Bytes("sliced"));

        _proxy.SetMode("reset");

        SocketException error = Assert.ThrowsExactly<SocketException>(() => client.Receive(new byte[16]));
        Assert.AreEqual(SocketError.ConnectionReset, error.SocketErrorCode);
    }
}
