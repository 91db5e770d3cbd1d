#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>The DSMR 4.2 Kaifa golden telegram: every field.</summary>
    [TestClass]
    public class DsmrParser_Dsmr42_Tests
    {
        [TestMethod]
        public void Parse_Dsmr42Kaifa_EveryField()
        {
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(GoldenTelegrams.Dsmr42, 5);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Reading r = h.Sink.Last;
            Assert.AreEqual("KFM5KAIFA-METER", r.Header);
            MeterAsserts.Number(r, "p1_version", 42, null);                                   // 1-3:0.2.8(42)
            Assert.AreEqual(1479067077000L, r.MeterTimeUtcMs);                                 // 0-0:1.0.0(161113205757W)
            MeterAsserts.Text(r, "equipment_id", "E0027000010033116");                         // 0-0:96.1.1
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 1581.123, "kWh");          // 1-0:1.8.1
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 1435.706, "kWh");          // 1-0:1.8.2
            MeterAsserts.Number(r, "energy_returned_tariff1_kwh", 0, "kWh");                  // 1-0:2.8.1
            MeterAsserts.Number(r, "energy_returned_tariff2_kwh", 0, "kWh");                  // 1-0:2.8.2
            MeterAsserts.Number(r, "tariff_indicator", 2, null);                              // 0-0:96.14.0
            MeterAsserts.Number(r, "power_delivered_kw", 2.027, "kW");                        // 1-0:1.7.0
            MeterAsserts.Number(r, "power_returned_kw", 0, "kW");                             // 1-0:2.7.0
            MeterAsserts.Number(r, "power_failures", 15, null);                               // 0-0:96.7.21
            MeterAsserts.Number(r, "long_power_failures", 7, null);                           // 0-0:96.7.9
            MeterAsserts.Number(r, "power_failure_log_count", 1, null);                       // 1-0:99.97.0(1)…
            MeterAsserts.List(r, "power_failure_log", 1);
            MeterAsserts.Item(r, "power_failure_log", 0, 1458063739000L, 310);
            MeterAsserts.Number(r, "voltage_sags_l1", 0, null);                               // 1-0:32.32.0
            MeterAsserts.Number(r, "voltage_sags_l2", 0, null);                               // 1-0:52.32.0
            MeterAsserts.Number(r, "voltage_sags_l3", 0, null);                               // 1-0:72.32.0
            MeterAsserts.Number(r, "voltage_swells_l1", 0, null);                             // 1-0:32.36.0
            MeterAsserts.Number(r, "voltage_swells_l2", 0, null);                             // 1-0:52.36.0
            MeterAsserts.Number(r, "voltage_swells_l3", 0, null);                             // 1-0:72.36.0
            MeterAsserts.Text(r, "text_message_code", "");                                    // 0-0:96.13.1()
            MeterAsserts.Text(r, "text_message", "");                                         // 0-0:96.13.0()
            MeterAsserts.Number(r, "current_l1_a", 0, "A");                                   // 1-0:31.7.0
            MeterAsserts.Number(r, "current_l2_a", 6, "A");                                   // 1-0:51.7.0
            MeterAsserts.Number(r, "current_l3_a", 2, "A");                                   // 1-0:71.7.0
            MeterAsserts.Number(r, "power_delivered_l1_kw", 0.170, "kW");                     // 1-0:21.7.0
            MeterAsserts.Number(r, "power_returned_l1_kw", 0, "kW");                          // 1-0:22.7.0
            MeterAsserts.Number(r, "power_delivered_l2_kw", 1.247, "kW");                     // 1-0:41.7.0
            MeterAsserts.Number(r, "power_returned_l2_kw", 0, "kW");                          // 1-0:42.7.0
            MeterAsserts.Number(r, "power_delivered_l3_kw", 0.209, "kW");                     // 1-0:61.7.0
            MeterAsserts.Number(r, "power_returned_l3_kw", 0, "kW");                          // 1-0:62.7.0
            MeterAsserts.Number(r, "mbus1_device_type", 3, null);                             // 0-1:24.1.0
            MeterAsserts.Text(r, "mbus1_equipment_id", "G0032561281546215");                  // 0-1:96.1.0
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 981.443, "m3", 1479063600000L);      // 0-1:24.2.1(161113200000W)
            MeterAsserts.Absent(r, "voltage_l1_v");
            Assert.AreEqual(34, r.Count);                                                      // 33 lines + log count
        }
    }
}
