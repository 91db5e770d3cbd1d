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
    public class JsonWriter_Escaping_Tests
    {
        private static string Str(string value)
        {
            JsonWriter w = new JsonWriter(new StringBuilder());
            w.String(value);
            return w.Builder.ToString();
        }

        [TestMethod]
        public void String_QuotesAndBackslashes_AreEscaped()
        {
            Assert.AreEqual("\"say \\\"hi\\\" to C:\\\\meter\"", Str("say \"hi\" to C:\\meter"));
        }

        [TestMethod]
        public void String_NamedControlCharacters_UseShortEscapes()
        {
            Assert.AreEqual("\"a\\nb\\rc\\td\\be\\f\"", Str("a\nb\rc\td\be\f"));
        }

        [TestMethod]
        public void String_OtherControlCharacters_UseUnicodeEscapes()
        {
            Assert.AreEqual("\"\\u0000\\u0001\\u001f\\u001b\"", Str("\u0000\u0001\u001f\u001b"));
        }

        [TestMethod]
        public void String_NonAsciiMeterText_PassesThroughAsUtf8()
        {
            string json = Str("Storing \u00e9\u00e9n \u20ac \u00b3");
            Assert.AreEqual("\"Storing \u00e9\u00e9n \u20ac \u00b3\"", json);
            StringBuilder sb = new StringBuilder(json);
            byte[] bytes = new byte[Utf8Text.ByteCount(sb)];
            Utf8Text.Encode(sb, bytes, 0);
            Assert.AreEqual(json, Encoding.UTF8.GetString(bytes, 0, bytes.Length));
            Assert.AreEqual(json.Length + 1 + 1 + 2 + 1, bytes.Length);
        }

        [TestMethod]
        public void Encode_SurrogatePairAndLoneSurrogate_GiveValidUtf8()
        {
            StringBuilder sb = new StringBuilder("\ud83d\ude00x\ud800");
            byte[] bytes = new byte[Utf8Text.ByteCount(sb)];
            int n = Utf8Text.Encode(sb, bytes, 0);
            Assert.AreEqual(8, n);
            Assert.AreEqual((byte)0xF0, bytes[0]);
            Assert.AreEqual((byte)'x', bytes[4]);
            Assert.AreEqual((byte)0xEF, bytes[5]);
            Assert.AreEqual((byte)0xBD, bytes[7]);
        }

        [TestMethod]
        public void String_Null_WritesNull()
        {
            Assert.AreEqual("null", Str(null));
        }

        [TestMethod]
        public void Nesting_ObjectsArraysAndProperties_GetCommasRight()
        {
            JsonWriter w = new JsonWriter(new StringBuilder());
            w.BeginObject();
            w.Property("a", 1);
            w.Name("b");
            w.BeginArray();
            w.String("x");
            w.Long(-2);
            w.BeginObject();
            w.EndObject();
            w.Null();
            w.EndArray();
            w.Property("c", true);
            w.Name("d", "_time");
            w.IsoTime(Fakes.TelemetryFixtures.MeterTime);
            w.Name("e");
            w.Number(double.NaN, 2);
            w.EndObject();
            Assert.AreEqual("{\"a\":1,\"b\":[\"x\",-2,{},null],\"c\":true,\"d_time\":\"2026-01-02T03:04:05Z\",\"e\":null}", w.Builder.ToString());
            Assert.AreEqual(0, w.Depth);
        }

        [TestMethod]
        public void Reset_AfterDocument_StartsCleanWithoutLeadingComma()
        {
            JsonWriter w = new JsonWriter(new StringBuilder());
            w.BeginObject();
            w.Property("a", 1);
            w.EndObject();
            w.Reset();
            w.BeginObject();
            w.Property("b", 2);
            w.EndObject();
            Assert.AreEqual("{\"b\":2}", w.Builder.ToString());
        }

        [TestMethod]
        public void Name_WithSpecialCharacters_IsEscaped()
        {
            JsonWriter w = new JsonWriter(new StringBuilder());
            w.BeginObject();
            w.Property("k\"\n", "v");
            w.EndObject();
            Assert.AreEqual("{\"k\\\"\\n\":\"v\"}", w.Builder.ToString());
        }
    }
}
