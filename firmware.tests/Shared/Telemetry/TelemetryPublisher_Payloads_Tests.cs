#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class TelemetryPublisher_Payloads_Tests
    {
        private const string GenericState =
            "{\"meter_time\":\"2026-01-02T03:04:05Z\",\"energy_delivered_tariff1_kwh\":1431.297,\"power_delivered_kw\":0.123,\"voltage_l1_v\":230.1}";

        private static TelemetryPublisher Make(string profile, Outbox outbox, TelemetryConfig config)
        {
            TopicProfile p = TopicProfile.Create(config, "meter1");
            return new TelemetryPublisher(config, p, outbox, "1.2.3");
        }

        [TestMethod]
        public void OnReading_Generic_EnqueuesGoldenStateDocument()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            Make("generic", o, c).OnReading(TelemetryFixtures.Basic(0.123), 1000);
            Assert.AreEqual(1, o.Count);
            Assert.AreEqual("nodemqtt/meter1/state", o.At(0).Topic);
            Assert.AreEqual(GenericState, TelemetryFixtures.Text(o.At(0).Payload));
            Assert.AreEqual(1, o.At(0).Qos);
            Assert.IsTrue(o.At(0).Retain);
            Assert.AreEqual(MessageKind.State, o.At(0).Kind);
        }

        [TestMethod]
        public void OnReading_ThingsBoard_EnqueuesTsValuesDocument()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("thingsboard");
            Make("thingsboard", o, c).OnReading(TelemetryFixtures.Basic(0.123), 1000);
            Assert.AreEqual("v1/devices/me/telemetry", o.At(0).Topic);
            Assert.AreEqual("{\"ts\":1767323045000,\"values\":{\"energy_delivered_tariff1_kwh\":1431.297,\"power_delivered_kw\":0.123,\"voltage_l1_v\":230.1}}",
                TelemetryFixtures.Text(o.At(0).Payload));
            Assert.IsFalse(o.At(0).Retain);
        }

        [TestMethod]
        public void OnReading_ThingsBoardWithoutMeterClock_EnqueuesBareValues()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            Reading r = new Reading();
            r.Add(TelemetryFixtures.Power, 1.5, null, 0);
            Make("thingsboard", o, TelemetryFixtures.Config("thingsboard")).OnReading(r, 1000);
            Assert.AreEqual("{\"power_delivered_kw\":1.500}", TelemetryFixtures.Text(o.At(0).Payload));
        }

        [TestMethod]
        public void OnReading_TextGasAndTimestamp_AreTypedAndEscaped()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            Reading r = new Reading();
            r.Add(TelemetryFixtures.Message, 0, "Storing \"net\"\r\n\u20ac", 0);
            r.Add(TelemetryFixtures.Gas, 12785.123, null, 1767322800000);
            r.Add(TelemetryFixtures.Tariff, 2, null, 0);
            r.Add(TelemetryFixtures.Tariff, 1, null, 0); // repeated field: first one wins, no duplicate key
            Make("generic", o, TelemetryFixtures.Config("generic")).OnReading(r, 1000);
            Assert.AreEqual("{\"text_message\":\"Storing \\\"net\\\"\\r\\n\u20ac\",\"gas_delivered_m3\":12785.123,\"gas_delivered_m3_time\":\"2026-01-02T03:00:00Z\",\"electricity_tariff\":2}",
                TelemetryFixtures.Text(o.At(0).Payload));
        }

        [TestMethod]
        public void OnReading_PerFieldTopics_EnqueuesPlainValues()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            c.PerFieldTopics = true;
            Make("generic", o, c).OnReading(TelemetryFixtures.Basic(0.123), 1000);
            Assert.AreEqual(4, o.Count);
            Assert.AreEqual("1431.297", TelemetryFixtures.Find(o, "nodemqtt/meter1/energy_delivered_tariff1_kwh"));
            Assert.AreEqual("0.123", TelemetryFixtures.Find(o, "nodemqtt/meter1/power_delivered_kw"));
            Assert.AreEqual("230.1", TelemetryFixtures.Find(o, "nodemqtt/meter1/voltage_l1_v"));
        }

        [TestMethod]
        public void OnReading_HistoryMode_EnqueuesHistoryKind()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            c.HistoryMode = true;
            TelemetryPublisher p = Make("generic", o, c);
            p.OnReading(TelemetryFixtures.Basic(0.1), 1000);
            p.OnReading(TelemetryFixtures.Basic(0.2), 2000);
            Assert.AreEqual(2, o.Count);
            Assert.AreEqual(MessageKind.History, o.At(0).Kind);
            Assert.IsTrue(TelemetryFixtures.Text(o.At(0).Payload).IndexOf("0.100") > 0);
            Assert.IsTrue(TelemetryFixtures.Text(o.At(1).Payload).IndexOf("0.200") > 0);
        }

        [TestMethod]
        public void PublishDiag_GenericAndThingsBoard_GoToDiagTopics()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            Make("generic", o, TelemetryFixtures.Config("generic")).PublishDiag("{\"drops\":3}", 5);
            Assert.AreEqual("nodemqtt/meter1/diag", o.At(0).Topic);
            Assert.AreEqual("{\"drops\":3}", TelemetryFixtures.Text(o.At(0).Payload));
            Assert.IsTrue(o.At(0).Retain);
            Assert.AreEqual(MessageKind.Diag, o.At(0).Kind);

            Outbox t = new Outbox(TelemetryFixtures.Roomy(), null, null);
            Make("thingsboard", t, TelemetryFixtures.Config("thingsboard")).PublishDiag("{\"drops\":3}", 5);
            Assert.AreEqual("v1/devices/me/attributes", t.At(0).Topic);
            Assert.AreEqual("{\"diag\":{\"drops\":3}}", TelemetryFixtures.Text(t.At(0).Payload));
        }

        [TestMethod]
        public void OnOnline_ThingsBoard_EnqueuesNodeAttributes()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryPublisher p = Make("thingsboard", o, TelemetryFixtures.Config("thingsboard"));
            p.OnReading(TelemetryFixtures.Basic(0.1), 1000);
            p.OnOnline(2000);
            Assert.AreEqual("{\"node\":\"meter1\",\"sw_version\":\"1.2.3\",\"model\":\"M550T-1012\",\"manufacturer\":\"Iskraemeco\",\"profile\":\"thingsboard\"}",
                TelemetryFixtures.Find(o, "v1/devices/me/attributes"));
            Assert.AreEqual(MessageKind.Attributes, o.At(1).Kind);
            Assert.AreEqual("{\"sharedKeys\":\"min_interval_ms,max_interval_ms,per_field_topics,history_mode\"}",
                TelemetryFixtures.Find(o, "v1/devices/me/attributes/request/1"));
        }

        [TestMethod]
        public void OnOnline_Generic_EnqueuesNothing()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            Make("generic", o, TelemetryFixtures.Config("generic")).OnOnline(5);
            Assert.AreEqual(0, o.Count);
        }
    }
}
