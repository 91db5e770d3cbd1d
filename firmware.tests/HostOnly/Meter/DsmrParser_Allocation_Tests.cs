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

        [TestMethod]
        public void Push_ObisKeyLinesListsAndConvertedUnits_AllocateNothingInSteadyState()
        {
            // Issue 9 paths: rows made once per unnamed code, list items in preallocated arrays, units converted in place.
            string body = "/NMQ5\\2ALLOC-1\r\n\r\n1-3:0.2.8(50)\r\n0-0:1.0.0(260105120000W)\r\n1-0:1.8.1(000185000*Wh)\r\n"
                + "1-0:23.7.0(0000.010*kVAr)\r\n0-0:96.99.9(ABC)(DEF)\r\n1-0:99.97.0(2)(0-0:96.7.19)(101208152415W)(0000000240*s)(101208151004W)(0000000301*s)\r\n"
                + "0-0:98.1.0(2)(1-0:1.6.0)(1-0:1.6.0)(200501000000S)(200423192538S)(03.695*kW)(200401000000S)(200305122139S)(05.980*kW)\r\n"
                + "0-1:24.1.0(003)\r\n0-1:96.1.0()\r\n0-1:24.2.1(700101010000W)(00000000)\r\n0-2:24.1.0(003)\r\n0-2:24.2.1(260105115500W)(00246.138*m3)\r\n!";
            byte[] bytes = TelegramFramer_Mutation_Properties.Bytes(body + Crc16Arc.Compute(TelegramFramer_Mutation_Properties.Bytes(body), 0, body.Length).ToString("X4") + "\r\n");
            var sink = new NullSink();
            var reader = new MeterReader(new MeterConfig(), sink, null);
            for (int i = 0; i < 10; i++) reader.Push(bytes, 0, bytes.Length, i * 1000);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++) reader.Push(bytes, 0, bytes.Length, (i + 10) * 1000);
            long perTelegram = (GC.GetAllocatedBytesForCurrentThread() - before) / 200;
            Assert.AreEqual(210, sink.Count);
            Assert.AreEqual(0L, reader.MalformedLines);
            Assert.AreEqual(0L, perTelegram);
        }
    }
}
