#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Setup;
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Setup.Fakes;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>The status page's meter row says what the node's meter health says, not what counters since boot suggest.</summary>
    [TestClass]
    public class StatusPage_Meter_Tests
    {
        private static string Page(Node node, long nowMs)
        {
            RecordingSink sink = new RecordingSink();
            sink.Begin(200, "text/html");
            PageWriter w = new PageWriter();
            w.Start(sink);
            StatusPage.Render(w, node, "n1", nowMs, -1);
            w.Finish();
            return sink.Text;
        }

        [TestMethod]
        public void MeterRow_NoTelegramYet_WaitingThenSilentWithTheNodesWords()
        {
            NodeConfig config = new NodeConfig();
            config.NodeId = "n1";
            FakeSessionFactory factory = new FakeSessionFactory();
            FakeSystem system = new FakeSystem();
            system.Clock = factory;
            FakeLink link = new FakeLink();
            link.Clock = factory;
            Node node = new Node(config, factory, link, new MemoryStore(), system, new RecordingLog(), 7);
            node.Start(0);
            node.Tick(100);
            Assert.IsTrue(Page(node, 100).IndexOf(node.MeterHealth.Describe(100)) >= 0);
            Assert.IsTrue(Page(node, 100).IndexOf("waiting for the first telegram") >= 0);

            long later = 100 + node.MeterHealth.TimeoutMs + 1000;
            factory.NowMs = later;
            node.Tick(later);
            string page = Page(node, later);
            Assert.IsTrue(page.IndexOf("silent ") >= 0, page);
            Assert.IsTrue(page.IndexOf("no bytes at all") >= 0, page); // the cause the node names, not "receiving telegrams"
        }
    }
}
