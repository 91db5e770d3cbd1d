#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>HDLC framing under chunking, segmentation and damage: good frames decode, damaged ones are
    /// counted and yield no values, and the byte accounting always adds up.</summary>
    [TestClass]
    public class HdlcFramer_BrokenInput_Tests
    {
        [TestMethod]
        public void Push_OneByteAtATime_SameAsOneChunk()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.PushBytewise(DlmsHarness.Hdlc(DlmsGolden.Aidon), 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(8, h.Sink.Last.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_SegmentedIntoFrames_Reassembled()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frames = DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.Kamstrup), 40);
            h.Push(frames, 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.IsTrue(h.Reader.Dlms.Framer.FramesOk >= 4);
            Assert.AreEqual(1, h.Reader.Dlms.Framer.ApdusOk);
            MeterAsserts.Number(h.Sink.Last, "energy_delivered_kwh", 12345.67, "kWh");
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_FcsByteFlipped_CountedNoValues()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frame = DlmsHarness.Hdlc(DlmsGolden.Aidon);
            frame[frame.Length - 3] ^= 0x01;
            h.Push(frame, 0);
            h.Push(DlmsHarness.Hdlc(DlmsGolden.Kamstrup), 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            MeterAsserts.Text(h.Sink.Last, "list_version", "Kamstrup_V0001"); // the next frame is unaffected
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_BodyByteFlipped_FcsCatchesIt()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frame = DlmsHarness.Hdlc(DlmsGolden.Aidon);
            frame[40] ^= 0x10;
            h.Push(frame, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.AreEqual(0L, h.Reader.Values);
        }

        [TestMethod]
        public void Push_HeaderByteFlipped_HcsRejects()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frame = DlmsHarness.Hdlc(DlmsGolden.Aidon);
            frame[5] ^= 0x02; // control byte
            h.Push(frame, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.Dlms.Framer.ChecksumFailures);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_MiddleSegmentLost_ChainDroppedNextPushDecodes()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frames = DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.Kamstrup), 40);
            byte[] damaged = (byte[])frames.Clone();
            damaged[60] ^= 0xFF; // inside the second frame
            h.Push(damaged, 0);
            Assert.AreEqual(0, h.Sink.Count);
            h.Push(frames, 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Tick_StalledFrame_TruncatedAfterTimeout()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[] frame = DlmsHarness.Hdlc(DlmsGolden.Aidon);
            h.Reader.Push(frame, 0, 50, 0);
            h.Reader.Tick(1000);
            Assert.AreEqual(0, h.Reader.Truncated);
            h.Reader.Tick(5000);
            Assert.AreEqual(1, h.Reader.Truncated);
            h.Reader.Push(frame, 50, frame.Length - 50, 5001);
            Assert.AreEqual(0, h.Sink.Count);
            h.Push(frame, 5002);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_SharedFlagBetweenFrames_BothDecoded()
        {
            byte[] a = DlmsHarness.Hdlc(DlmsGolden.Aidon);
            byte[] b = DlmsHarness.Hdlc(DlmsGolden.KaifaList1);
            byte[] joined = new byte[a.Length + b.Length - 1];
            for (int i = 0; i < a.Length; i++) joined[i] = a[i];
            for (int i = 1; i < b.Length; i++) joined[a.Length + i - 1] = b[i]; // a's closing flag opens b
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(joined, 0);
            Assert.AreEqual(2, h.Sink.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_TwoByteDestinationAddress_Accepted()
        {
            // 7E A0 LL | 00 41 (2-byte destination) 03 13 HCS | E6 E7 00 APDU | FCS 7E, built by hand.
            byte[] apdu = CryptoTestBytes.Hex(DlmsGolden.KaifaList1);
            byte[] f = new byte[apdu.Length + 15];
            int length = apdu.Length + 13;
            f[0] = 0x7E; f[1] = 0xA0; f[2] = (byte)length; f[3] = 0x00; f[4] = 0x41; f[5] = 0x03; f[6] = 0x13;
            ushort hcs = Crc16X25.Compute(f, 1, 6);
            f[7] = (byte)hcs; f[8] = (byte)(hcs >> 8);
            f[9] = 0xE6; f[10] = 0xE7; f[11] = 0x00;
            for (int i = 0; i < apdu.Length; i++) f[12 + i] = apdu[i];
            ushort fcs = Crc16X25.Compute(f, 1, length - 2);
            f[length - 1] = (byte)fcs; f[length] = (byte)(fcs >> 8); f[length + 1] = 0x7E;
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(f, 0);
            Assert.AreEqual(1, h.Sink.Count);
        }

        [TestMethod]
        public void Push_ApduLargerThanBuffer_OversizeCounted()
        {
            MeterConfig config = new MeterConfig();
            config.Protocol = "dlms";
            config.MaxTelegramBytes = 256;
            RecordingReadingSink sink = new RecordingReadingSink();
            MeterReader reader = new MeterReader(config, sink, null);
            byte[] big = new byte[400];
            big[0] = 0x0F;
            byte[] frames = DlmsFrameWriter.Hdlc(big, 120);
            reader.Push(frames, 0, frames.Length, 0);
            Assert.AreEqual(0, sink.Count);
            Assert.AreEqual(1, reader.Oversize);
        }
    }
}
