#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Unit spellings of one quantity convert to the canonical unit; another quantity is refused.</summary>
    [TestClass]
    public class MeterUnit_Conversion_Tests
    {
        [TestMethod]
        public void Convert_WattHoursToKilowattHours_IsExactDecimal()
        {
            Assert.IsTrue(MeterTestBytes.Near(185.0, MeterUnit.Convert(185000, "Wh", "kWh")));
            Assert.IsTrue(MeterTestBytes.Near(0.98, MeterUnit.Convert(980, "W", "kW")));
        }

        [TestMethod]
        public void Convert_LowerCaseSpelling_IsSameUnit()
        {
            Assert.IsTrue(MeterTestBytes.Near(1.5, MeterUnit.Convert(1.5, "kwh", "kWh")));
            Assert.IsTrue(MeterTestBytes.Near(230.1, MeterUnit.Convert(230.1, "v", "V")));
            Assert.AreEqual(MeterUnit.Find("kvar"), MeterUnit.Find("kVAr"));
        }

        [TestMethod]
        public void Convert_OtherQuantity_IsNaN()
        {
            Assert.IsTrue(double.IsNaN(MeterUnit.Convert(1, "kW", "kWh")));
            Assert.IsTrue(double.IsNaN(MeterUnit.Convert(1, "A", "kW")));
            Assert.IsTrue(double.IsNaN(MeterUnit.Convert(1, "furlong", "kW")));
        }

        [TestMethod]
        public void Convert_KilowattHoursToGigajoules_UsesEnergyFactor()
        {
            Assert.IsTrue(MeterTestBytes.Near(3.6, MeterUnit.Convert(1000, "kWh", "GJ")));
        }

        [TestMethod]
        public void Find_Bytes_MatchesStringLookup()
        {
            byte[] b = MeterTestBytes.Of("(12*kWh)");
            Assert.AreEqual(MeterUnit.Find("kWh"), MeterUnit.Find(b, 4, 3));
            Assert.AreEqual(MeterUnit.None, MeterUnit.Find(b, 3, 3));
        }

        [TestMethod]
        public void ObisKey_FromCode_IsUnderscoredGroups()
        {
            Assert.AreEqual("obis_1_0_3_8_0", ObisKey.Make(DsmrObis.Parse("1-0:3.8.0")));
            Assert.AreEqual("obis_1_0_1_8_0_101", ObisKey.Make(1, 0, 1, 8, 0, 101));
            Assert.AreEqual("obis_1_0_1_8_0", ObisKey.Make(1, 0, 1, 8, 0, 255));
        }

        [TestMethod]
        public void MeterFieldTable_Find_ByCodeAndQuantity()
        {
            long limiter = DsmrObis.Parse("0-0:17.0.0");
            Assert.AreSame(DsmrFields.LimiterThreshold, MeterFieldTable.Find(limiter, MeterUnit.Find("W")));
            Assert.AreSame(DsmrFields.LimiterThresholdKva, MeterFieldTable.Find(limiter, MeterUnit.Find("kVA")));
            Assert.AreSame(DsmrFields.LimiterThresholdCurrent, MeterFieldTable.Find(limiter, MeterUnit.Find("A")));
            Assert.AreSame(DsmrFields.EnergyDeliveredTariff1, MeterFieldTable.Find(DsmrObis.Pack(1, 0, 1, 8, 1), MeterUnit.None));
            Assert.IsNull(MeterFieldTable.Find(DsmrObis.Pack(1, 0, 23, 7, 0), MeterUnit.None));
        }
    }
}
