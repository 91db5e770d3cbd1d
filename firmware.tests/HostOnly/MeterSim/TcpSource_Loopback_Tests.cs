using System.Net;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks TcpSource on 127.0.0.1 with an ephemeral port: bytes arrive intact, a dropped connection is re-established.</summary>
[TestClass]
public sealed class TcpSource_Loopback_Tests
{
    [TestMethod]
    public void Read_ServerSendsTelegrams_SameBytes()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        int port = ((IPEndPoint)listener.LocalEndPoint).Port;
        using var source = new TcpSource("127.0.0.1", port);
        using Socket server = listener.Accept(); // blocking, but the source connects at once; bounded by the test timeout below
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        byte[] a = sim.NextTelegram(SimTelegrams.WinterNoonUtcMs), b = sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + 1000);

        server.Send(a);
        server.Send(b);
        byte[] got = SourceReads.ReadExactly(source, a.Length + b.Length);

        Assert.AreEqual(SimTelegrams.Ascii(a) + SimTelegrams.Ascii(b), SimTelegrams.Ascii(got));
        Assert.AreEqual(SourceState.Open, source.State);
        Assert.AreEqual(1, source.Connects);
    }

    [TestMethod]
    [Timeout(15000, CooperativeCancellation = true)]
    public void Read_ServerClosesConnection_ReconnectsAndReadsAgain()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(2);
        int port = ((IPEndPoint)listener.LocalEndPoint).Port;
        using var source = new TcpSource("127.0.0.1", port, minReconnectDelayMs: 50, maxReconnectDelayMs: 200);

        using (Socket first = listener.Accept())
        {
            first.Send(new byte[] { (byte)'/', (byte)'A' });
            CollectionAssert.AreEqual(new byte[] { (byte)'/', (byte)'A' }, SourceReads.ReadExactly(source, 2));
        }

        Assert.IsTrue(listener.Poll(5_000_000, SelectMode.SelectRead), "source reconnects within 5 s");
        using Socket second = listener.Accept();
        second.Send(new byte[] { (byte)'!' });

        CollectionAssert.AreEqual(new byte[] { (byte)'!' }, SourceReads.ReadExactly(source, 1));
        Assert.AreEqual(2, source.Connects);
        Assert.IsTrue(source.Disconnects >= 1);
    }

    [TestMethod]
    public void Read_NobodyListening_RetryingAndZero()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint).Port;
        }

        using var source = new TcpSource("127.0.0.1", port, minReconnectDelayMs: 50);

        Assert.IsTrue(SourceReads.WaitFor(() => source.State == SourceState.Retrying), source.Describe());
        Assert.AreEqual(0, source.Read(new byte[8], 0, 8));
        StringAssert.Contains(source.Describe(), "ConnectionRefused");
    }

    [TestMethod]
    public void Read_NoReconnectAndPeerCloses_DrainsThenMinusOne()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        using var source = new TcpSource("127.0.0.1", ((IPEndPoint)listener.LocalEndPoint).Port, reconnect: false);
        using (Socket server = listener.Accept())
        {
            server.Send(new byte[] { 1, 2, 3 });
            server.Shutdown(SocketShutdown.Send);
        }

        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, SourceReads.ReadToEnd(source));
        Assert.AreEqual(SourceState.Ended, source.State);
    }
}
