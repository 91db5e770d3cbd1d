#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class SharedAttributes_Config_Tests
    {
        private static void Contains(string text, string part)
        {
            Assert.IsTrue(text != null && text.IndexOf(part) >= 0, "expected '" + part + "' in: " + text);
        }

        private static TelemetryPublisher Make(Outbox o, TelemetryConfig c)
        {
            TopicProfile profile = TopicProfile.Create(c, "meter1");
            TelemetryPublisher p = new TelemetryPublisher(c, profile, o, "1.2.3");
            p.ApplySettingsWith(new CommandProcessor(c, profile, new TelemetryCommandTarget()));
            return p;
        }

        [TestMethod]
        public void OnMessage_ResponseToRequest_AppliesSharedSettings()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("thingsboard");
            TelemetryPublisher p = Make(o, c);
            int action = p.OnMessage("v1/devices/me/attributes/response/1",
                TelemetryFixtures.Bytes("{\"shared\":{\"min_interval_ms\":10000,\"history_mode\":true,\"color\":\"red\"}}"), 100);
            Assert.AreEqual(CommandAction.Set, action);
            Assert.AreEqual(10000, c.MinIntervalMs);
            Assert.IsTrue(c.HistoryMode);
            Assert.AreEqual("{\"config_result\":\"ok min_interval_ms=10000; ok history_mode=on\"}", TelemetryFixtures.Find(o, "v1/devices/me/attributes"));
        }

        [TestMethod]
        public void OnMessage_InvalidUpdate_RefusedLikeSetAndNothingChanges()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("thingsboard");
            TelemetryPublisher p = Make(o, c);
            p.OnMessage("v1/devices/me/attributes", TelemetryFixtures.Bytes("{\"max_interval_ms\":5,\"per_field_topics\":true}"), 100);
            Assert.AreEqual(300000, c.MaxIntervalMs);
            Assert.IsFalse(c.PerFieldTopics);
            string result = TelemetryFixtures.Find(o, "v1/devices/me/attributes");
            Contains(result, "error: telemetry.max_interval_ms: must be 1000..86400000");
            Contains(result, "error: telemetry.per_field_topics: not available with the thingsboard profile");
            Assert.AreEqual(2L, p.Shared.Refused);
        }

        [TestMethod]
        public void OnMessage_OwnClientAttributesEchoed_AreIgnored()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("thingsboard");
            TelemetryPublisher p = Make(o, c);
            Assert.AreEqual(CommandAction.None, p.OnMessage("v1/devices/me/attributes", TelemetryFixtures.Bytes("{\"online\":true}"), 100));
            Assert.AreEqual(CommandAction.None, p.OnMessage("v1/devices/me/attributes", TelemetryFixtures.Bytes("{\"diag\":{\"link\":{\"x\":[1,2]}}}"), 100));
            Assert.AreEqual(CommandAction.None, p.OnMessage("v1/devices/me/attributes", TelemetryFixtures.Bytes("not json"), 100));
            Assert.AreEqual(0, o.Count);
        }

        [TestMethod]
        public void OnMessage_GenericProfile_AttributesTopicIsNotConfiguration()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            TelemetryPublisher p = Make(o, c);
            p.OnMessage("v1/devices/me/attributes", TelemetryFixtures.Bytes("{\"min_interval_ms\":10000}"), 100);
            Assert.AreEqual(0, c.MinIntervalMs);
        }
    }
}
