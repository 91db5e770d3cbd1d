#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Bad lines inside telegrams whose CRC is valid: each costs that line only, and is counted.</summary>
    [TestClass]
    public class DsmrParser_BrokenLines_Tests
    {
        private const string Head = "/XXX5\\2TEST-100\r\n\r\n";

        private static MeterHarness Run(string lines)
        {
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(MeterTestBytes.WithCrc(Head + lines + "!"), 0);
            Assert.AreEqual(1, h.Sink.Count, "telegram not delivered");
            return h;
        }

        [TestMethod]
        public void Parse_UnitContradictingTable_LineDroppedAndCounted()
        {
            MeterHarness h = Run("1-0:1.8.1(000001.500*kW)\r\n1-0:1.7.0(00.250*kW)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            Assert.AreEqual(1L, h.Reader.UnitMismatches);
            MeterAsserts.Absent(h.Sink.Last, "energy_delivered_tariff1_kwh");
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 0.25, "kW");
        }

        [TestMethod]
        public void Parse_UnitOnUnitlessField_IsAMismatch()
        {
            MeterHarness h = Run("0-0:96.7.21(00004*s)\r\n");
            Assert.AreEqual(1L, h.Reader.UnitMismatches);
        }

        [TestMethod]
        public void Parse_MissingUnit_Tolerated()
        {
            MeterHarness h = Run("1-0:31.7.0(005)\r\n");
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            MeterAsserts.Number(h.Sink.Last, "current_l1_a", 5, "A");
        }

        [TestMethod]
        public void Parse_UnknownObis_EachPublishedUnderItsCodeWithUnit()
        {
            MeterHarness h = Run("1-0:3.8.7(001234*varh)\r\n1-0:1.7.0(00.250*kW)\r\n0-0:96.99.1(ABC)(DEF)\r\n1-0:9.17.0(00.512*kVA)\r\n");
            Assert.AreEqual(3L, h.Reader.UnknownLines);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            Reading r = h.Sink.Last;
            MeterAsserts.Number(r, "obis_1_0_3_8_7", 1.234, "kvarh");                          // varh converted to the base unit
            Assert.IsTrue(r.FieldAt(r.IndexOf("obis_1_0_3_8_7")).Kind == FieldKind.Counter, "D = 8 counts up");
            MeterAsserts.Number(r, "obis_1_0_9_17_0", 0.512, "kVA");
            MeterAsserts.Text(r, "obis_0_0_96_99_1", "(ABC)(DEF)");
            MeterAsserts.Number(r, "power_delivered_kw", 0.25, "kW");
        }

        [TestMethod]
        public void Parse_UnknownObisTwice_SameRowEveryTelegram()
        {
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(MeterTestBytes.WithCrc(Head + "1-0:3.8.7(1*kvarh)\r\n!"), 0);
            MeterField first = h.Sink.Last.FieldAt(0);
            h.Push(MeterTestBytes.WithCrc(Head + "1-0:3.8.7(2*kvarh)\r\n!"), 1000);
            Assert.AreSame(first, h.Sink.Last.FieldAt(0));
            MeterAsserts.Number(h.Sink.Last, "obis_1_0_3_8_7", 2, "kvarh");
        }

        [TestMethod]
        public void Parse_EmptyPowerFailureLog_CountZero()
        {
            MeterHarness h = Run("1-0:99.97.0()\r\n");
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            MeterAsserts.Number(h.Sink.Last, "power_failure_log_count", 0, null);
            MeterAsserts.List(h.Sink.Last, "power_failure_log", 0);
        }

        [TestMethod]
        public void Parse_PowerFailureLogWithWrongEntryCount_Malformed()
        {
            MeterHarness h = Run("1-0:99.97.0(2)(0-0:96.7.19)(101208152415W)(0000000240*s)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            MeterAsserts.Absent(h.Sink.Last, "power_failure_log");
        }

        [TestMethod]
        public void Parse_Star255SuffixOnObis_Tolerated()
        {
            // EasyMeter style, basvdlei/gotsmart#7: 1-0:1.8.0*255(…).
            MeterHarness h = Run("1-0:1.8.0*255(00066982.7369255*kWh)\r\n");
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            MeterAsserts.Number(h.Sink.Last, "energy_delivered_kwh", 66982.7369255, "kWh");
        }

        [TestMethod]
        public void Parse_OtherValueGroupF_KeptUnderItsOwnKey()
        {
            MeterHarness h = Run("1-0:1.8.0*101(00000001.000*kWh)\r\n");
            Assert.AreEqual(1L, h.Reader.UnknownLines);
            MeterAsserts.Absent(h.Sink.Last, "energy_delivered_kwh");
            MeterAsserts.Number(h.Sink.Last, "obis_1_0_1_8_0_101", 1, "kWh");
        }

        [TestMethod]
        public void Parse_Star255SuffixAfterUnit_Malformed()
        {
            // Not seen in the field; the *255 that does occur is on the OBIS code.
            MeterHarness h = Run("1-0:1.8.1(00001.001*kWh*255)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            Assert.AreEqual(0L, h.Reader.UnitMismatches);
        }

        [TestMethod]
        public void Parse_MalformedLinesOfOneCode_LoggedOnce()
        {
            MeterHarness h = new MeterHarness("dsmr5");
            string t = MeterTestBytes.WithCrc(Head + "1-0:1.7.0(00.2x0*kW)\r\n1-0:2.7.0(xx*kW)\r\n!");
            h.Push(t, 0);
            h.Push(t, 1000);
            h.Push(t, 2000);
            Assert.AreEqual(6L, h.Reader.MalformedLines);
            Assert.AreEqual(1, h.Log.CountContaining("1-0:1.7.0"));
            Assert.AreEqual(1, h.Log.CountContaining("1-0:2.7.0"));
        }

        [TestMethod]
        public void Parse_GarbledLineAmongGoodOnes_CostsThatLineOnly()
        {
            MeterHarness h = Run("1-0:1.8.1(000001.500*kWh)\r\n1-0:1.8.2(0000(02.500*kWh)\r\n1-0:2.8.1(000003.500*kWh)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            MeterAsserts.Number(h.Sink.Last, "energy_delivered_tariff1_kwh", 1.5, "kWh");
            MeterAsserts.Number(h.Sink.Last, "energy_returned_tariff1_kwh", 3.5, "kWh");
            MeterAsserts.Absent(h.Sink.Last, "energy_delivered_tariff2_kwh");
        }

        [TestMethod]
        public void Parse_OddLengthEquipmentId_KeptRaw()
        {
            MeterHarness h = Run("0-0:96.1.1(123)\r\n");
            MeterAsserts.Text(h.Sink.Last, "equipment_id", "123");
        }

        [TestMethod]
        public void Parse_Dsmr22GasWithoutValueLine_Malformed()
        {
            MeterHarness h = Run("0-1:24.3.0(161107190000)(00)(60)(1)(0-1:24.2.1)(m3)\r\n1-0:1.7.0(00.250*kW)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            MeterAsserts.Absent(h.Sink.Last, "gas_delivered_m3");
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 0.25, "kW");
        }

        [TestMethod]
        public void Parse_StrayValueLine_Malformed()
        {
            MeterHarness h = Run("(07890.693)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
        }

        [TestMethod]
        public void Parse_SecondGasChannel_PublishedByChannelNumber()
        {
            MeterHarness h = Run("0-1:24.1.0(003)\r\n0-1:24.2.1(101209112500W)(00001.000*m3)\r\n0-3:24.1.0(003)\r\n0-3:24.2.1(101209112500W)(00002.000*m3)\r\n");
            MeterAsserts.Number(h.Sink.Last, "gas_delivered_m3", 1, "m3");
            MeterAsserts.Number(h.Sink.Last, "mbus3_delivered_m3", 2, "m3");
        }

        [TestMethod]
        public void Parse_BadMeterClock_MalformedAndNoMeterTime()
        {
            MeterHarness h = Run("0-0:1.0.0(101309113020W)\r\n");
            Assert.AreEqual(1L, h.Reader.MalformedLines);
            Assert.AreEqual(0L, h.Sink.Last.MeterTimeUtcMs);
        }
    }
}
