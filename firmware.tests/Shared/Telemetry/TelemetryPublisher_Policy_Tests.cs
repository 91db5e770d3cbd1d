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
    public class TelemetryPublisher_Policy_Tests
    {
        private static TelemetryPublisher Make(TelemetryConfig c, Outbox o)
        {
            return new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
        }

        private static TelemetryConfig Config(int minMs, int maxMs)
        {
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            c.MinIntervalMs = minMs;
            c.MaxIntervalMs = maxMs;
            return c;
        }

        [TestMethod]
        public void OnReading_Unchanged_PublishesOnlyAtMaxInterval()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make(Config(0, 10000), o);
            for (long t = 0; t <= 20000; t += 1000) p.OnReading(TelemetryFixtures.Basic(0.5), t);
            Assert.AreEqual(3, (int)p.StatesPublished); // t = 0, 10000, 20000
            Assert.AreEqual(18, (int)p.ReadingsSkipped);
        }

        [TestMethod]
        public void OnReading_Changed_PublishesEveryChange()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make(Config(0, 300000), o);
            p.OnReading(TelemetryFixtures.Basic(0.5), 0);
            p.OnReading(TelemetryFixtures.Basic(0.6), 1000);
            p.OnReading(TelemetryFixtures.Basic(0.6), 2000);
            p.OnReading(TelemetryFixtures.Basic(0.7), 3000);
            Assert.AreEqual(3, (int)p.StatesPublished);
        }

        [TestMethod]
        public void OnReading_ChangeBelowPrintedDecimals_IsNotAChange()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make(Config(0, 300000), o);
            p.OnReading(TelemetryFixtures.Basic(0.5), 0);
            p.OnReading(TelemetryFixtures.Basic(0.5002), 1000);
            Assert.AreEqual(1, (int)p.StatesPublished);
        }

        [TestMethod]
        public void OnReading_ChangesFasterThanMinInterval_AreHeldBack()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make(Config(5000, 300000), o);
            for (int i = 0; i <= 10; i++) p.OnReading(TelemetryFixtures.Basic(0.1 * i), i * 1000);
            Assert.AreEqual(3, (int)p.StatesPublished); // t = 0, 5000, 10000
            Assert.IsTrue(TelemetryFixtures.Find(o, "nodemqtt/meter1/state").IndexOf("\"power_delivered_kw\":1.000") > 0);
        }

        [TestMethod]
        public void OnReading_StateTopic_CoalescesToLatestInOutbox()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make(Config(0, 300000), o);
            p.OnReading(TelemetryFixtures.Basic(0.1), 0);
            p.OnReading(TelemetryFixtures.Basic(0.2), 1000);
            Assert.AreEqual(1, o.Count);
            Assert.AreEqual(1, (int)o.Counters.Coalesced);
        }

        [TestMethod]
        public void OnReading_PerFieldTopics_OnlyChangedFieldsUntilMaxInterval()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = Config(0, 10000);
            c.PerFieldTopics = true;
            TelemetryPublisher p = Make(c, o);
            p.OnReading(TelemetryFixtures.Basic(0.1), 0);
            Assert.AreEqual(3, (int)p.FieldsPublished);
            p.OnReading(TelemetryFixtures.Basic(0.2), 1000);
            Assert.AreEqual(4, (int)p.FieldsPublished); // only power changed
            p.OnReading(TelemetryFixtures.Basic(0.2), 10000);
            Assert.AreEqual(6, (int)p.FieldsPublished); // energy and voltage reach max interval
        }

        [TestMethod]
        public void OnReading_SettingsChangedLive_ApplyAtNextReading()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = Config(0, 300000);
            TelemetryPublisher p = Make(c, o);
            p.OnReading(TelemetryFixtures.Basic(0.1), 0);
            c.MinIntervalMs = 60000;
            p.OnReading(TelemetryFixtures.Basic(0.2), 1000);
            Assert.AreEqual(1, (int)p.StatesPublished);
        }
    }
}
