#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>The Belgian e-MUCS (Fluvius) golden telegram: every field, including the demand extras.</summary>
    [TestClass]
    public class DsmrParser_FluviusEmucs_Tests
    {
        [TestMethod]
        public void Parse_FluviusEmucs_EveryField()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(GoldenTelegrams.FluviusEmucs, 5);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Assert.AreEqual(0L, h.Reader.UnknownLines);
            Reading r = h.Sink.Last;
            Assert.AreEqual("FLU5\\253769484_A", r.Header);
            MeterAsserts.Number(r, "p1_version_be", 50217, null);                             // 0-0:96.1.4(50217)
            MeterAsserts.Text(r, "equipment_id", "1SAG3101021605");                            // 0-0:96.1.1
            Assert.AreEqual(1589284449000L, r.MeterTimeUtcMs);                                 // 0-0:1.0.0(200512135409S)
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 0.034, "kWh");             // 1-0:1.8.1
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 15.758, "kWh");            // 1-0:1.8.2
            MeterAsserts.Number(r, "energy_returned_tariff1_kwh", 0, "kWh");                  // 1-0:2.8.1
            MeterAsserts.Number(r, "energy_returned_tariff2_kwh", 0.011, "kWh");              // 1-0:2.8.2
            MeterAsserts.Number(r, "current_average_demand_kw", 2.351, "kW");                 // 1-0:1.4.0
            MeterAsserts.NumberAt(r, "maximum_demand_month_kw", 2.589, "kW", 1589024758000L); // 1-0:1.6.0(200509134558S)(02.589*kW)
            MeterAsserts.List(r, "maximum_demand_13_months", 3);                              // 0-0:98.1.0
            MeterAsserts.Item(r, "maximum_demand_13_months", 0, 1587662738000L, 3.695);
            MeterAsserts.Item(r, "maximum_demand_13_months", 1, 1583403699000L, 5.980);
            MeterAsserts.Item(r, "maximum_demand_13_months", 2, 1581303261000L, 4.318);
            MeterAsserts.Number(r, "tariff_indicator", 1, null);                              // 0-0:96.14.0
            MeterAsserts.Number(r, "power_delivered_kw", 0, "kW");                            // 1-0:1.7.0
            MeterAsserts.Number(r, "power_returned_kw", 0, "kW");                             // 1-0:2.7.0
            MeterAsserts.Number(r, "power_delivered_l1_kw", 0, "kW");                         // 1-0:21.7.0
            MeterAsserts.Number(r, "power_delivered_l2_kw", 0, "kW");                         // 1-0:41.7.0
            MeterAsserts.Number(r, "power_delivered_l3_kw", 0, "kW");                         // 1-0:61.7.0
            MeterAsserts.Number(r, "power_returned_l1_kw", 0, "kW");                          // 1-0:22.7.0
            MeterAsserts.Number(r, "power_returned_l2_kw", 0, "kW");                          // 1-0:42.7.0
            MeterAsserts.Number(r, "power_returned_l3_kw", 0, "kW");                          // 1-0:62.7.0
            MeterAsserts.Number(r, "voltage_l1_v", 234.7, "V");                               // 1-0:32.7.0
            MeterAsserts.Number(r, "voltage_l2_v", 234.7, "V");                               // 1-0:52.7.0
            MeterAsserts.Number(r, "voltage_l3_v", 234.7, "V");                               // 1-0:72.7.0
            MeterAsserts.Number(r, "current_l1_a", 0, "A");                                   // 1-0:31.7.0
            MeterAsserts.Number(r, "current_l2_a", 0, "A");                                   // 1-0:51.7.0
            MeterAsserts.Number(r, "current_l3_a", 0, "A");                                   // 1-0:71.7.0
            MeterAsserts.Number(r, "breaker_state", 1, null);                                 // 0-0:96.3.10
            MeterAsserts.Number(r, "limiter_threshold_kw", 999.9, "kW");                      // 0-0:17.0.0
            MeterAsserts.Number(r, "fuse_threshold_l1_a", 999, "A");                          // 1-0:31.4.0
            MeterAsserts.Text(r, "text_message", "");                                         // 0-0:96.13.0()
            MeterAsserts.Number(r, "mbus1_device_type", 3, null);                             // 0-1:24.1.0
            MeterAsserts.Text(r, "mbus1_equipment_id", "7FLO2119017052");                     // 0-1:96.1.1 (e-MUCS)
            MeterAsserts.Number(r, "mbus1_valve_position", 1, null);                          // 0-1:24.4.0
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 112.384, "m3", 1589283958000L);      // 0-1:24.2.3(200512134558S)
            Assert.AreEqual(33, r.Count);                                                      // one entry per line
        }

        [TestMethod]
        public void Parse_MaximumDemandValueBeforeTime_SameEntry()
        {
            // Some Belgian meters write (value)(time) (mhendriks/P1-Dongel-ESP32#87).
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(MeterTestBytes.WithCrc("/FLU5\\253769484_A\r\n\r\n1-0:1.6.0(08.796*kW)(260102010000W)\r\n!"), 5);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            MeterAsserts.NumberAt(h.Sink.Last, "maximum_demand_month_kw", 8.796, "kW", 1767312000000L); // 2026-01-02 01:00 CET
        }
    }
}
