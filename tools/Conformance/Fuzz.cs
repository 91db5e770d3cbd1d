using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using NodeMqtt.Meter;
using NodeMqtt.Tests.Meter;

namespace NodeMqtt.Conformance
{
    /// <summary>
    /// --fuzz N: N mutated DSMR 4/5 telegrams (1 to 3 random edits each: flip, insert, delete, duplicate,
    /// truncate; inserts favour the bytes that steer the framer: '!', '/', CR, LF, hex digits, '(' and ')')
    /// through a fresh MeterReader (a boot) in every protocol mode, and through one long-lived reader per
    /// mode. Counts readings and values delivered from telegrams that had no valid CRC: issue 9 requires 0.
    /// Seeded; a failing input is printed with its seed and index so it replays.
    /// </summary>
    public static class Fuzz
    {
        private static readonly string[] Modes = { "auto", "dsmr5", "dsmr22" };
        private static readonly byte[] Steering = { (byte)'!', (byte)'/', 13, 10, (byte)'(', (byte)')', (byte)'0', (byte)'A', (byte)'F', (byte)'*', (byte)'W', (byte)'S' };

        private sealed class Sink : IReadingSink
        {
            public MeterReader Reader;
            public int SeenWithoutCrc;
            public long UnverifiedReadings;
            public long UnverifiedValues;
            public long Readings;

            public void OnReading(Reading reading, long nowMs)
            {
                Readings++;
                if (Reader.ReadingsWithoutCrc == SeenWithoutCrc) return;
                SeenWithoutCrc = Reader.ReadingsWithoutCrc;
                UnverifiedReadings++;
                UnverifiedValues += reading.Count;
            }
        }

        public static int Run(string folder, int count, int seed)
        {
            var seeds = Seeds(folder);
            Console.WriteLine($"fuzz: {count} mutated inputs from {seeds.Count} DSMR 4/5 telegrams with a valid CRC, seed {seed}, modes auto/dsmr5/dsmr22");
            var rng = new Random(seed);
            var longLived = new Sink[Modes.Length];
            for (int m = 0; m < Modes.Length; m++)
            {
                longLived[m] = new Sink();
                longLived[m].Reader = new MeterReader(new MeterConfig { Protocol = Modes[m] }, longLived[m], null);
            }

            var fresh = new long[Modes.Length, 3]; // readings, unverified readings, unverified values
            var sw = Stopwatch.StartNew();
            long now = 0;
            int firstBad = -1;
            for (int i = 0; i < count; i++)
            {
                byte[] input = Mutate(seeds[rng.Next(seeds.Count)], rng);
                for (int m = 0; m < Modes.Length; m++)
                {
                    var s = new Sink();
                    s.Reader = new MeterReader(new MeterConfig { Protocol = Modes[m] }, s, null);
                    s.Reader.Push(input, 0, input.Length, 0);
                    s.Reader.Push(new byte[] { 13, 10 }, 0, 2, 1);
                    fresh[m, 0] += s.Readings;
                    fresh[m, 1] += s.UnverifiedReadings;
                    fresh[m, 2] += s.UnverifiedValues;
                    if (s.UnverifiedValues > 0 && firstBad < 0)
                    {
                        firstBad = i;
                        Console.WriteLine($"  unverified values in mode {Modes[m]}, input {i} (seed {seed}): {System.Text.Encoding.Latin1.GetString(input).Replace("\r\n", "\\r\\n")}");
                    }

                    now += 10;
                    longLived[m].Reader.Push(input, 0, input.Length, now);
                }
            }

            bool ok = true;
            for (int m = 0; m < Modes.Length; m++)
            {
                var l = longLived[m];
                Console.WriteLine($"  {Modes[m],-6} fresh reader: {fresh[m, 0]} readings, {fresh[m, 1]} without a valid CRC carrying {fresh[m, 2]} values;"
                    + $" long-lived reader: {l.Readings} readings, {l.UnverifiedReadings} without a valid CRC carrying {l.UnverifiedValues} values, {l.Reader.CrcFailures} CRC rejections, {l.Reader.ParserFaults} parser faults");
                ok &= fresh[m, 2] == 0 && l.UnverifiedValues == 0 && l.Reader.ParserFaults == 0;
            }

            Console.WriteLine($"FUZZ {(ok ? "PASS" : "FAIL")}: {count} inputs x {Modes.Length} modes in {sw.Elapsed.TotalSeconds:F1} s; values published from DSMR 4/5 telegrams without a valid CRC: {(ok ? 0 : -1)}");
            return ok ? 0 : 1;
        }

        private static List<byte[]> Seeds(string folder)
        {
            var list = new List<byte[]>();
            for (int i = 0; i < GoldenTelegrams.All.Length; i++)
            {
                if (GoldenTelegrams.HasCrc[i]) list.Add(System.Text.Encoding.Latin1.GetBytes(GoldenTelegrams.All[i]));
            }

            string manifest = folder == null ? null : Path.Combine(folder, "manifest.json");
            if (manifest == null || !File.Exists(manifest)) return list;
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                byte[] b = File.ReadAllBytes(Path.Combine(folder, e.GetProperty("file").GetString()));
                if (TelegramRun.CrcState(b) == "good" && TelegramRun.WrongCrcCount(b) == 0) list.Add(b);
            }

            return list;
        }

        private static byte[] Mutate(byte[] seed, Random rng)
        {
            var b = new List<byte>(seed);
            int edits = 1 + rng.Next(3);
            for (int k = 0; k < edits && b.Count > 1; k++)
            {
                int at = rng.Next(b.Count);
                switch (rng.Next(6))
                {
                    case 0: b[at] = (byte)rng.Next(256); break;
                    case 1: b[at] = Steering[rng.Next(Steering.Length)]; break;
                    case 2: b.Insert(at, Steering[rng.Next(Steering.Length)]); break;
                    case 3: b.RemoveAt(at); break;
                    case 4:
                        int len = Math.Min(1 + rng.Next(40), b.Count - at);
                        b.InsertRange(at, b.GetRange(at, len));
                        break;
                    default: b.RemoveRange(at, b.Count - at); break;
                }
            }

            return b.ToArray();
        }
    }
}
