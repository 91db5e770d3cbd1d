#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Setup;
using NodeMqtt.Tests.Setup.Fakes;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>Page text is UTF-8 across chunk boundaries: two-, three- and four-byte characters and a lone surrogate.</summary>
    [TestClass]
    public class PageWriter_Utf8_Tests
    {
        [TestMethod]
        public void Text_NonAsciiAcrossChunks_EncodedWhole()
        {
            RecordingSink sink = new RecordingSink();
            sink.Begin(200, "text/html");
            PageWriter w = new PageWriter();
            w.Start(sink);
            string piece = "é€\uD83D\uDE00\uD800x"; // 2 + 3 + 4 + 3 (U+FFFD) + 1 bytes
            int repeats = SetupLimits.ChunkBytes / 13 + 3;
            for (int i = 0; i < repeats; i++) w.Text(piece);
            w.Finish();
            Assert.IsTrue(sink.Writes > 1, "crossed a chunk boundary");
            Assert.IsTrue(sink.LargestChunk <= SetupLimits.ChunkBytes);
            Assert.AreEqual(13 * repeats, sink.BodyLength);
            string expected = "é€\uD83D\uDE00\uFFFDx";
            string text = sink.Text;
            for (int i = 0; i < repeats; i++) Assert.AreEqual(expected, text.Substring(i * expected.Length, expected.Length), "piece " + i.ToString());
        }
    }
}
