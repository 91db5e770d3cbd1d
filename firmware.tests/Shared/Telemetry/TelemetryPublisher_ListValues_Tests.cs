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
    /// <summary>The power failure log and the peak history are JSON lists of {time, value}, not one long string (issue 9).</summary>
    [TestClass]
    public class TelemetryPublisher_ListValues_Tests
    {
        private static string State(Reading r)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("generic");
            new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, null, "1.2.3").OnReading(r, 1000);
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
    }
}
