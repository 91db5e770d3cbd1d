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
    public class DiscoveryDocument_HomeAssistant_Tests
    {
        private const string EnergyTopic = "homeassistant/sensor/meter1/energy_delivered_tariff1_kwh/config";

        private static Outbox Online(out TelemetryPublisher publisher)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            publisher = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, null, "1.2.3");
            publisher.OnReading(TelemetryFixtures.Basic(0.123), 1000);
            publisher.OnOnline(2000);
            return o;
        }

        private static void Has(string json, string member)
        {
            Assert.IsTrue(json.IndexOf(member) > 0, "missing " + member + " in " + json);
        }

        [TestMethod]
        public void OnOnline_FirstTime_AnnouncesEveryFieldRetained()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            Assert.AreEqual(4, o.Count);
            Assert.AreEqual(3, (int)p.DiscoveryPublished);
            for (int i = 1; i < 4; i++)
            {
                Assert.AreEqual(MessageKind.Discovery, o.At(i).Kind);
                Assert.IsTrue(o.At(i).Retain);
                Assert.AreEqual(1, o.At(i).Qos);
            }
        }

        [TestMethod]
        public void Discovery_Counter_IsGoldenDocument()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            Assert.AreEqual(
                "{\"name\":\"Energy delivered tariff1\",\"unique_id\":\"meter1_energy_delivered_tariff1_kwh\",\"state_topic\":\"nodemqtt/meter1/state\"," +
                "\"value_template\":\"{{ value_json.energy_delivered_tariff1_kwh }}\",\"unit_of_measurement\":\"kWh\",\"device_class\":\"energy\"," +
                "\"state_class\":\"total_increasing\",\"availability_topic\":\"nodemqtt/meter1/status\",\"payload_available\":\"online\"," +
                "\"payload_not_available\":\"offline\",\"device\":{\"identifiers\":[\"meter1\"],\"name\":\"meter1\",\"manufacturer\":\"NodeMqtt\"," +
                "\"model\":\"ISK5\\\\2M550T-1012\",\"sw_version\":\"1.2.3\"}}",
                TelemetryFixtures.Find(o, EnergyTopic));
        }

        [TestMethod]
        public void Discovery_Measurement_FieldByField()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            string d = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/power_delivered_kw/config");
            Has(d, "\"name\":\"Power delivered\"");
            Has(d, "\"unique_id\":\"meter1_power_delivered_kw\"");
            Has(d, "\"state_topic\":\"nodemqtt/meter1/state\"");
            Has(d, "\"value_template\":\"{{ value_json.power_delivered_kw }}\"");
            Has(d, "\"unit_of_measurement\":\"kW\"");
            Has(d, "\"device_class\":\"power\"");
            Has(d, "\"state_class\":\"measurement\"");
            Has(d, "\"availability_topic\":\"nodemqtt/meter1/status\"");
            Has(d, "\"payload_available\":\"online\"");
            Has(d, "\"payload_not_available\":\"offline\"");
            Has(d, "\"identifiers\":[\"meter1\"]");
            Has(d, "\"manufacturer\":\"NodeMqtt\"");
            Has(d, "\"sw_version\":\"1.2.3\"");
        }

        [TestMethod]
        public void Discovery_GasAndText_UseHaUnitAndOmitStateClass()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            TelemetryPublisher p = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, null, "1.2.3");
            p.OnOnline(0);
            Assert.AreEqual(0, o.Count);
            Reading r = new Reading();
            r.Add(TelemetryFixtures.Gas, 1.0, null, 0);
            r.Add(TelemetryFixtures.Message, 0, "hi", 0);
            p.OnReading(r, 1000); // fields first seen after online are announced as they appear
            string gas = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/gas_delivered_m3/config");
            Has(gas, "\"unit_of_measurement\":\"m\u00b3\"");
            Has(gas, "\"device_class\":\"gas\"");
            Has(gas, "\"name\":\"Gas delivered\"");
            string text = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/text_message/config");
            Assert.IsTrue(text.IndexOf("state_class") < 0);
            Assert.IsTrue(text.IndexOf("unit_of_measurement") < 0);
            Assert.IsTrue(text.IndexOf("device_class") < 0);
        }

        [TestMethod]
        public void OnMessage_HomeAssistantOnline_RepublishesDiscoveryAndState()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            TelemetryFixtures.DrainAll(o, 3000);
            p.OnMessage("homeassistant/status", TelemetryFixtures.Bytes("offline"), 3500);
            Assert.AreEqual(0, o.Count);
            p.OnMessage("homeassistant/status", TelemetryFixtures.Bytes("online"), 4000);
            Assert.AreEqual(3, o.Count);
            p.OnReading(TelemetryFixtures.Basic(0.123), 4500); // unchanged, but state is re-sent
            Assert.AreEqual(1, TelemetryFixtures.CountOn(o, "nodemqtt/meter1/state"));
        }

        [TestMethod]
        public void OnOnline_SecondTime_DoesNotRepeatDiscovery()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            TelemetryFixtures.DrainAll(o, 3000);
            p.OnOnline(4000);
            Assert.AreEqual(0, o.Count);
        }
    }
}
