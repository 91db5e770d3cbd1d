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
    public class TopicProfile_Topics_Tests
    {
        [TestMethod]
        public void Create_Generic_UsesPrefixNodeTopics()
        {
            TopicProfile p = TopicProfile.Create(TelemetryFixtures.Config("generic"), "meter1");
            Assert.AreEqual(ProfileKind.Generic, p.Kind);
            Assert.AreEqual("nodemqtt/meter1/status", p.StatusTopic);
            Assert.AreEqual("online", p.StatusOnlinePayload);
            Assert.AreEqual("offline", p.StatusOfflinePayload);
            Assert.AreEqual("nodemqtt/meter1/state", p.StateTopic);
            Assert.AreEqual("nodemqtt/meter1/diag", p.DiagTopic);
            Assert.AreEqual("nodemqtt/meter1/cmd", p.CommandTopic);
            Assert.AreEqual("nodemqtt/meter1/meter", p.MeterTopic);
            Assert.AreEqual("nodemqtt/meter1/health", p.HealthTopic);
            Assert.AreEqual("nodemqtt/meter1/power_delivered_kw", p.FieldTopic("power_delivered_kw"));
            Assert.AreEqual(1, p.Subscriptions.Length);
            Assert.AreEqual("nodemqtt/meter1/cmd", p.Subscriptions[0]);
            Assert.AreEqual("nodemqtt/meter1/cmd/result", p.ResultTopicFor("nodemqtt/meter1/cmd"));
            Assert.IsNull(p.ResultTopicFor("nodemqtt/meter1/state"));
            Assert.IsNull(p.AttributesTopic);
            Assert.IsFalse(p.UsesDiscovery);
        }

        [TestMethod]
        public void Create_HomeAssistant_AddsDiscoveryAndHaStatusSubscription()
        {
            TopicProfile p = TopicProfile.Create(TelemetryFixtures.Config("homeassistant"), "meter1");
            Assert.AreEqual(ProfileKind.HomeAssistant, p.Kind);
            Assert.AreEqual("nodemqtt/meter1/state", p.StateTopic);
            Assert.AreEqual("nodemqtt/meter1/status", p.StatusTopic);
            Assert.AreEqual(2, p.Subscriptions.Length);
            Assert.AreEqual("nodemqtt/meter1/cmd", p.Subscriptions[0]);
            Assert.AreEqual("homeassistant/status", p.Subscriptions[1]);
            Assert.AreEqual("homeassistant/sensor/meter1/gas_delivered_m3/config", p.DiscoveryTopic("gas_delivered_m3"));
            Assert.AreEqual("homeassistant/button/meter1/reboot/config", p.DiscoveryTopic("button", "reboot"));
            Assert.IsTrue(p.UsesDiscovery);
        }

        [TestMethod]
        public void Create_ThingsBoard_UsesDeviceApiTopics()
        {
            TopicProfile p = TopicProfile.Create(TelemetryFixtures.Config("thingsboard"), "meter1");
            Assert.AreEqual(ProfileKind.ThingsBoard, p.Kind);
            Assert.AreEqual("v1/devices/me/telemetry", p.StateTopic);
            Assert.AreEqual("v1/devices/me/attributes", p.StatusTopic);
            Assert.AreEqual("{\"online\":true}", p.StatusOnlinePayload);
            Assert.AreEqual("{\"online\":false}", p.StatusOfflinePayload);
            Assert.AreEqual("v1/devices/me/attributes", p.DiagTopic);
            Assert.AreEqual("v1/devices/me/attributes", p.AttributesTopic);
            Assert.AreEqual(3, p.Subscriptions.Length);
            Assert.AreEqual("v1/devices/me/rpc/request/+", p.Subscriptions[0]);
            Assert.AreEqual("v1/devices/me/attributes", p.Subscriptions[1]);
            Assert.AreEqual("v1/devices/me/attributes/response/+", p.Subscriptions[2]);
            Assert.IsTrue(p.IsSharedAttributesTopic("v1/devices/me/attributes/response/1"));
            Assert.IsFalse(p.IsSharedAttributesTopic("v1/devices/me/rpc/request/1"));
            Assert.IsNull(p.MeterTopic);
            Assert.AreEqual("v1/devices/me/attributes", p.HealthTopic);
            Assert.IsNull(p.FieldTopic("power_delivered_kw"));
            Assert.IsFalse(p.HasFieldTopics);
        }

        [TestMethod]
        public void ResultTopicFor_ThingsBoardRequest_AnswersOnSameId()
        {
            TopicProfile p = TopicProfile.Create(TelemetryFixtures.Config("thingsboard"), "meter1");
            Assert.AreEqual("v1/devices/me/rpc/response/42", p.ResultTopicFor("v1/devices/me/rpc/request/42"));
            Assert.IsNull(p.ResultTopicFor("v1/devices/me/rpc/request/"));
            Assert.IsNull(p.ResultTopicFor("v1/devices/me/rpc/request/4/2"));
            Assert.IsNull(p.ResultTopicFor("v1/devices/me/telemetry"));
        }

        [TestMethod]
        public void Create_CustomPrefix_IsUsedEverywhere()
        {
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            c.TopicPrefix = "home/p1";
            TopicProfile p = TopicProfile.Create(c, "n");
            Assert.AreEqual("home/p1/n/status", p.StatusTopic);
            Assert.AreEqual("home/p1/n/cmd/result", p.ResultTopicFor("home/p1/n/cmd"));
        }
    }
}
