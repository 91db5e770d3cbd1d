#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>CRC-16/ARC and CRC-16/X.25 against their catalogue check values and the golden telegrams.</summary>
    [TestClass]
    public class Crc16_CheckValue_Tests
    {
        [TestMethod]
        public void Crc16Arc_CheckString_Is0xBB3D()
        {
            byte[] data = MeterTestBytes.Of("123456789");
            Assert.AreEqual((ushort)0xBB3D, Crc16Arc.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void Crc16Arc_UpdateByteByByte_EqualsCompute()
        {
            byte[] data = MeterTestBytes.Of("x123456789y");
            ushort crc = 0;
            for (int i = 1; i < 10; i++) crc = Crc16Arc.Update(crc, data[i]);
            Assert.AreEqual((ushort)0xBB3D, crc);
            Assert.AreEqual(Crc16Arc.Compute(data, 1, 9), crc);
        }

        [TestMethod]
        public void Crc16Arc_UpdateRunAnyLengthAndOffset_EqualsByteByByte()
        {
            // The run form takes four bytes at a time: every length around that stride and every
            // alignment, starting from a running CRC that is not zero, must agree with the byte form.
            byte[] data = new byte[64];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 73 + 11);
            for (int offset = 0; offset < 5; offset++)
            {
                for (int count = 0; count + offset <= 40; count++)
                {
                    ushort bytewise = 0x1234;
                    for (int i = offset; i < offset + count; i++) bytewise = Crc16Arc.Update(bytewise, data[i]);
                    Assert.AreEqual(bytewise, Crc16Arc.Update((ushort)0x1234, data, offset, count), "offset " + offset + ", count " + count);
                }
            }
        }

        [TestMethod]
        public void Crc16X25_CheckString_Is0x906E()
        {
            byte[] data = MeterTestBytes.Of("123456789");
            Assert.AreEqual((ushort)0x906E, Crc16X25.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void Crc16Arc_GoldenTelegrams_MatchTheirTrailer()
        {
            for (int g = 0; g < GoldenTelegrams.All.Length; g++)
            {
                if (!GoldenTelegrams.HasCrc[g]) continue;
                string t = GoldenTelegrams.All[g];
                int bang = t.IndexOf('!');
                ushort crc = Crc16Arc.Compute(MeterTestBytes.Of(t), 0, bang + 1);
                Assert.AreEqual(crc.ToString("X4"), t.Substring(bang + 1, 4), GoldenTelegrams.Names[g]);
            }
        }
    }
}
