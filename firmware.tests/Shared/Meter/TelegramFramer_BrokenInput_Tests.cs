#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Field failures at the framing level (FIELD-FACTS.md "DSMR P1"), one situation per test.</summary>
    [TestClass]
    public class TelegramFramer_BrokenInput_Tests
    {
        private static readonly string Good = GoldenTelegrams.Dsmr50SinglePhase;

        [TestMethod]
        public void Push_PrecededByAnUnclosedTelegram_OldTruncatedNewDelivered()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(Good.Substring(0, 300), 0);
            h.Push(Good, 10);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.Truncated);
            Assert.AreEqual(0, h.Reader.CrcFailures);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_CrcOffByOneBit_Rejected()
        {
            byte[] bytes = MeterTestBytes.Of(Good);
            bytes[100] ^= 0x01;
            MeterHarness h = new MeterHarness("dsmr5");
            h.Reader.Push(bytes, 0, bytes.Length, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_GluedTelegrams_BothDelivered()
        {
            // Two telegrams with no CR LF after the first CRC.
            string first = Good.Substring(0, Good.Length - 2);
            MeterHarness h = new MeterHarness("auto");
            h.Push(first + GoldenTelegrams.Dsmr42, 0);
            Assert.AreEqual(2, h.Sink.Count);
            Assert.AreEqual(0, h.Reader.CrcFailures + h.Reader.Truncated);
        }

        [TestMethod]
        public void Push_GarbageBeforeSlash_SkippedAndCounted()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push("\u00ff\u00ffnoise)(*!1234\r\n", 0);
            h.Push(Good, 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(15L, h.Reader.GarbageBytes);
            Assert.AreEqual(4L, h.Reader.Framer.IdleBytes); // CR LF of the noise line and after the golden's CRC
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_Oversize_DroppedCountedAndResyncs()
        {
            MeterHarness h = new MeterHarness("auto", 512);
            h.Push(GoldenTelegrams.Dsmr50ThreePhase, 0); // 1155 bytes > 512
            Assert.AreEqual(1, h.Reader.Oversize);
            Assert.IsTrue(h.BytesAddUp());
            h.Push(GoldenTelegrams.Dsmr22, 1);            // 453 bytes fit
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(512, h.Reader.Framer.Capacity);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Tick_StalledMidLine_TruncatedAfterReceiveTimeout()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(Good.Substring(0, 200), 1000);
            h.Reader.Tick(1000 + h.Config.ReceiveTimeoutMs);
            Assert.AreEqual(0, h.Reader.Truncated);        // not longer than the timeout yet
            h.Reader.Tick(1001 + h.Config.ReceiveTimeoutMs);
            Assert.AreEqual(1, h.Reader.Truncated);
            h.Push(Good.Substring(200), 5000);             // the rest arrives late: it is garbage now
            Assert.AreEqual(0, h.Sink.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_StalledThenResumedWithinTimeout_Delivered()
        {
            MeterHarness h = new MeterHarness("auto");
            h.Push(Good.Substring(0, 200), 1000);
            h.Push(Good.Substring(200), 1000 + h.Config.ReceiveTimeoutMs);
            Assert.AreEqual(1, h.Sink.Count);
        }

        [TestMethod]
        public void Push_LowercaseCrc_Accepted()
        {
            int bang = Good.IndexOf('!');
            string lower = Good.Substring(0, bang + 1) + Good.Substring(bang + 1).ToLower();
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(lower, 0);
            Assert.AreEqual(1, h.Sink.Count);
        }

        [TestMethod]
        public void Push_MissingCrlfBeforeBang_LastLineStillParsed()
        {
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(MeterTestBytes.WithCrc("/XXX5\\test\r\n\r\n1-0:1.8.1(000001.500*kWh)\r\n1-0:1.7.0(00.250*kW)!"), 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.MalformedLines);
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 0.25, "kW");
        }

        [TestMethod]
        public void Push_BareBangAfterCrcTelegramsInAutoMode_Rejected()
        {
            // A DSMR 5 meter whose CRC digits were lost must not be taken for a DSMR 2.2 telegram.
            int bang = Good.IndexOf('!');
            MeterHarness h = new MeterHarness("auto");
            h.Push(Good, 0);
            h.Push(Good.Substring(0, bang + 1) + "\r\n", 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_TrailerNotHex_RejectedAsCrcFailure()
        {
            int bang = Good.IndexOf('!');
            MeterHarness h = new MeterHarness("dsmr5");
            h.Push(Good.Substring(0, bang + 1) + "12G4\r\n", 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_CleanStream_NoGarbageAndBytesAddUp()
        {
            // DSMR 2.2 first: auto mode stops accepting bare '!' once it has seen a CRC telegram.
            MeterHarness h = new MeterHarness("auto");
            h.Push(GoldenTelegrams.Dsmr22, 0);
            for (int g = 0; g < GoldenTelegrams.All.Length; g++)
            {
                if (GoldenTelegrams.HasCrc[g]) h.Push(GoldenTelegrams.All[g], g * 1000);
            }

            Assert.AreEqual(GoldenTelegrams.All.Length, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.GarbageBytes);
            Assert.AreEqual(0, h.Reader.CrcFailures + h.Reader.Truncated + h.Reader.Oversize);
            Assert.IsTrue(h.BytesAddUp());
        }
    }
}
