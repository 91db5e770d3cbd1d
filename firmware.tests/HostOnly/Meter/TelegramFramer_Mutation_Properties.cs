using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.HostOnly.Meter
{
    /// <summary>
    /// Property tests over mutated golden telegrams (bit flips, deletions, insertions, splices, duplicated
    /// runs) cut into random chunks with random gaps: the framer and parser never throw, never exceed the
    /// buffer, never deliver a telegram whose CRC is bad, and every byte is accounted for. A failing case
    /// prints its (goldens, seed) so it replays exactly.
    /// </summary>
    [TestClass]
    public class TelegramFramer_Mutation_Properties
    {
        private static readonly string[] CrcGoldens = { "Dsmr50ThreePhase", "Dsmr50SinglePhase", "Dsmr42", "FluviusEmucs" };
        private static readonly byte[] Interesting = "/!()*:.-\r\n0123456789ABCDEFabcdef"u8.ToArray();

        /// <summary>One generated case: which goldens, in which order, and the seed of everything else.</summary>
        public sealed record Case(int[] Goldens, int Seed, int Mutations, bool AutoMode)
        {
            public override string ToString() => $"goldens=[{string.Join(",", Goldens)}] seed={Seed} mutations={Mutations} auto={AutoMode}";
        }

        private static Arbitrary<Case> Cases() =>
            (from goldens in Gen.Choose(0, CrcGoldens.Length - 1).ArrayOf().Where(a => a.Length >= 1 && a.Length <= 4)
             from seed in Gen.Choose(0, int.MaxValue - 1)
             from mutations in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 4)), (2, Gen.Choose(5, 40)))
             from auto in Gen.Elements(false, true)
             select new Case(goldens, seed, mutations, auto)).ToArbitrary();

        private sealed class CheckingListener : ITelegramListener
        {
            public readonly DsmrParser Parser = new DsmrParser(null, 2048);
            public readonly Reading Reading = new Reading();
            public readonly List<string> Problems = new List<string>();
            public int Delivered;
            public long DeliveredBytes;
            public bool RequireCrc;
            public int Capacity;

            public void OnTelegram(byte[] buffer, int length, bool hasCrc, long nowMs)
            {
                Delivered++;
                DeliveredBytes += length;
                if (length > Capacity) Problems.Add("longer than the buffer");
                if (buffer[0] != (byte)'/') Problems.Add("does not start with '/'");
                if (RequireCrc && !hasCrc) Problems.Add("no CRC in dsmr5 mode");
                if (hasCrc)
                {
                    // 1 to 4 hex digits after '!': a deleted leading zero ("!0534" -> "!534") is a valid
                    // unpadded CRC (issue 9, TelegramFramer), so the trailer is found, not assumed 4 long.
                    int bang = length - 2;
                    while (bang > 0 && bang >= length - 5 && buffer[bang] != (byte)'!') bang--;
                    if (bang < 1 || buffer[bang] != (byte)'!') Problems.Add("trailer not at the end");
                    else
                    {
                        ushort crc = Crc16Arc.Compute(buffer, 0, bang + 1);
                        string sent = System.Text.Encoding.ASCII.GetString(buffer, bang + 1, length - bang - 1);
                        if (!int.TryParse(sent, System.Globalization.NumberStyles.HexNumber, null, out int value) || value != crc) Problems.Add("bad CRC delivered");
                    }
                }

                Parser.Parse(buffer, length, Reading); // must not throw
                if (Reading.Count > Reading.MaxEntries) Problems.Add("reading over its bound");
            }
        }

        internal static byte[] Mutate(byte[] input, Random random, int mutations)
        {
            var bytes = new List<byte>(input);
            for (int m = 0; m < mutations && bytes.Count > 0; m++)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                    case 1: bytes.RemoveRange(at, Math.Min(random.Next(1, 4), bytes.Count - at)); break;
                    case 2: bytes.Insert(at, random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)]); break;
                    case 3:
                        // Splice: a run of another golden telegram (glued or interleaved telegrams).
                        byte[] other = Bytes(GoldenSource.Get(CrcGoldens[random.Next(CrcGoldens.Length)]));
                        int from = random.Next(other.Length);
                        bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 300)));
                        break;
                    default:
                        int len = Math.Min(random.Next(1, 200), bytes.Count - at);
                        bytes.InsertRange(at, bytes.GetRange(at, len)); // a repeated run (UART buffer replay)
                        break;
                }
            }

            return bytes.ToArray();
        }

        internal static byte[] Bytes(string s) => s.Select(c => (byte)c).ToArray();

        private static bool Holds(Case c)
        {
            var random = new Random(c.Seed);
            byte[] clean = c.Goldens.SelectMany(g => Bytes(GoldenSource.Get(CrcGoldens[g]))).ToArray();
            byte[] stream = Mutate(clean, random, c.Mutations);
            var config = new MeterConfig { Protocol = c.AutoMode ? "auto" : "dsmr5" };
            var listener = new CheckingListener { RequireCrc = !c.AutoMode, Capacity = config.MaxTelegramBytes };
            var framer = new TelegramFramer(config, listener);
            long now = 0;
            int i = 0;
            while (i < stream.Length)
            {
                int n = Math.Min(stream.Length - i, random.Next(1, 400));
                // Stalls longer than the receive timeout are a fault of their own: only in mutated streams.
                now += c.Mutations > 0 && random.Next(10) == 0 ? random.Next(0, 2 * config.ReceiveTimeoutMs) : random.Next(0, 50);
                if (random.Next(8) == 0) framer.Tick(now);
                framer.Push(stream, i, n, now);
                i += n;
                if (framer.PendingBytes > framer.Capacity) listener.Problems.Add("pending over capacity");
                if (framer.BytesIn != i) listener.Problems.Add("BytesIn differs from bytes pushed");
                if (framer.BytesIn != framer.OkBytes + framer.RejectedBytes + framer.GarbageBytes + framer.IdleBytes + framer.PendingBytes)
                    listener.Problems.Add("bytes do not add up");
            }

            if (framer.OkBytes != listener.DeliveredBytes || framer.TelegramsOk != listener.Delivered) listener.Problems.Add("ok counters differ from deliveries");
            if (c.Mutations == 0 && listener.Delivered != c.Goldens.Length) listener.Problems.Add("clean stream lost telegrams");
            if (listener.Problems.Count > 0) throw new Exception(c + ": " + string.Join("; ", listener.Problems.Distinct()));
            return true;
        }

        [TestMethod]
        public void Push_MutatedGoldenStreams_InvariantsHold()
        {
            Prop.ForAll(Cases(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
        }

        [TestMethod]
        public void Push_CleanGoldensInRandomChunks_AllDelivered()
        {
            Prop.ForAll(Cases(), c => Holds(c with { Mutations = 0 })).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
        }

        [TestMethod]
        public void GoldenSource_ReadsEveryGolden()
        {
            Assert.AreEqual(5, GoldenSource.All.Count);
            Assert.AreEqual(1155, GoldenSource.Get("Dsmr50ThreePhase").Length);
            Assert.IsTrue(GoldenSource.Get("Dsmr22").EndsWith("\r\n!\r\n", StringComparison.Ordinal));
        }
    }
}
