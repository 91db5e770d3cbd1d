#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>The DSMR 2.2 golden telegram (bare '!', gas value on the next line): every field.</summary>
    [TestClass]
    public class DsmrParser_Dsmr22_Tests
    {
        private static MeterHarness Run(string protocol)
        {
            MeterHarness h = new MeterHarness(protocol);
            h.Push(GoldenTelegrams.Dsmr22, 5);
            return h;
        }

        [TestMethod]
        public void Parse_Dsmr22_EveryField()
        {
            MeterHarness h = Run("dsmr22");
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Assert.AreEqual(0L, h.Reader.UnknownLines);
            Reading r = h.Sink.Last;
            Assert.AreEqual("ISk5\\2MT382-1004", r.Header);
            Assert.AreEqual(0L, r.MeterTimeUtcMs);                                            // DSMR 2.2 has no 0-0:1.0.0
            MeterAsserts.Text(r, "equipment_id", "K8EG004046395507");                         // 0-0:96.1.1
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 1.001, "kWh");             // 1-0:1.8.1
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 1.002, "kWh");             // 1-0:1.8.2
            MeterAsserts.Number(r, "energy_returned_tariff1_kwh", 0.003, "kWh");              // 1-0:2.8.1
            MeterAsserts.Number(r, "energy_returned_tariff2_kwh", 0.004, "kWh");              // 1-0:2.8.2
            MeterAsserts.Number(r, "tariff_indicator", 1, null);                              // 0-0:96.14.0
            MeterAsserts.Number(r, "power_delivered_kw", 1.01, "kW");                         // 1-0:1.7.0
            MeterAsserts.Number(r, "power_returned_kw", 0, "kW");                             // 1-0:2.7.0
            MeterAsserts.Number(r, "limiter_threshold_kw", 999, "kW");                        // 0-0:17.0.0
            MeterAsserts.Number(r, "breaker_state", 1, null);                                 // 0-0:96.3.10
            MeterAsserts.Text(r, "text_message_code", "");                                    // 0-0:96.13.1()
            MeterAsserts.Text(r, "text_message", "");                                         // 0-0:96.13.0()
            MeterAsserts.Number(r, "mbus1_device_type", 3, null);                             // 0-1:24.1.0(3)
            MeterAsserts.Text(r, "mbus1_equipment_id", "2222ABCD123456789");                  // 0-1:96.1.0
            // 0-1:24.3.0(161107190000)(00)(60)(1)(0-1:24.2.1)(m3) + (07890.693): no S/W flag, 7 November
            // is winter time, so 19:00 local = 18:00 UTC.
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 7890.693, "m3", 1478541600000L);
            MeterAsserts.Number(r, "mbus1_valve_position", 1, null);                          // 0-1:24.4.0
            Assert.AreEqual(16, r.Count);                                                      // 15 lines + the gas value line
        }

        [TestMethod]
        public void Parse_Dsmr22InAutoMode_DeliveredWithoutCrc()
        {
            MeterHarness h = Run("auto");
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0, h.Reader.CrcFailures);
        }

        [TestMethod]
        public void Parse_Dsmr22InDsmr5Mode_RejectedForMissingCrc()
        {
            MeterHarness h = Run("dsmr5");
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.IsTrue(h.BytesAddUp());
        }
    }
}
