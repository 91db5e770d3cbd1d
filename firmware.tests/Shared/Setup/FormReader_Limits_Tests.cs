#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Setup;

namespace NodeMqtt.Tests.Setup
{
    [TestClass]
    public class FormReader_Limits_Tests
    {
        private static string Parse(FormReader f, string body)
        {
            byte[] b = Encoding.UTF8.GetBytes(body);
            return f.Parse(b, b.Length);
        }

        [TestMethod]
        public void Parse_EncodedValues_DecodesPlusPercentAndUtf8()
        {
            FormReader f = new FormReader();
            Assert.IsNull(Parse(f, "a=x+y&b=caf%C3%A9&c=&d=%26%3D"));
            Assert.AreEqual("x y", f.Get("a"));
            Assert.AreEqual("caf\u00e9", f.Get("b"));
            Assert.AreEqual("", f.Get("c"));
            Assert.AreEqual("&=", f.Get("d"));
            Assert.IsNull(f.Get("e"));
        }

        [TestMethod]
        public void Parse_BadEncodings_RefusedWhole()
        {
            FormReader f = new FormReader();
            Assert.IsNotNull(Parse(f, "a=%zz"));
            Assert.IsNotNull(Parse(f, "a=%C0%AF"));
            Assert.IsNotNull(Parse(f, "a=%ED%A0%80"));
            Assert.IsNotNull(Parse(f, "a=%0Aevil"));
            Assert.IsNotNull(Parse(f, "a=%C3"));
            Assert.IsNotNull(Parse(f, "a=1&a=2"));
            Assert.IsNotNull(Parse(f, "=1"));
            Assert.AreEqual(0, f.Count);
        }

        [TestMethod]
        public void Parse_OverLimits_Refused()
        {
            FormReader f = new FormReader();
            StringBuilder many = new StringBuilder();
            for (int i = 0; i <= SetupLimits.MaxFields; i++) many.Append("f").Append(i).Append("=1&");
            Assert.IsNotNull(Parse(f, many.ToString()));
            StringBuilder longValue = new StringBuilder("a=");
            for (int i = 0; i <= SetupLimits.MaxValueBytes; i++) longValue.Append('x');
            Assert.IsNotNull(Parse(f, longValue.ToString()));
            Assert.IsNotNull(f.Parse(new byte[SetupLimits.MaxBodyBytes + 1], SetupLimits.MaxBodyBytes + 1));
        }
    }
}
