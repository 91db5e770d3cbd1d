#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>general-block-transfer: a push split into numbered blocks, one HDLC frame each, decodes once
    /// complete; a missing block drops the transfer and the next one decodes.</summary>
    [TestClass]
    public class BlockTransfer_Reassembly_Tests
    {
        // Block n of `count` covering apdu[from, from + n), framed as HDLC.
        private static byte[] Block(byte[] apdu, int from, int n, int number, bool last)
        {
            byte[] b = new byte[7 + n];
            b[0] = 0xE0;
            b[1] = (byte)(last ? 0x80 : 0x00);
            b[2] = (byte)(number >> 8); b[3] = (byte)number;
            b[4] = 0; b[5] = 0;
            b[6] = (byte)n;
            for (int i = 0; i < n; i++) b[7 + i] = apdu[from + i];
            return DlmsFrameWriter.Hdlc(b, 1000);
        }

        private static byte[][] Blocks()
        {
            byte[] apdu = CryptoTestBytes.Hex(DlmsGolden.Aidon);
            int third = apdu.Length / 3;
            return new byte[][]
            {
                Block(apdu, 0, third, 1, false),
                Block(apdu, third, third, 2, false),
                Block(apdu, 2 * third, apdu.Length - 2 * third, 3, true)
            };
        }

        [TestMethod]
        public void ThreeBlocksInOrder_OneReading()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[][] blocks = Blocks();
            h.Push(blocks[0], 0);
            h.Push(blocks[1], 10);
            Assert.AreEqual(0, h.Sink.Count);
            h.Push(blocks[2], 20);
            Assert.AreEqual(1, h.Sink.Count);
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 2.0, "kW");
            Assert.AreEqual(8, h.Sink.Last.Count);
        }

        [TestMethod]
        public void MiddleBlockLost_Dropped_NextTransferDecodes()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            byte[][] blocks = Blocks();
            h.Push(blocks[0], 0);
            h.Push(blocks[2], 20);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.Dlms.Decoder.Blocks.Dropped);
            for (int i = 0; i < 3; i++) h.Push(blocks[i], 30 + i);
            Assert.AreEqual(1, h.Sink.Count);
        }
    }
}
