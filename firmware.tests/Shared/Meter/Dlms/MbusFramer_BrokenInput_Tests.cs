#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter.Dlms;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>Wired M-Bus framing: segments join, a bad checksum or a lost segment costs that push only.</summary>
    [TestClass]
    public class MbusFramer_BrokenInput_Tests
    {
        private static byte[] Frames(int maxPayload)
        {
            return DlmsFrameWriter.Mbus(DlmsHarness.Ciphered(DlmsGolden.Austria, 0x20, 3), maxPayload);
        }

        [TestMethod]
        public void Push_BytewiseThreeSegments_Decoded()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", DlmsGolden.Key, null);
            h.PushBytewise(Frames(80), 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(3, h.Reader.Dlms.Framer.FramesOk);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_ChecksumWrong_CountedNoValues()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", DlmsGolden.Key, null);
            byte[] f = Frames(250);
            f[f.Length - 2] ^= 0x01;
            h.Push(f, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.CrcFailures);
            Assert.AreEqual(0L, h.Reader.Values);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_FirstSegmentLost_RestDroppedNextPushDecoded()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", DlmsGolden.Key, null);
            byte[] f = Frames(80);
            int firstLength = f[1] + 6;
            h.Reader.Push(f, firstLength, f.Length - firstLength, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.IsTrue(h.Reader.Truncated >= 1);
            h.Push(f, 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Push_ShortFramesAndAcksBetween_CountedAsGarbage()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", DlmsGolden.Key, null);
            h.Push(new byte[] { 0xE5, 0x10, 0x40, 0xFF, 0x3F, 0x16 }, 0);
            h.Push(Frames(250), 1);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(6L, h.Reader.Dlms.Framer.GarbageBytes);
            Assert.IsTrue(h.BytesAddUp());
        }
    }
}
