using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.HostOnly.Meter
{
    /// <summary>Allocation budget of the meter path (NANOFRAMEWORK.md: ~100 KB heap, allocation per telegram is the cost).</summary>
    [TestClass]
    public class DsmrParser_Allocation_Tests
    {
        private sealed class NullSink : IReadingSink
        {
            public int Count;
            public void OnReading(Reading reading, long nowMs) { Count++; }
        }

        private static long AllocatedPerTelegram(string name, int telegrams)
        {
            byte[] bytes = TelegramFramer_Mutation_Properties.Bytes(GoldenSource.Get(name));
            var sink = new NullSink();
            var reader = new MeterReader(new MeterConfig(), sink, null);
            for (int i = 0; i < 10; i++) reader.Push(bytes, 0, bytes.Length, i * 1000); // warm up caches
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < telegrams; i++) reader.Push(bytes, 0, bytes.Length, (i + 10) * 1000);
            long after = GC.GetAllocatedBytesForCurrentThread();
            Assert.AreEqual(telegrams + 10, sink.Count);
            return (after - before) / telegrams;
        }

        [TestMethod]
        public void Push_RepeatedGoldenTelegrams_AllocateNothingInSteadyState()
        {
            // Texts equal to the previous telegram's reuse their strings; numbers never allocate.
            foreach (string name in GoldenSource.All.Keys)
            {
                if (name == "Dsmr22") continue; // auto mode needs CRC telegrams here; covered by the next test
                Assert.AreEqual(0L, AllocatedPerTelegram(name, 200), name);
            }
        }

        [TestMethod]
        public void Parse_ChangingTexts_OneAllocationPerChangedText()
        {
            // A text that changes costs one string (plus its char data), nothing more.
            var parser = new DsmrParser(null, 2048);
            var reading = new Reading();
            byte[] a = TelegramFramer_Mutation_Properties.Bytes("/XXX5\\t\r\n\r\n0-0:96.13.0(41)\r\n!");
            byte[] b = TelegramFramer_Mutation_Properties.Bytes("/XXX5\\t\r\n\r\n0-0:96.13.0(42)\r\n!");
            parser.Parse(a, a.Length, reading);
            parser.Parse(b, b.Length, reading);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) parser.Parse((i & 1) == 0 ? a : b, a.Length, reading);
            long perParse = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
            Assert.IsTrue(perParse > 0 && perParse <= 32, "bytes per parse: " + perParse);
        }
    }
}
