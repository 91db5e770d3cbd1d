#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>
    /// Nothing unverified is published (issue 9): a telegram that declares DSMR 4/5 must carry a valid CRC
    /// in every protocol mode, from the first telegram after boot; DSMR 2.2/3 telegrams need none.
    /// </summary>
    [TestClass]
    public class MeterReader_CrcPolicy_Tests
    {
        private const string Dsmr5Lines = "1-3:0.2.8(50)\r\n1-0:1.8.1(000123.456*kWh)\r\n1-0:1.7.0(00.321*kW)\r\n";
        private const string Dsmr22Body = "/ABC5 NODEMQTT-22\r\n\r\n0-0:96.1.1(4E4D3232)\r\n1-0:1.8.1(00042.000*kWh)\r\n1-0:1.7.0(0000.25*kW)\r\n!";

        [TestMethod]
        public void Auto_Dsmr5WithoutCrcAtBoot_RejectedAndCounted()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.AreEqual(0L, h.Reader.Values);
        }

        [TestMethod]
        public void Auto_EmucsVersionWithoutCrc_Rejected()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/FLU5\\123456789_A\r\n\r\n0-0:96.1.4(50217)\r\n1-0:1.8.1(000001.000*kWh)\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void Auto_EsmrHeaderWithoutVersionOrCrc_Rejected()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/Abc5\\T000 ESMR5.0\r\n\r\n1-0:1.8.1(000001.000*kWh)\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
        }

        [TestMethod]
        public void Auto_SeasonFlaggedTimestampWithoutCrc_Rejected()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/XYZ5 NODE\r\n\r\n0-0:1.0.0(260105120000W)\r\n1-0:1.8.1(000001.000*kWh)\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void Dsmr22Mode_Dsmr5TelegramWithGoodCrc_CheckedAndDelivered()
        {
            // dsmr22 looks past '!' too: a CRC trailer is checked, not skipped as garbage.
            MeterHarness h = new MeterHarness("dsmr22");
            h.Push(MeterTestBytes.WithCrc("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!"), 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0, h.Reader.ReadingsWithoutCrc);
        }

        [TestMethod]
        public void Dsmr22Mode_Dsmr5WithoutOrWithWrongCrc_Rejected()
        {
            MeterHarness h = new MeterHarness("dsmr22");
            h.Push("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!\r\n", 0);
            h.Push("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!0000\r\n", 1000);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
            Assert.AreEqual(2, h.Reader.CrcFailures);
        }

        [TestMethod]
        public void Auto_FragmentAfterStraySlashWithoutCrc_Rejected()
        {
            // A '/' inside a line starts a new "telegram" whose header is no meter identification.
            MeterHarness h = new MeterHarness("auto");
            h.Push("/0(1)\r\n0-0:17.0.0(999.9*kW)\r\n1-0:31.4.0(999*A)\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void Auto_BangInsideALineWithoutCrc_Rejected()
        {
            // A '!' that does not start a line is a damaged byte (here it replaced a ')'), not the end.
            MeterHarness h = new MeterHarness("auto");
            h.Push("/ABC5 NODEMQTT-22\r\n\r\n1-0:1.8.1(00042.000*kWh!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void Auto_BareHeaderOnly_NotDelivered()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/ABC5 NODEMQTT-22\r\n\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.EmptyTelegrams);
        }

        [TestMethod]
        public void Auto_BareTelegramWithDsmr4OnlyCode_Rejected()
        {
            // 0-0:1.0.0 came with DSMR 4.0; here its S/W flag was lost along with the CRC.
            MeterHarness h = new MeterHarness("auto");
            h.Push("/ABC5 NODEMQTT-22\r\n\r\n0-0:1.0.0(260105120000)\r\n1-0:1.8.1(00042.000*kWh)\r\n!\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void Auto_BareTelegramWithADamagedLineOr8BitByte_Rejected()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("/ABC5 NODEMQTT-22\r\n\r\n1-0:1.8.1(00042.0x0*kWh)\r\n1-0:1.7.0(0000.25*kW)\r\n!\r\n", 0);
            h.Push("/ABC5 NODEMQTT-2\u00b2\r\n\r\n1-0:1.8.1(00042.000*kWh)\r\n1-0:1.7.0(0000.25*kW)\r\n!\r\n", 1000); // '2' with its top bit set
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(2, h.Reader.MissingCrc);
        }

        [TestMethod]
        public void AnyMode_BareTelegramAfterACrcTelegram_Rejected()
        {
            MeterHarness h = new MeterHarness("dsmr22");
            h.Push(MeterTestBytes.WithCrc("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!"), 0);
            h.Push(Dsmr22Body + "\r\n", 1000);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
        }

        [TestMethod]
        public void AutoAndDsmr22_Dsmr22Telegram_Delivered()
        {
            MeterHarness a = new MeterHarness("auto");
            a.Push(Dsmr22Body + "\r\n", 0);
            MeterHarness b = new MeterHarness("dsmr22");
            b.Push(Dsmr22Body + "\r\n", 0);
            Assert.AreEqual(1, a.Sink.Count);
            Assert.AreEqual(1, b.Sink.Count);
            MeterAsserts.Number(a.Sink.Last, "energy_delivered_tariff1_kwh", 42, "kWh");
            MeterAsserts.Text(b.Sink.Last, "equipment_id", "NM22");
        }

        [TestMethod]
        public void Dsmr22_BangAsLastByteThenSilence_DeliveredAfterTimeout()
        {
            MeterHarness h = new MeterHarness("dsmr22");
            h.Push(Dsmr22Body, 0);
            Assert.AreEqual(0, h.Sink.Count, "waits for the byte after '!'");
            h.Reader.Tick(h.Config.ReceiveTimeoutMs + 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0, h.Reader.Truncated);
        }

        [TestMethod]
        public void Auto_Dsmr5WithCrc_Delivered()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(MeterTestBytes.WithCrc("/XYZ5\\2NODE-5\r\n\r\n" + Dsmr5Lines + "!"), 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0, h.Reader.CrcFailures);
            Assert.AreEqual(3L, h.Reader.Values);
        }

        [TestMethod]
        public void UnpaddedCrc_ThreeDigits_AcceptedInAutoAndDsmr5()
        {
            string body = UnpaddedBody();
            ushort crc = Crc16Arc.Compute(MeterTestBytes.Of(body), 0, body.Length);
            Assert.IsTrue(crc < 0x1000, "CRC fits in 3 digits");
            string wire = body + crc.ToString("X") + "\r\n";
            MeterHarness a = new MeterHarness("auto");
            a.Push(wire, 0);
            MeterHarness d = new MeterHarness("dsmr5");
            d.Push(wire, 0);
            Assert.AreEqual(1, a.Sink.Count, wire);
            Assert.AreEqual(1, d.Sink.Count, wire);
            Assert.AreEqual(0, d.Reader.CrcFailures);
        }

        [TestMethod]
        public void UnpaddedCrc_WrongValue_Rejected()
        {
            string body = UnpaddedBody();
            ushort crc = Crc16Arc.Compute(MeterTestBytes.Of(body), 0, body.Length);
            MeterHarness h = new MeterHarness("auto");
            h.Push(body + ((ushort)(crc ^ 0x001)).ToString("X") + "\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
        }

        // A DSMR 5 heat-meter telegram whose CRC (0x0E45) prints in 3 hex digits: "!E45".
        private static string UnpaddedBody()
        {
            return "/NMQ-HEAT-GA\r\n\r\n1-3:0.2.8(50)\r\n0-1:24.1.0(004)\r\n0-1:24.2.1(260105120000W)(00240.860*GJ)\r\n!";
        }
    }
}
