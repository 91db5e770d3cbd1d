using System.Collections.Generic;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Ports;
using NodeMqtt.Scenarios.Infrastructure;
using NodeMqtt.VirtualBoard.Mqtt;

namespace NodeMqtt.Tests.EndToEnd.VirtualBoard;

/// <summary>
/// Core is single-threaded: a libmosquitto session must never call Core's listener from its loop thread.
/// Found the hard way: the host factory once passed Core's listener straight to the session, and under
/// load a PUBACK was handled before the publish that caused it was tracked (a false probe timeout).
/// </summary>
[TestClass]
[TestCategory("EndToEnd")]
public class MosquittoSession_Threading_Tests
{
    [TestMethod]
    [Timeout(30000)]
    public void Events_AreOnlyQueued_AndReachTheListenerOnTheDrainingThread()
    {
        using var broker = new Broker();
        var queue = new SessionEventQueue(16);
        var factory = new MosquittoSessionFactory(queue, new NullLog(), 10, null);
        var core = new RecordingListener();
        IMqttSession session = factory.Create(core);
        session.Open(new SessionOptions
        {
            Host = "127.0.0.1", Port = broker.Port, ClientId = "threading-test", KeepAliveSeconds = 30, CleanSession = true, ConnectTimeoutMs = 5000,
        });

        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains("Sending CONNACK to threading-test"), 10000) >= 0, broker.Log.Dump());
        int id = 0;
        for (int i = 0; i < 50 && id == 0; i++)
        {
            Thread.Sleep(100);
            id = session.Publish("threading/test", new byte[] { 1, 2, 3 }, 1, false);
        }

        Assert.IsTrue(id > 0, "publish accepted once connected");
        Assert.IsTrue(broker.Log.WaitFor(l => l.Contains("Sending PUBACK to threading-test"), 5000) >= 0, broker.Log.Dump());
        Thread.Sleep(300);
        Assert.AreEqual(0, core.Events.Count, "nothing may reach Core before the tick thread drains the queue");

        int drained = queue.Drain(core);
        Assert.IsTrue(drained >= 2, "connected and published were queued");
        CollectionAssert.Contains(core.Events, "connected");
        CollectionAssert.Contains(core.Events, "published " + id + " True");
        foreach (int t in core.Threads) Assert.AreEqual(Thread.CurrentThread.ManagedThreadId, t, "delivered on the draining thread");

        session.Close(true);
        Assert.IsTrue(factory.WaitIdle(5000), "session released its client");
    }

    private sealed class NullLog : ILog
    {
        public void Line(string component, string message) { }
    }

    private sealed class RecordingListener : IMqttSessionListener
    {
        public readonly List<string> Events = new();
        public readonly List<int> Threads = new();

        private void Add(string e)
        {
            lock (Events)
            {
                Events.Add(e);
                Threads.Add(Thread.CurrentThread.ManagedThreadId);
            }
        }

        public void OnConnected(IMqttSession session, bool sessionPresent, ConnackInfo info) => Add("connected");
        public void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode) => Add("failed " + ConnectFailureNames.Of(kind));
        public void OnPublished(IMqttSession session, int messageId, bool acknowledged, int reasonCode) => Add("published " + messageId + " " + acknowledged);
        public void OnSubscribed(IMqttSession session, int messageId, bool granted, int reasonCode) => Add("subscribed");
        public void OnMessage(IMqttSession session, string topic, byte[] payload) => Add("message " + topic);
        public void OnClosed(IMqttSession session, CloseKind kind, int reasonCode) => Add("closed " + CloseKindNames.Of(kind));
    }
}
