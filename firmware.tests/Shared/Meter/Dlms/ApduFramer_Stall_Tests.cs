#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>The receive timeout every DLMS framer shares: a stalled frame or segment chain is dropped
    /// after <c>meter.receive_timeout_ms</c> (2 s by default), counted once, and the next whole frame decodes.</summary>
    [TestClass]
    public class ApduFramer_Stall_Tests
    {
        [TestMethod]
        public void Tick_HdlcFrameStalled_DroppedNextFrameDecodes()
        {
            Stall("dlms", null, DlmsHarness.Hdlc(DlmsGolden.Aidon), 50);
        }

        [TestMethod]
        public void Tick_MbusChainStalledAfterFirstSegment_DroppedNextPushDecodes()
        {
            byte[] frames = DlmsFrameWriter.Mbus(DlmsHarness.Ciphered(DlmsGolden.Austria, 0x20, 3), 80);
            // The first long frame is 68 L L 68, L bytes (C A CI, 2 TSAP bytes, payload), CS 16: complete, so only
            // the joined chain is pending when the meter goes quiet.
            Stall("dlms-mbus", DlmsGolden.Key, frames, frames[1] + 6);
        }

        [TestMethod]
        public void Tick_CipheredFrameStalled_DroppedNextFrameDecodes()
        {
            byte[] text = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            byte[] apdu = DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 7, 0x30, text);
            Stall("smarty", DlmsGolden.Key, apdu, 30);
        }

        private static void Stall(string protocol, string key, byte[] frame, int cut)
        {
            DlmsHarness h = new DlmsHarness(protocol, key, null);
            h.Reader.Push(frame, 0, cut, 0);
            h.Reader.Tick(1999);
            Assert.AreEqual(0, h.Reader.Truncated, "within the receive timeout nothing is dropped");
            h.Reader.Tick(2001);
            Assert.AreEqual(1, h.Reader.Truncated);
            Assert.AreEqual(0, h.Reader.Dlms.Framer.PendingBytes);
            h.Reader.Tick(9000);
            Assert.AreEqual(1, h.Reader.Truncated, "a dropped frame is counted once");
            h.Push(frame, 9001);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.Dlms.Framer.ApdusOk);
            Assert.IsTrue(h.BytesAddUp());
        }
    }
}
