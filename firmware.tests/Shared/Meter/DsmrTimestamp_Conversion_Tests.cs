#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>DSMR timestamps (YYMMDDhhmmss + S/W) to UTC milliseconds, without DateTime.</summary>
    [TestClass]
    public class DsmrTimestamp_Conversion_Tests
    {
        private static long Parse(string text)
        {
            return DsmrTimestamp.Parse(MeterTestBytes.Of(text), 0, text.Length);
        }

        [TestMethod]
        public void Parse_WinterFlag_IsUtcPlusOne()
        {
            Assert.AreEqual(1291890620000L, Parse("101209113020W")); // 2010-12-09 10:30:20 UTC
        }

        [TestMethod]
        public void Parse_SummerFlag_IsUtcPlusTwo()
        {
            Assert.AreEqual(1598790131000L, Parse("200830142211S")); // 2020-08-30 12:22:11 UTC
        }

        [TestMethod]
        public void Parse_NoFlagAroundSpringChange_FollowsEuRule()
        {
            Assert.AreEqual(1711846799000L, Parse("240331015959"));  // last winter second, 00:59:59 UTC
            Assert.AreEqual(1711846800000L, Parse("240331030000"));  // first summer second, 01:00:00 UTC
        }

        [TestMethod]
        public void Parse_NoFlagInRepeatedOctoberHour_ReadsWinter()
        {
            Assert.AreEqual(1729992600000L, Parse("241027023000"));  // 02:30 CET = 01:30 UTC
            Assert.AreEqual(1729985400000L, Parse("241027013000"));  // 01:30 CEST = 23:30 UTC the day before
        }

        [TestMethod]
        public void Parse_LeapDay_IsAccepted()
        {
            Assert.AreEqual(1709161200000L, Parse("240229000000W")); // 2024-02-28 23:00 UTC
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("230229000000W"));
        }

        [TestMethod]
        public void Parse_Garbage_IsInvalid()
        {
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("1012091130"));
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("101309113020W"));
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("101209113020X"));
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("10120911302AW"));
            Assert.AreEqual(DsmrTimestamp.Invalid, Parse("101209243020W"));
        }

        [TestMethod]
        public void DaysFromCivil_KnownDates_MatchCalendar()
        {
            Assert.AreEqual(0L, DsmrTimestamp.DaysFromCivil(1970, 1, 1));
            Assert.AreEqual(10957L, DsmrTimestamp.DaysFromCivil(2000, 1, 1));
            Assert.AreEqual(19782L, DsmrTimestamp.DaysFromCivil(2024, 2, 29));
        }
    }
}
