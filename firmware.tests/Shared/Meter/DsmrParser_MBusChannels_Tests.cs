#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>M-Bus values go by the channel's device type; empty channels are left out (issue 9).</summary>
    [TestClass]
    public class DsmrParser_MBusChannels_Tests
    {
        private const string Head = "/NMQ5\\2MBUS-1\r\n\r\n1-3:0.2.8(50)\r\n0-0:1.0.0(260105120000W)\r\n";
        private const long NoonCetUtcMs = 1767610800000L; // 2026-01-05 11:00:00 UTC

        private static MeterHarness Run(string lines)
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(MeterTestBytes.WithCrc(Head + lines + "!"), 0);
            Assert.AreEqual(1, h.Sink.Count, "telegram not delivered");
            Assert.AreEqual(0L, h.Reader.MalformedLines, "malformed lines");
            return h;
        }

        [TestMethod]
        public void Parse_EmptyChannelOneRealGasOnTwo_GasFromChannelTwo()
        {
            MeterHarness h = Run("0-1:24.1.0(003)\r\n0-1:96.1.0()\r\n0-1:24.2.1(700101010000W)(00000000)\r\n"
                + "0-2:24.1.0(003)\r\n0-2:96.1.0(4E4D512D474153)\r\n0-2:24.2.1(260105115500W)(00246.138*m3)\r\n");
            Reading r = h.Sink.Last;
            MeterAsserts.NumberAt(r, "gas_delivered_m3", 246.138, "m3", NoonCetUtcMs - 5 * 60000);
            MeterAsserts.Text(r, "mbus2_equipment_id", "NMQ-GAS");
            MeterAsserts.Absent(r, "mbus2_delivered_m3");
            MeterAsserts.Absent(r, "mbus1_device_type");
            MeterAsserts.Absent(r, "mbus1_equipment_id");
            Assert.AreEqual(1L, h.Reader.Parser.PlaceholderLines);
        }

        [TestMethod]
        public void Parse_WaterOnOneGasOnTwo_EachByDeviceType()
        {
            Reading r = Run("0-1:24.1.0(007)\r\n0-1:24.2.1(260105115500W)(00012.345*m3)\r\n"
                + "0-2:24.1.0(003)\r\n0-2:24.2.1(260105115500W)(01000.001*m3)\r\n").Sink.Last;
            MeterAsserts.Number(r, "water_delivered_m3", 12.345, "m3");
            MeterAsserts.Number(r, "gas_delivered_m3", 1000.001, "m3");
        }

        [TestMethod]
        public void Parse_TwoGasMeters_SecondByChannelNumber()
        {
            Reading r = Run("0-1:24.1.0(003)\r\n0-1:24.2.1(260105115500W)(00734.607*m3)\r\n"
                + "0-2:24.1.0(003)\r\n0-2:24.2.1(260105115500W)(00000.000*m3)\r\n").Sink.Last;
            MeterAsserts.Number(r, "gas_delivered_m3", 734.607, "m3");
            MeterAsserts.Number(r, "mbus2_delivered_m3", 0, "m3");
        }

        [TestMethod]
        public void Parse_HeatInKwh_ConvertedToGigajoules()
        {
            Reading r = Run("0-1:24.1.0(004)\r\n0-1:24.2.1(260105115500W)(1000.000*kWh)\r\n").Sink.Last;
            MeterAsserts.Number(r, "heat_delivered_gj", 3.6, "GJ");
        }

        [TestMethod]
        public void Parse_AllZeroEquipmentId_NotDecodedToNuls()
        {
            Reading r = Run("0-1:24.1.0(003)\r\n0-1:96.1.0(3030303030303030)\r\n0-1:24.2.1(260105115500W)(00001.000*m3)\r\n").Sink.Last;
            MeterAsserts.Text(r, "mbus1_equipment_id", "00000000");
            MeterAsserts.Number(r, "gas_delivered_m3", 1, "m3");
        }
    }
}
