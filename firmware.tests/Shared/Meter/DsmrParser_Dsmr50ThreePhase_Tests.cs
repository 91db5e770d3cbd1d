#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>The DSMR 5.0 three-phase golden telegram, end to end through MeterReader: every field.</summary>
    [TestClass]
    public class DsmrParser_Dsmr50ThreePhase_Tests
    {
        private static Reading Read()
        {
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(GoldenTelegrams.Dsmr50ThreePhase, 1000);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Assert.AreEqual(0L, h.Reader.UnknownLines);
            return h.Sink.Last;
        }

        [TestMethod]
        public void Parse_Dsmr50ThreePhase_HeaderVersionClockAndIds()
        {
            Reading r = Read();
            Assert.AreEqual("ISk5\\2MT382-1000", r.Header);
            MeterAsserts.Number(r, "p1_version", 50, null);                                   // 1-3:0.2.8(50)
            Assert.AreEqual(1291890620000L, r.MeterTimeUtcMs);                                 // 0-0:1.0.0(101209113020W) = 10:30:20 UTC
            MeterAsserts.NumberAt(r, "timestamp", 1291890620000.0, null, 1291890620000L);
            MeterAsserts.Text(r, "equipment_id", "K8EG004046395507");                          // 0-0:96.1.1 hex
            MeterAsserts.Number(r, "tariff_indicator", 2, null);                              // 0-0:96.14.0(0002)
            MeterAsserts.Text(r, "text_message", "Storing op 12-12 tussen 09:00 en 12:00 uur. Excuses voor het ongemak."); // 0-0:96.13.0
        }

        [TestMethod]
        public void Parse_Dsmr50ThreePhase_EnergyAndPower()
        {
            Reading r = Read();
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 123456.789, "kWh");        // 1-0:1.8.1
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 123456.789, "kWh");        // 1-0:1.8.2
            MeterAsserts.Number(r, "energy_returned_tariff1_kwh", 123456.789, "kWh");         // 1-0:2.8.1
            MeterAsserts.Number(r, "energy_returned_tariff2_kwh", 123456.789, "kWh");         // 1-0:2.8.2
            MeterAsserts.Number(r, "power_delivered_kw", 1.193, "kW");                        // 1-0:1.7.0
            MeterAsserts.Number(r, "power_returned_kw", 0, "kW");                             // 1-0:2.7.0
            MeterAsserts.Number(r, "power_delivered_l1_kw", 1.111, "kW");                     // 1-0:21.7.0
            MeterAsserts.Number(r, "power_delivered_l2_kw", 2.222, "kW");                     // 1-0:41.7.0
            MeterAsserts.Number(r, "power_delivered_l3_kw", 3.333, "kW");                     // 1-0:61.7.0
            MeterAsserts.Number(r, "power_returned_l1_kw", 4.444, "kW");                      // 1-0:22.7.0
            MeterAsserts.Number(r, "power_returned_l2_kw", 5.555, "kW");                      // 1-0:42.7.0
            MeterAsserts.Number(r, "power_returned_l3_kw", 6.666, "kW");                      // 1-0:62.7.0
        }

        [TestMethod]
        public void Parse_Dsmr50ThreePhase_VoltageCurrentQuality()
        {
            Reading r = Read();
            MeterAsserts.Number(r, "voltage_l1_v", 220.1, "V");                               // 1-0:32.7.0
            MeterAsserts.Number(r, "voltage_l2_v", 220.2, "V");                               // 1-0:52.7.0
            MeterAsserts.Number(r, "voltage_l3_v", 220.3, "V");                               // 1-0:72.7.0
            MeterAsserts.Number(r, "current_l1_a", 1, "A");                                   // 1-0:31.7.0
            MeterAsserts.Number(r, "current_l2_a", 2, "A");                                   // 1-0:51.7.0
            MeterAsserts.Number(r, "current_l3_a", 3, "A");                                   // 1-0:71.7.0
            MeterAsserts.Number(r, "power_failures", 4, null);                                // 0-0:96.7.21
            MeterAsserts.Number(r, "long_power_failures", 2, null);                           // 0-0:96.7.9
            MeterAsserts.Number(r, "power_failure_log_count", 2, null);                       // 1-0:99.97.0 count
            MeterAsserts.List(r, "power_failure_log", 2);
            MeterAsserts.Item(r, "power_failure_log", 0, 1291818255000L, 240);
            MeterAsserts.Item(r, "power_failure_log", 1, 1291817404000L, 301);
            MeterAsserts.Number(r, "voltage_sags_l1", 2, null);                               // 1-0:32.32.0
            MeterAsserts.Number(r, "voltage_sags_l2", 1, null);                               // 1-0:52.32.0
            MeterAsserts.Number(r, "voltage_sags_l3", 0, null);                               // 1-0:72.32.0
            MeterAsserts.Number(r, "voltage_swells_l1", 0, null);                             // 1-0:32.36.0
            MeterAsserts.Number(r, "voltage_swells_l2", 3, null);                             // 1-0:52.36.0
            MeterAsserts.Number(r, "voltage_swells_l3", 0, null);                             // 1-0:72.36.0
        }

        [TestMethod]
        public void Parse_Dsmr50ThreePhase_GasAndWaterChannels()
        {
            Reading r = Read();
            MeterAsserts.Number(r, "mbus1_device_type", 3, null);                             // 0-1:24.1.0(003)
            MeterAsserts.Text(r, "mbus1_equipment_id", "2222ABCD123456789");                  // 0-1:96.1.0
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 12785.123, "m3", 1291890300000L);    // 0-1:24.2.1(101209112500W)
            MeterAsserts.Number(r, "mbus2_device_type", 7, null);                             // 0-2:24.1.0(007)
            MeterAsserts.Text(r, "mbus2_equipment_id", "8888ABCD123456789");                  // 0-2:96.1.0
            MeterAsserts.NumberAt(r, "water_delivered_m3", 421.007, "m3", 1291890300000L);    // 0-2:24.2.1
            MeterAsserts.Absent(r, "mbus1_delivered_m3");
        }

        [TestMethod]
        public void Parse_Dsmr50ThreePhase_EveryLineIsOneEntry()
        {
            // 38 data lines; 1-0:99.97.0 gives two entries (count and text): 39.
            Reading r = Read();
            Assert.AreEqual(39, r.Count);
            Assert.AreEqual(0, r.Overflowed);
        }
    }
}
