using System;
using System.Diagnostics;
using NodeMqtt.Meter;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;
using NodeMqtt.Tests.Meter.Dlms;

namespace NodeMqtt.MeterBench
{
    /// <summary>
    /// The DLMS mode: wire bytes of each family (the hand-built goldens, in HDLC or M-Bus frames, plain and
    /// ciphered) through MeterReader, with frames/s, bytes allocated per frame and the AES-GCM operations
    /// per frame (block encryptions and GF(2^128) multiplications) a board's budget can be judged by.
    /// </summary>
    public static class DlmsBench
    {
        private sealed class Sink : IReadingSink
        {
            public int Readings;
            public int Values;

            public void OnReading(Reading reading, long nowMs)
            {
                Readings++;
                Values = reading.Count;
            }
        }

        /// <summary>Runs every case; exit code 0 when the goals are met.</summary>
        public static int Run(int iterations)
        {
            Console.WriteLine($"MeterBench dlms: {iterations} frames per case, {Environment.ProcessorCount} cores");
            Console.WriteLine();
            byte[] key = CryptoTestBytes.Hex(DlmsGolden.Key);
            byte[] auth = CryptoTestBytes.Hex(DlmsGolden.AuthKey);
            byte[] title = CryptoTestBytes.Hex(DlmsGolden.SystemTitle);
            byte[] smartyText = Ascii(NodeMqtt.Tests.Meter.MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            bool ok = true;
            Case("warm-up", "dlms", null, null, Hdlc(DlmsGolden.Aidon), iterations / 4, 0);
            ok &= Case("Aidon plain", "dlms", null, null, Hdlc(DlmsGolden.Aidon), iterations, 50_000);
            ok &= Case("Kamstrup plain", "dlms", null, null, Hdlc(DlmsGolden.Kamstrup), iterations, 50_000);
            ok &= Case("Kaifa list 2 plain", "dlms", null, null, Hdlc(DlmsGolden.KaifaList2), iterations, 50_000);
            ok &= Case("Kaifa list 1 plain", "dlms", null, null, Hdlc(DlmsGolden.KaifaList1), iterations, 50_000);
            ok &= Case("Kamstrup GCM 0x30", "dlms", DlmsGolden.Key, DlmsGolden.AuthKey,
                DlmsFrameWriter.Hdlc(DlmsFrameWriter.Cipher(key, auth, title, 1, 0x30, CryptoTestBytes.Hex(DlmsGolden.Kamstrup)), 1000), iterations, 10_000);
            ok &= Case("Austria M-Bus 0x20", "dlms-mbus", DlmsGolden.Key, null,
                DlmsFrameWriter.Mbus(DlmsFrameWriter.Cipher(key, auth, title, 1, 0x20, CryptoTestBytes.Hex(DlmsGolden.Austria)), 227), iterations, 10_000);
            ok &= Case("Smarty GCM + DSMR", "smarty", DlmsGolden.Key, null,
                DlmsFrameWriter.Cipher(key, CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey), title, 1, 0x30, smartyText), iterations, 10_000);
            Console.WriteLine();
            Console.WriteLine(ok ? "PASS: >= 50,000 plain and >= 10,000 encrypted frames/s, 0 B allocated per frame" : "FAIL: a goal was missed");
            return ok ? 0 : 1;
        }

        private static bool Case(string name, string protocol, string key, string auth, byte[] wire, int iterations, int goal)
        {
            var sink = new Sink();
            var reader = new MeterReader(new MeterConfig { Protocol = protocol, Key = key, AuthKey = auth }, sink, null);
            for (int i = 0; i < Math.Max(1000, iterations / 20); i++) reader.Push(wire, 0, wire.Length, i);
            GC.Collect();
            DlmsDecoder decoder = reader.Dlms.Decoder;
            long blocks0 = decoder.Cipher != null ? decoder.Cipher.BlockEncryptions : 0;
            long muls0 = decoder.Cipher != null ? decoder.Cipher.GfMultiplications : 0;
            int rounds = 5, perRound = Math.Max(1, iterations / rounds), delivered = 0;
            double best = double.MaxValue;
            long allocated = 0;
            var sw = new Stopwatch(); // one instance, made before measuring, so the figure is the reader's alone
            for (int round = 0; round < rounds; round++)
            {
                int before = sink.Readings;
                long alloc = GC.GetAllocatedBytesForCurrentThread();
                sw.Restart();
                for (int i = 0; i < perRound; i++) reader.Push(wire, 0, wire.Length, i);
                sw.Stop();
                allocated += GC.GetAllocatedBytesForCurrentThread() - alloc;
                delivered += sink.Readings - before;
                best = Math.Min(best, sw.Elapsed.TotalSeconds / perRound);
            }

            int frames = rounds * perRound;
            double blocks = decoder.Cipher != null ? (double)(decoder.Cipher.BlockEncryptions - blocks0) / frames : 0;
            double muls = decoder.Cipher != null ? (double)(decoder.Cipher.GfMultiplications - muls0) / frames : 0;
            double perSecond = 1 / best;
            double bytesPerFrame = (double)allocated / Math.Max(1, delivered);
            if (goal == 0) return true;
            Console.WriteLine($"{name,-20} {wire.Length,4} B  {perSecond,9:N0} frames/s  {best * 1e6,6:N2} us/frame  {sink.Values,2} values  " +
                              $"{bytesPerFrame,5:N2} B allocated/frame  AES blocks/frame {blocks,4:N1}  GF mults/frame {muls,4:N1}");
            bool met = delivered == frames && perSecond >= goal && bytesPerFrame == 0;
            if (!met) Console.WriteLine($"  missed: delivered {delivered} of {frames}, goal {goal:N0}/s");
            return met;
        }

        private static byte[] Hdlc(string apduHex) => DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(apduHex), 1000);

        private static byte[] Ascii(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
            return b;
        }
    }
}
