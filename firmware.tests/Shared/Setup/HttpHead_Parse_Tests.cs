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
    public class HttpHead_Parse_Tests
    {
        private static int Parse(string head, SetupRequest r, HttpHead h)
        {
            byte[] b = Encoding.UTF8.GetBytes(head);
            return h.Parse(b, b.Length, r);
        }

        [TestMethod]
        public void Parse_BrowserPost_FillsRequest()
        {
            SetupRequest r = new SetupRequest();
            HttpHead h = new HttpHead();
            int s = Parse("POST /setup?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nCookie: nm_session=ab\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\n", r, h);
            Assert.AreEqual(0, s);
            Assert.AreEqual("POST", r.Method);
            Assert.AreEqual("/setup", r.Path);
            Assert.AreEqual("x=1", r.Query);
            Assert.AreEqual("nm_session=ab", r.Cookie);
            Assert.AreEqual(12, h.ContentLength);
        }

        [TestMethod]
        public void Parse_Malformed_GivesItsStatus()
        {
            SetupRequest r = new SetupRequest();
            HttpHead h = new HttpHead();
            Assert.AreEqual(400, Parse("GET /\r\n\r\n", r, h));
            Assert.AreEqual(400, Parse("GET / HTTP/2.0\r\n\r\n", r, h));
            Assert.AreEqual(400, Parse("GET /\u00e9 HTTP/1.1\r\n\r\n", r, h));
            Assert.AreEqual(501, Parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", r, h));
            Assert.AreEqual(413, Parse("POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n", r, h));
            Assert.AreEqual(400, Parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", r, h));
            Assert.AreEqual(400, Parse("GET / HTTP/1.1\r\nNoColon\r\n\r\n", r, h));
            StringBuilder big = new StringBuilder("GET / HTTP/1.1\r\n");
            while (big.Length <= SetupLimits.MaxHeadBytes) big.Append("X-Pad: 0123456789012345678901234567890123456789\r\n");
            Assert.AreEqual(431, Parse(big.Append("\r\n").ToString(), r, h));
            StringBuilder longTarget = new StringBuilder("GET /");
            for (int i = 0; i < SetupLimits.MaxTargetChars; i++) longTarget.Append('a');
            Assert.AreEqual(414, Parse(longTarget.Append(" HTTP/1.1\r\n\r\n").ToString(), r, h));
        }
    }
}
