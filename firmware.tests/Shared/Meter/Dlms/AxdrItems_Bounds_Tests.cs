#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>A-XDR reading stays inside its bounds: depth, item count and every length.</summary>
    [TestClass]
    public class AxdrItems_Bounds_Tests
    {
        [TestMethod]
        public void Read_NumbersOfEachWidth_SignedAndUnsigned()
        {
            byte[] d = CryptoTestBytes.Hex("02 06 0F FF 10 FF38 11 FF 12 FFFF 05 FFFFFFFE 15 FFFFFFFFFFFFFFFF");
            AxdrItems items = new AxdrItems();
            int next;
            Assert.IsTrue(items.Read(d, 0, d.Length, out next));
            Assert.AreEqual(d.Length, next);
            Assert.AreEqual(-1.0, items.NumberAt(1));
            Assert.AreEqual(-200.0, items.NumberAt(2));
            Assert.AreEqual(255.0, items.NumberAt(3));
            Assert.AreEqual(65535.0, items.NumberAt(4));
            Assert.AreEqual(-2.0, items.NumberAt(5));
            Assert.IsTrue(items.NumberAt(6) > 1.8e19);
        }

        [TestMethod]
        public void Read_Float32_Decoded()
        {
            byte[] d = CryptoTestBytes.Hex("17 40490FDB"); // pi as float32
            AxdrItems items = new AxdrItems();
            int next;
            Assert.IsTrue(items.Read(d, 0, d.Length, out next));
            Assert.IsTrue(items.NumberAt(0) > 3.14159 && items.NumberAt(0) < 3.1416);
        }

        [TestMethod]
        public void Read_NestedDeeperThanBound_Rejected()
        {
            byte[] d = CryptoTestBytes.Hex("02 01 02 01 02 01 02 01 02 01 02 01 02 01 11 05");
            AxdrItems items = new AxdrItems();
            int next;
            Assert.IsFalse(items.Read(d, 0, d.Length, out next));
        }

        [TestMethod]
        public void Read_StringLongerThanBody_Rejected()
        {
            byte[] d = CryptoTestBytes.Hex("09 10 0102");
            int next;
            Assert.IsFalse(new AxdrItems().Read(d, 0, d.Length, out next));
        }

        [TestMethod]
        public void Read_ArrayClaimingMoreItemsThanBound_Rejected()
        {
            byte[] d = new byte[600];
            d[0] = 0x01; d[1] = 0x82; d[2] = 0x01; d[3] = 0x2C; // array of 300 nulls
            int next;
            Assert.IsFalse(new AxdrItems().Read(d, 0, d.Length, out next));
        }

        [TestMethod]
        public void Read_UnknownTag_Rejected()
        {
            byte[] d = CryptoTestBytes.Hex("02 02 11 01 7F 00");
            int next;
            Assert.IsFalse(new AxdrItems().Read(d, 0, d.Length, out next));
        }
    }
}
