#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>The DSMR 5.0 single-phase golden telegram (summer time, empty log and message): every field.</summary>
    [TestClass]
    public class DsmrParser_Dsmr50SinglePhase_Tests
    {
        [TestMethod]
        public void Parse_Dsmr50SinglePhase_EveryField()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(GoldenTelegrams.Dsmr50SinglePhase, 5);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Reading r = h.Sink.Last;
            Assert.AreEqual("Ene5\\T210-D ESMR5.0", r.Header);
            MeterAsserts.Number(r, "p1_version", 50, null);                                   // 1-3:0.2.8(50)
            Assert.AreEqual(1598790131000L, r.MeterTimeUtcMs);                                 // 0-0:1.0.0(200830142211S) = 12:22:11 UTC
            MeterAsserts.Text(r, "equipment_id", "E0049007004757519");                         // 0-0:96.1.1
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 3456.127, "kWh");          // 1-0:1.8.1
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 2987.004, "kWh");          // 1-0:1.8.2
            MeterAsserts.Number(r, "energy_returned_tariff1_kwh", 0, "kWh");                  // 1-0:2.8.1
            MeterAsserts.Number(r, "energy_returned_tariff2_kwh", 0, "kWh");                  // 1-0:2.8.2
            MeterAsserts.Number(r, "tariff_indicator", 1, null);                              // 0-0:96.14.0(0001)
            MeterAsserts.Number(r, "power_delivered_kw", 0.342, "kW");                        // 1-0:1.7.0
            MeterAsserts.Number(r, "power_returned_kw", 0, "kW");                             // 1-0:2.7.0
            MeterAsserts.Number(r, "power_failures", 11, null);                               // 0-0:96.7.21
            MeterAsserts.Number(r, "long_power_failures", 0, null);                           // 0-0:96.7.9
            MeterAsserts.Number(r, "power_failure_log_count", 0, null);                       // 1-0:99.97.0() empty form
            MeterAsserts.List(r, "power_failure_log", 0);
            MeterAsserts.Number(r, "voltage_sags_l1", 3, null);                               // 1-0:32.32.0
            MeterAsserts.Number(r, "voltage_swells_l1", 0, null);                             // 1-0:32.36.0
            MeterAsserts.Text(r, "text_message", "");                                         // 0-0:96.13.0()
            MeterAsserts.Number(r, "voltage_l1_v", 231.0, "V");                               // 1-0:32.7.0
            MeterAsserts.Number(r, "current_l1_a", 1, "A");                                   // 1-0:31.7.0
            MeterAsserts.Number(r, "power_delivered_l1_kw", 0.342, "kW");                     // 1-0:21.7.0
            MeterAsserts.Number(r, "power_returned_l1_kw", 0, "kW");                          // 1-0:22.7.0
            MeterAsserts.Number(r, "mbus1_device_type", 3, null);                             // 0-1:24.1.0(003)
            MeterAsserts.Text(r, "mbus1_equipment_id", "G0059003882441017");                  // 0-1:96.1.0
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 1234.567, "m3", 1598790005000L);     // 0-1:24.2.1(200830142005S)
            MeterAsserts.Absent(r, "voltage_l2_v");
            Assert.AreEqual(24, r.Count);                                                      // 23 lines + log count
        }
    }
}
