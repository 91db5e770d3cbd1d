#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>Each family's list layout, built by hand from its published description, decodes onto the
    /// DSMR path's field names with the right scaling.</summary>
    [TestClass]
    public class DlmsDecoder_Families_Tests
    {
        // 2026-11-30 13:30:00 UTC
        private const long HalfPastOneUtc = 1796045400000L;

        [TestMethod]
        public void Aidon_ScalerUnitStructures_AppliedAndClockFromBody()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.Aidon), 0);

            Assert.AreEqual(1, h.Sink.Count);
            Reading r = h.Sink.Last;
            MeterAsserts.Text(r, "list_version", "AIDON_V0001");
            MeterAsserts.Text(r, "equipment_id", "7359992890941742");
            MeterAsserts.Text(r, "meter_type", "6534");
            MeterAsserts.Number(r, "power_delivered_kw", 2.0, "kW");
            MeterAsserts.Number(r, "current_l1_a", 9.0, "A");
            MeterAsserts.Number(r, "voltage_l1_v", 233.0, "V");
            MeterAsserts.Number(r, "energy_delivered_kwh", 123456.78, "kWh");
            Assert.AreEqual(HalfPastOneUtc, r.MeterTimeUtcMs);
            Assert.AreEqual(8, r.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Kamstrup_ImplicitScalers_AndHeaderTime()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.Kamstrup), 0);

            Assert.AreEqual(1, h.Sink.Count);
            Reading r = h.Sink.Last;
            MeterAsserts.Text(r, "list_version", "Kamstrup_V0001");
            MeterAsserts.Text(r, "equipment_id", "5706567274389702");
            MeterAsserts.Text(r, "meter_type", "6841121BA243101040");
            MeterAsserts.Number(r, "power_delivered_kw", 1.703, "kW");
            MeterAsserts.Number(r, "power_returned_kw", 0.0, "kW");
            MeterAsserts.Number(r, "current_l1_a", 6.2, "A");
            MeterAsserts.Number(r, "voltage_l1_v", 230.0, "V");
            MeterAsserts.Number(r, "energy_delivered_kwh", 12345.67, "kWh");
            // Deviation not given, clock status 0 (no summer time): CET, so 14:30:10 local is 13:30:10 UTC.
            Assert.AreEqual(HalfPastOneUtc + 10000, r.MeterTimeUtcMs);
        }

        [TestMethod]
        public void KaifaList2_PositionalValues_MapToCodes()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.KaifaList2), 0);

            Reading r = h.Sink.Last;
            MeterAsserts.Text(r, "list_version", "KFM_001");
            MeterAsserts.Text(r, "equipment_id", "6970631401234567");
            MeterAsserts.Text(r, "meter_type", "MA304H3E");
            MeterAsserts.Number(r, "power_delivered_kw", 1.32, "kW");
            MeterAsserts.Number(r, "reactive_power_returned_kvar", 0.42, "kvar");
            MeterAsserts.Number(r, "current_l1_a", 7.0, "A");
            MeterAsserts.Number(r, "current_l2_a", 3.0, "A");
            MeterAsserts.Number(r, "current_l3_a", 1.0, "A");
            MeterAsserts.Number(r, "voltage_l1_v", 233.0, "V");
            MeterAsserts.Number(r, "voltage_l2_v", 232.0, "V");
            MeterAsserts.Number(r, "voltage_l3_v", 234.0, "V");
            Assert.AreEqual(HalfPastOneUtc + 20000, r.MeterTimeUtcMs); // header date-time tagged 09 0C
        }

        [TestMethod]
        public void KaifaObisPairs_ListVersionSelectsImplicitScalers()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.KaifaObisPairs), 0);

            Reading r = h.Sink.Last;
            MeterAsserts.Text(r, "list_version", "KFM_001");
            MeterAsserts.Number(r, "power_delivered_kw", 1.024, "kW");
            MeterAsserts.Number(r, "current_l1_a", 3.0, "A");      // 3000 mA
            MeterAsserts.Number(r, "voltage_l1_v", 233.5, "V");    // 0x091F = 2335 × 0.1 V
            MeterAsserts.Number(r, "energy_delivered_kwh", 12345.678, "kWh");
            // 2026-07-30 14:30:00, deviation not given, status 0x00 in July: the EU rule says summer time.
            Assert.AreEqual(1785414600000L, r.MeterTimeUtcMs);
        }

        [TestMethod]
        public void KaifaList1_SinglePower()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.KaifaList1), 0);
            Reading r = h.Sink.Last;
            MeterAsserts.Number(r, "power_delivered_kw", 1.32, "kW");
            Assert.AreEqual(2, r.Count); // power + timestamp from the header
        }

        [TestMethod]
        public void Austria_FlatStructure_ClockFirstAndUnknownObjectKeyed()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", DlmsGolden.Key, null);
            byte[] cipher = DlmsHarness.Ciphered(DlmsGolden.Austria, 0x20, 77);
            h.Push(NodeMqtt.Meter.Dlms.DlmsFrameWriter.Mbus(cipher, 60), 0);

            Assert.AreEqual(1, h.Sink.Count);
            Reading r = h.Sink.Last;
            MeterAsserts.Text(r, "logical_device_name", "KFM1200200123456");
            MeterAsserts.Number(r, "voltage_l1_v", 233.0, "V");
            MeterAsserts.Number(r, "current_l1_a", 5.0, "A");
            MeterAsserts.Number(r, "power_delivered_kw", 1.2, "kW");
            MeterAsserts.Number(r, "energy_delivered_kwh", 123.456, "kWh");
            MeterAsserts.Number(r, "power_factor", 0.9, null);
            MeterAsserts.Number(r, "obis_1_0_99_99_99", 0.042, "kWh"); // Wh published in its base unit, like the DSMR path
            Assert.AreEqual(HalfPastOneUtc, r.MeterTimeUtcMs);
            Assert.IsTrue(h.Reader.Dlms.Framer.FramesOk >= 2); // the APDU came in several M-Bus frames
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void SameListTwice_SameFieldObjectsAndTexts()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frame = DlmsHarness.Hdlc(DlmsGolden.Kamstrup);
            h.Push(frame, 0);
            h.Push(frame, 10);
            Assert.AreEqual(2, h.Sink.Count);
            int i = h.Sink.At(0).IndexOf("equipment_id");
            Assert.IsTrue(object.ReferenceEquals(h.Sink.At(0).TextAt(i), h.Sink.At(1).TextAt(i))); // cached, not reallocated
        }

        [TestMethod]
        public void AutoDetect_HdlcAfterNoise_Latches()
        {
            DlmsHarness h = new DlmsHarness("auto", null, null);
            h.Push(CryptoTestBytes.Hex("00 7E 11 68 01 02"), 0);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.Aidon), 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual("dlms-hdlc", h.Reader.Dlms.ModeName);
            Assert.AreEqual(h.Reader.BytesIn, 6L + DlmsHarness.Hdlc(DlmsGolden.Aidon).Length);
        }

        [TestMethod]
        public void AutoDetect_MbusFrames_Latches()
        {
            DlmsHarness h = new DlmsHarness("auto", DlmsGolden.Key, null);
            h.Push(NodeMqtt.Meter.Dlms.DlmsFrameWriter.Mbus(DlmsHarness.Ciphered(DlmsGolden.Austria, 0x20, 1), 200), 0);
            Assert.AreEqual("dlms-mbus", h.Reader.Dlms.ModeName);
            Assert.AreEqual(1, h.Sink.Count);
        }
    }
}
