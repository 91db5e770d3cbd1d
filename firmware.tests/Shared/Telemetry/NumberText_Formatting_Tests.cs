#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using NodeMqtt.Telemetry;
using NodeMqtt.Json;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class NumberText_Formatting_Tests
    {
        private static string Fixed(double v, int decimals)
        {
            StringBuilder sb = new StringBuilder();
            NumberText.AppendFixed(sb, v, decimals);
            return sb.ToString();
        }

        private static string Long(long v)
        {
            StringBuilder sb = new StringBuilder();
            NumberText.AppendLong(sb, v);
            return sb.ToString();
        }

        private static string Iso(long ms)
        {
            StringBuilder sb = new StringBuilder();
            NumberText.AppendIsoUtc(sb, ms);
            return sb.ToString();
        }

        [TestMethod]
        public void AppendFixed_Decimals_PadsAndTrimsToTheFieldsDecimals()
        {
            Assert.AreEqual("1431.297", Fixed(1431.297, 3));
            Assert.AreEqual("0.100", Fixed(0.1, 3));
            Assert.AreEqual("230.0", Fixed(230, 1));
            Assert.AreEqual("12", Fixed(12.4, 0));
            Assert.AreEqual("0.000000001", Fixed(0.000000001, 9));
        }

        [TestMethod]
        public void AppendFixed_Rounding_HalfAwayFromZero()
        {
            Assert.AreEqual("0.13", Fixed(0.125, 2));
            Assert.AreEqual("-0.13", Fixed(-0.125, 2));
            Assert.AreEqual("3", Fixed(2.5, 0));
            Assert.AreEqual("10.000", Fixed(9.9996, 3));
            Assert.AreEqual("1.00", Fixed(1.005, 2)); // the double is 1.00499999...
        }

        [TestMethod]
        public void AppendFixed_Negatives_HaveSignAndNoNegativeZero()
        {
            Assert.AreEqual("-1.500", Fixed(-1.5, 3));
            Assert.AreEqual("0.000", Fixed(-0.0001, 3));
            Assert.AreEqual("0", Fixed(-0.0, 0));
        }

        [TestMethod]
        public void AppendFixed_LargeValues_NeverUseAnExponent()
        {
            Assert.AreEqual("123456789012.345", Fixed(123456789012.345, 3));
            Assert.AreEqual("100000000000000000000.0", Fixed(1e20, 1));
            Assert.AreEqual("-10000000000000000000000000", Fixed(-1e25, 0));
            string huge = Fixed(1.7e308, 0);
            Assert.AreEqual(309, huge.Length);
            Assert.IsTrue(huge.IndexOf('E') < 0 && huge.IndexOf('e') < 0);
        }

        [TestMethod]
        public void AppendFixed_NaNAndInfinity_WriteNull()
        {
            Assert.AreEqual("null", Fixed(double.NaN, 3));
            Assert.AreEqual("null", Fixed(double.PositiveInfinity, 3));
            Assert.AreEqual("null", Fixed(double.NegativeInfinity, 0));
        }

        [TestMethod]
        public void AppendFixed_DecimalsOutOfRange_AreClamped()
        {
            Assert.AreEqual("2", Fixed(1.5, -3));
            Assert.AreEqual("0.333333333", Fixed(1.0 / 3.0, 15));
        }

        [TestMethod]
        public void AppendLong_Extremes_AreExact()
        {
            Assert.AreEqual("0", Long(0));
            Assert.AreEqual("-42", Long(-42));
            Assert.AreEqual("9223372036854775807", Long(long.MaxValue));
            Assert.AreEqual("-9223372036854775808", Long(long.MinValue));
        }

        [TestMethod]
        public void AppendIsoUtc_KnownInstants_MatchCalendar()
        {
            Assert.AreEqual("2026-01-02T03:04:05Z", Iso(1767323045000));
            Assert.AreEqual("2024-02-29T23:59:59Z", Iso(1709251199000));
            Assert.AreEqual("1970-01-01T00:00:00Z", Iso(0));
            Assert.AreEqual("2026-01-02T03:04:05.007Z", Iso(1767323045007));
            Assert.AreEqual("1970-01-01T00:00:00Z", Iso(-5));
        }

        [TestMethod]
        public void Crc32_CheckValue_MatchesIeee()
        {
            byte[] data = Encoding.UTF8.GetBytes("123456789");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }
    }
}
