#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Units of the same quantity convert to the field's unit; codes from Austrian, Lithuanian,
    /// Hungarian and Luxembourg meters get their fields; hex ids decode only to printable text (issue 9).</summary>
    [TestClass]
    public class DsmrParser_UnitsAndCodes_Tests
    {
        private const string Head = "/NMQ5\\2UNITS-1\r\n\r\n1-3:0.2.8(50)\r\n";

        private static Reading Run(string lines)
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(MeterTestBytes.WithCrc(Head + lines + "!"), 0);
            Assert.AreEqual(1, h.Sink.Count, "telegram not delivered");
            Assert.AreEqual(0L, h.Reader.MalformedLines, "malformed lines");
            return h.Sink.Last;
        }

        [TestMethod]
        public void Parse_WattHoursAndWatts_ConvertedToKilo()
        {
            Reading r = Run("1-0:1.8.1(000185000*Wh)\r\n1-0:2.8.0(000012345*Wh)\r\n1-0:1.7.0(000980*W)\r\n1-0:21.7.0(000557.29*W)\r\n");
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 185, "kWh");
            MeterAsserts.Number(r, "energy_returned_kwh", 12.345, "kWh");
            MeterAsserts.Number(r, "power_delivered_kw", 0.98, "kW");
            MeterAsserts.Number(r, "power_delivered_l1_kw", 0.55729, "kW");
        }

        [TestMethod]
        public void Parse_LowerCaseUnits_Accepted()
        {
            Reading r = Run("1-0:1.8.2(000001.500*kwh)\r\n1-0:2.7.0(00.100*kw)\r\n1-0:32.7.0(231.0*v)\r\n1-0:31.7.0(002*a)\r\n");
            MeterAsserts.Number(r, "energy_delivered_tariff2_kwh", 1.5, "kWh");
            MeterAsserts.Number(r, "power_returned_kw", 0.1, "kW");
            MeterAsserts.Number(r, "voltage_l1_v", 231, "V");
            MeterAsserts.Number(r, "current_l1_a", 2, "A");
        }

        [TestMethod]
        public void Parse_LimiterInKwKvaOrAmps_EachItsOwnKey()
        {
            MeterAsserts.Number(Run("0-0:17.0.0(016.1*kW)\r\n"), "limiter_threshold_kw", 16.1, "kW");
            MeterAsserts.Number(Run("0-0:17.0.0(27.6*kVA)\r\n"), "limiter_threshold_kva", 27.6, "kVA");
            MeterAsserts.Number(Run("0-0:17.0.0(999*A)\r\n"), "limiter_threshold_a", 999, "A");
        }

        [TestMethod]
        public void Parse_OtherQuantity_StillRefused()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(MeterTestBytes.WithCrc(Head + "1-0:1.7.0(00.5*kWh)\r\n0-0:17.0.0(5*V)\r\n!"), 0);
            Assert.AreEqual(2L, h.Reader.UnitMismatches);
            MeterAsserts.Absent(h.Sink.Last, "power_delivered_kw");
        }

        [TestMethod]
        public void Parse_ElectricityChannelOne_ReadAsChannelZero()
        {
            // Sagemcom XT211 numbers its electricity channel B = 1.
            Reading r = Run("1-1:1.8.1(001595.070*kWh)\r\n1-1:2.7.0(00.250*kW)\r\n1-1:1.6.0(260105014500W)(15.206*kW)\r\n");
            MeterAsserts.Number(r, "energy_delivered_tariff1_kwh", 1595.07, "kWh");
            MeterAsserts.Number(r, "power_returned_kw", 0.25, "kW");
            MeterAsserts.Number(r, "maximum_demand_month_kw", 15.206, "kW");
        }

        [TestMethod]
        public void Parse_SixGroupObis_Read()
        {
            Reading r = Run("1-0:31.7.0.255(004*A)\r\n");
            MeterAsserts.Number(r, "current_l1_a", 4, "A");
        }

        [TestMethod]
        public void Parse_CommonExtraCodes_HaveNames()
        {
            Reading r = Run("1-0:1.8.3(000010.000*kWh)\r\n1-0:2.8.4(000002.000*kWh)\r\n1-0:3.8.0(000000.123*kvarh)\r\n1-0:8.8.0(000143.346*kVArh)\r\n"
                + "1-0:5.7.0(00.504*kvar)\r\n1-0:13.7.0(0.956)\r\n1-0:73.7.0(0.912)\r\n1-0:14.7.0(50.01*Hz)\r\n");
            MeterAsserts.Number(r, "energy_delivered_tariff3_kwh", 10, "kWh");
            MeterAsserts.Number(r, "energy_returned_tariff4_kwh", 2, "kWh");
            MeterAsserts.Number(r, "reactive_energy_delivered_kvarh", 0.123, "kvarh");
            MeterAsserts.Number(r, "reactive_energy_q4_kvarh", 143.346, "kvarh");
            MeterAsserts.Number(r, "reactive_power_q1_kvar", 0.504, "kvar");
            MeterAsserts.Number(r, "power_factor", 0.956, null);
            MeterAsserts.Number(r, "power_factor_l3", 0.912, null);
            MeterAsserts.Number(r, "frequency_hz", 50.01, "Hz");
        }

        [TestMethod]
        public void Parse_HexIdPrintable_Decoded()
        {
            Reading r = Run("0-0:96.1.1(4E4D51542D3432)\r\n");
            MeterAsserts.Text(r, "equipment_id", "NMQT-42");
        }

        [TestMethod]
        public void Parse_HexIdNotPrintable_KeptAsDigits()
        {
            Reading r = Run("0-0:96.1.1(0000000000000000)\r\n0-0:96.13.0(0A0B)\r\n");
            MeterAsserts.Text(r, "equipment_id", "0000000000000000");
            MeterAsserts.Text(r, "text_message", "0A0B");
        }
    }
}
