#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Supervision.Fakes;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Commands
{
    [TestClass]
    public class Node_CommandPath_Tests
    {
        private const string Cmd = "nodemqtt/n1/cmd";

        private FakeSessionFactory _factory;
        private long _now;

        private Node OnlineNode()
        {
            NodeConfig config = new NodeConfig();
            config.NodeId = "n1";
            _factory = new FakeSessionFactory();
            FakeSystem system = new FakeSystem();
            system.Clock = _factory;
            FakeLink link = new FakeLink();
            link.Clock = _factory;
            Node node = new Node(config, _factory, link, new MemoryStore(), system, new RecordingLog(), 7);
            node.Start(_now);
            for (int i = 0; i < 100 && _factory.Last == null; i++) Tick(node);
            Assert.IsNotNull(_factory.Last, "no session");
            _factory.Last.FireConnected(false);
            for (int i = 0; i < 5; i++)
            {
                Tick(node);
                _factory.Last.AckAll();
            }

            Assert.AreEqual("Online", node.Supervisor.StateName);
            return node;
        }

        private void Tick(Node node)
        {
            _now += 50;
            _factory.NowMs = _now;
            node.Tick(_now);
        }

        [TestMethod]
        public void Flood_HundredPerSecond_NeverTouchesTheOutbox()
        {
            Node node = OnlineNode();
            long enqueued = node.Outbox.Counters.Enqueued;
            for (int i = 0; i < 2000; i++)
            {
                _factory.Last.FireMessage(Cmd, TelemetryFixtures.Bytes("bogus " + i.ToString()));
                if (i % 5 == 0)
                {
                    Tick(node);
                    _factory.Last.AckAll();
                }
            }

            Assert.AreEqual(enqueued, node.Outbox.Counters.Enqueued);
            Assert.AreEqual(0L, node.Outbox.Counters.DroppedFull);
            // 20 s at 60 a minute with a burst of 5: 25 answered, the rest counted and dropped.
            Assert.AreEqual(1, _factory.Count);
            Assert.AreEqual(2000L, node.Commands.Received);
            Assert.AreEqual(25L, node.Commands.Processor.Rejected);
            Assert.AreEqual(1975L, node.Commands.RateLimited);
            Assert.IsTrue(node.Commands.RepliesHeld <= 8);
        }

        [TestMethod]
        public void Reconnect_ByCommand_WaitsUntilItsAnswerIsAcknowledged()
        {
            Node node = OnlineNode();
            FakeSession first = _factory.Last;
            first.FireMessage(Cmd, TelemetryFixtures.Bytes("reconnect"));
            for (int i = 0; i < 20; i++) Tick(node);
            Assert.IsFalse(first.Closed, "the session ended before the answer was acknowledged");
            Assert.AreEqual(1, first.CountPublished(Cmd + "/result"));
            first.AckAll();
            Tick(node);
            Tick(node);
            Assert.IsTrue(first.Closed, "the reconnect did not happen once the answer was acknowledged");
        }
    }
}
