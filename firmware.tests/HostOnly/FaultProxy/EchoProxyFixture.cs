using Microsoft.VisualStudio.TestTools.UnitTesting;
using Proxy = NodeMqtt.FaultProxy.FaultProxy;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>An in-process echo server with the fault proxy in front of it, new for every test.</summary>
public abstract class EchoProxyFixture
{
    protected EchoServer _echo;
    protected Proxy _proxy;

    [TestInitialize]
    public void StartEchoAndProxy()
    {
        _echo = new EchoServer();
        _proxy = new Proxy(TestSockets.AnyLoopbackPort, _echo.EndPoint);
        _proxy.Start();
    }

    [TestCleanup]
    public void StopProxyAndEcho()
    {
        _proxy?.Dispose();
        _echo?.Dispose();
    }
}
