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
    /// <summary>Issue 9 values in telemetry: the power failure log and the peak history as JSON lists of {time, value}
    /// (not one long string), and lines under OBIS keys with their value and a readable discovery name.</summary>
    [TestClass]
    public class TelemetryPublisher_MeterValues_Tests
    {
        private static string State(Reading r)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3").OnReading(r, 1000);
            return TelemetryFixtures.Text(o.At(0).Payload);
        }

        [TestMethod]
        public void OnReading_PowerFailureLog_WrittenAsTimeDurationList()
        {
            Reading r = new Reading();
            int mark = r.ItemsUsed;
            r.AddItem(1767323045000L, 240);
            r.AddItem(0, 301);
            r.AddList(DsmrFields.PowerFailureLog, mark);
            Assert.AreEqual("{\"power_failure_log\":[{\"time\":\"2026-01-02T03:04:05Z\",\"duration_s\":240},{\"time\":null,\"duration_s\":301}]}", State(r));
        }

        [TestMethod]
        public void OnReading_PeakHistory_WrittenAsTimeKwList()
        {
            Reading r = new Reading();
            int mark = r.ItemsUsed;
            r.AddItem(1767323045000L, 3.695);
            r.AddList(DsmrFields.MaximumDemandHistory, mark);
            r.Add(DsmrFields.PowerDelivered, 0.5, null, 0);
            Assert.AreEqual("{\"maximum_demand_13_months\":[{\"time\":\"2026-01-02T03:04:05Z\",\"kw\":3.695}],\"power_delivered_kw\":0.500}", State(r));
        }

        [TestMethod]
        public void OnReading_EmptyList_WrittenAsEmptyArray()
        {
            Reading r = new Reading();
            r.AddList(DsmrFields.PowerFailureLog, r.ItemsUsed);
            Assert.AreEqual("{\"power_failure_log\":[]}", State(r));
        }

        [TestMethod]
        public void OnReading_LineUnderObisKey_PublishedWithValue()
        {
            Reading r = new Reading();
            r.Add(new MeterField("1-0:23.7.0", "obis_1_0_23_7_0", "kvar", FieldKind.Measurement, 3, "reactive_power"), 0.25, null, 0);
            Assert.AreEqual("{\"obis_1_0_23_7_0\":0.250}", State(r));
        }

        [TestMethod]
        public void Discovery_LineUnderObisKey_NamedByItsCodeWithUnit()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            TelemetryPublisher p = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
            Reading r = new Reading();
            r.Add(new MeterField("1-0:23.7.0", "obis_1_0_23_7_0", "kvar", FieldKind.Measurement, 3, "reactive_power"), 0.25, null, 0);
            p.OnReading(r, 1000);
            p.OnOnline(2000);
            string doc = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/obis_1_0_23_7_0/config");
            Assert.IsTrue(doc.IndexOf("\"name\":\"OBIS 1-0:23.7.0\"") > 0, doc);
            Assert.IsTrue(doc.IndexOf("\"unit_of_measurement\":\"kvar\"") > 0, doc);
        }
    }
}
