#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Meter;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.NodeHealth
{
    [TestClass]
    public class Node_MeterHealth_Tests
    {
        private static void Contains(string text, string part)
        {
            Assert.IsTrue(text != null && text.IndexOf(part) >= 0, "expected '" + part + "' in: " + text);
        }

        private const string MeterTopic = "nodemqtt/n1/meter";
        private const string HealthTopic = "nodemqtt/n1/health";

        private sealed class Rig
        {
            public readonly FakeSessionFactory Factory = new FakeSessionFactory();
            public readonly RecordingLog Log = new RecordingLog();
            public readonly MemoryStore Store = new MemoryStore();
            public readonly NodeMqtt.Node Node;
            public readonly NodeConfig Config = new NodeConfig();
            private readonly byte[] _telegram = MeterTestBytes.Of(GoldenTelegrams.Dsmr50SinglePhase);
            public long Now;

            public Rig(string profile)
            {
                NodeConfig c = Config;
                c.NodeId = "n1";
                c.Telemetry.Profile = profile;
                Node = new NodeMqtt.Node(c, Factory, new FakeLink(), Store, new FakeSystem(), Log, 7);
                Node.Start(0);
            }

            // Ticks every 100 ms until toMs, a telegram every second when sending; the broker accepts and acks everything.
            public void Run(long toMs, bool sending)
            {
                for (; Now < toMs; Now += 100)
                {
                    if (sending && Now % 1000 == 0) Node.OnMeterBytes(_telegram, 0, _telegram.Length, Now);
                    Factory.NowMs = Now;
                    Node.Tick(Now);
                    FakeSession s = Factory.Sessions.Count == 0 ? null : (FakeSession)Factory.Sessions[Factory.Sessions.Count - 1];
                    if (s != null && s.Opened && !s.Connected && !s.Closed) s.FireConnected(false);
                    if (s != null && s.Connected) s.AckAll();
                }
            }

            public FakeSession Session
            {
                get { return (FakeSession)Factory.Sessions[Factory.Sessions.Count - 1]; }
            }

            public string Last(string topic)
            {
                FakeSession s = Session;
                for (int i = s.Published.Count - 1; i >= 0; i--)
                {
                    PublishRecord r = s.PublishedAt(i);
                    if (r.Topic == topic) return r.Payload;
                }

                return null;
            }
        }

        [TestMethod]
        public void MeterStops_OfflineRetainedAndLogged_ResumesOnline()
        {
            Rig r = new Rig("homeassistant");
            r.Run(10000, true);
            Assert.AreEqual("online", r.Last(MeterTopic));
            Contains(r.Last(HealthTopic), "\"meter_state\":\"online\"");

            r.Run(25000, false);
            Assert.AreEqual("offline", r.Last(MeterTopic));
            Assert.AreEqual(1, r.Log.CountContaining("meter silent: no valid telegram for 10 s: no bytes at all"));
            Contains(r.Last(HealthTopic), "\"meter_state\":\"silent\"");
            Contains(r.Node.StatusLine(r.Now), "meter silent");
            Contains(r.Node.DiagJson(r.Now), "\"silences\":1");

            r.Run(30000, true);
            Assert.AreEqual("online", r.Last(MeterTopic));
            Assert.AreEqual(1, r.Log.CountContaining("meter back"));
        }

        [TestMethod]
        public void MeterTopic_IsRetained()
        {
            Rig r = new Rig("generic");
            r.Run(5000, true);
            FakeSession s = r.Session;
            for (int i = 0; i < s.Published.Count; i++)
            {
                PublishRecord p = s.PublishedAt(i);
                if (p.Topic == MeterTopic || p.Topic == HealthTopic) Assert.IsTrue(p.Retain, p.Topic);
            }

            Assert.IsNotNull(r.Last(MeterTopic));
        }

        [TestMethod]
        public void ThingsBoard_HealthAttributesCarryMeterAndRepeatAtInterval()
        {
            Rig r = new Rig("thingsboard");
            r.Run(5000, true);
            int before = r.Session.CountPublished("v1/devices/me/attributes");
            r.Run(5000 + 61000, true);
            Assert.IsTrue(r.Session.CountPublished("v1/devices/me/attributes") > before, "liveness: attributes keep coming");
            string health = null;
            FakeSession s = r.Session;
            for (int i = s.Published.Count - 1; i >= 0 && health == null; i--)
            {
                PublishRecord p = s.PublishedAt(i);
                if (p.Topic == "v1/devices/me/attributes" && p.Payload.IndexOf("link_state") >= 0) health = p.Payload;
            }

            Assert.IsNotNull(health);
            Contains(health, "\"meter_online\":true");
            Contains(health, "\"drops_24h\":0");
            Contains(health, "\"last_drop_cause\":\"none\"");
        }

        [TestMethod]
        public void ThingsBoard_SharedAttributesResponse_AppliedThroughSetValidation()
        {
            Rig r = new Rig("thingsboard");
            r.Run(3000, true);
            Assert.IsTrue(r.Session.CountPublished("v1/devices/me/attributes/request/1") >= 1, "shared attributes requested on connect");
            r.Session.FireMessage("v1/devices/me/attributes/response/1",
                System.Text.Encoding.UTF8.GetBytes("{\"shared\":{\"min_interval_ms\":5000,\"max_interval_ms\":10}}"));
            r.Run(4000, true);
            Assert.AreEqual(5000, r.Config.Telemetry.MinIntervalMs);
            Assert.AreEqual(300000, r.Config.Telemetry.MaxIntervalMs);
            Contains(r.Last("v1/devices/me/attributes"), "config_result");
        }
    }
}
