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
        // Health sensors without the Wi-Fi signal (the fixtures' link reports none), plus two buttons.
        private const int NodeEntities = HealthEntities.Count - 1 + 2;

        private static Outbox Online(out TelemetryPublisher publisher)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            publisher = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
            publisher.OnReading(TelemetryFixtures.Basic(0.123), 1000);
            publisher.OnOnline(2000);
            return o;
        }

        private static void Has(string json, string member)
        {
            Assert.IsTrue(json.IndexOf(member) > 0, "missing " + member + " in " + json);
        }

        [TestMethod]
        public void OnOnline_FirstTime_AnnouncesEveryFieldAndNodeEntityRetained()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            Assert.AreEqual(1 + 3 + NodeEntities, o.Count);
            Assert.AreEqual(3 + NodeEntities, (int)p.DiscoveryPublished);
            for (int i = 1; i < o.Count; i++)
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
                "\"state_class\":\"total_increasing\",\"expire_after\":600," +
                "\"availability\":[{\"topic\":\"nodemqtt/meter1/status\",\"payload_available\":\"online\",\"payload_not_available\":\"offline\"}," +
                "{\"topic\":\"nodemqtt/meter1/meter\",\"payload_available\":\"online\",\"payload_not_available\":\"offline\"}],\"availability_mode\":\"all\"," +
                "\"device\":{\"identifiers\":[\"meter1\"],\"name\":\"meter1\",\"manufacturer\":\"Iskraemeco\"," +
                "\"model\":\"M550T-1012\",\"sw_version\":\"1.2.3\"}}",
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
            Has(d, "\"availability_mode\":\"all\"");
            Has(d, "\"topic\":\"nodemqtt/meter1/meter\"");
            Has(d, "\"identifiers\":[\"meter1\"]");
            Has(d, "\"sw_version\":\"1.2.3\"");
            Assert.IsTrue(d.IndexOf("entity_category") < 0, "a reading is not a diagnostic entity");
        }

        [TestMethod]
        public void Discovery_GasAndText_UseHaUnitAndShortTextState()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            TelemetryPublisher p = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
            p.OnOnline(0);
            Assert.AreEqual(NodeEntities, o.Count);
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
            Has(text, "truncate(250, true");
            Has(text, "\"json_attributes_topic\":\"nodemqtt/meter1/state\"");
            Has(text, "\"json_attributes_template\":\"{{ {'text_message': value_json.text_message | default('')} | tojson }}\"");
        }

        [TestMethod]
        public void Discovery_NodeHealthAndButtons_AreDiagnosticAndConfig()
        {
            TelemetryPublisher p;
            Outbox o = Online(out p);
            string link = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/link_state/config");
            Has(link, "\"state_topic\":\"nodemqtt/meter1/health\"");
            Has(link, "\"entity_category\":\"diagnostic\"");
            Assert.IsTrue(link.IndexOf("nodemqtt/meter1/meter") < 0, "node health does not depend on the meter");
            string uptime = TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/uptime_s/config");
            Has(uptime, "\"device_class\":\"duration\"");
            Has(uptime, "\"unit_of_measurement\":\"s\"");
            string reboot = TelemetryFixtures.Find(o, "homeassistant/button/meter1/reboot/config");
            Has(reboot, "\"command_topic\":\"nodemqtt/meter1/cmd\"");
            Has(reboot, "\"payload_press\":\"reboot\"");
            Has(reboot, "\"device_class\":\"restart\"");
            string reconnect = TelemetryFixtures.Find(o, "homeassistant/button/meter1/reconnect/config");
            Has(reconnect, "\"payload_press\":\"reconnect\"");
            Assert.IsNull(TelemetryFixtures.Find(o, "homeassistant/sensor/meter1/wifi_signal_dbm/config"));
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
            Assert.AreEqual(3 + NodeEntities, o.Count);
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
