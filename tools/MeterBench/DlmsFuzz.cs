using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using NodeMqtt.Crypto;
using NodeMqtt.Meter;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;
using NodeMqtt.Tests.Meter.Dlms;

namespace NodeMqtt.MeterBench
{
    /// <summary>
    /// The DLMS fuzz command (not in CI): N mutated frames of every family (bit flips, bursts, inserted,
    /// deleted and replaced bytes, truncation, noise, splices) through MeterReader, each judged on its own
    /// (a receive timeout passes between inputs). Reports exceptions, decoder faults, byte accounting, and
    /// every reading that came out of a mutated input: each must come from an input in which an independent
    /// check finds a frame whose FCS/checksum and GCM tag pass (else it is a violation); those with values
    /// other than the original's are what the protocol cannot detect. Bursts of at most 16 bits inside an
    /// HDLC frame must never yield a reading (CRC-16 detects them all).
    /// </summary>
    public static class DlmsFuzz
    {
        private sealed class Sink : IReadingSink
        {
            public int Readings;
            public string Last;
            private readonly StringBuilder _sb = new StringBuilder();

            public void OnReading(Reading reading, long nowMs)
            {
                Readings++;
                _sb.Length = 0;
                for (int i = 0; i < reading.Count; i++) _sb.Append(reading.FieldAt(i).Key).Append('=').Append(reading.NumberAt(i)).Append(reading.TextAt(i)).Append(';');
                Last = _sb.ToString();
            }
        }

        private sealed class Entry
        {
            public string Name, Protocol, Key, Auth;
            public byte[] Wire;
            public MeterReader Reader;
            public Sink Sink;
            public string Original;
            public bool Hdlc, Mbus;
            public long Undetectable;
        }

        /// <summary>Runs <paramref name="count"/> mutated frames; exit code 0 when nothing was violated.</summary>
        public static int Run(int count, int seed)
        {
            byte[] key = CryptoTestBytes.Hex(DlmsGolden.Key), auth = CryptoTestBytes.Hex(DlmsGolden.AuthKey), title = CryptoTestBytes.Hex(DlmsGolden.SystemTitle);
            byte[] smarty = Encoding.ASCII.GetBytes(NodeMqtt.Tests.Meter.MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            var entries = new List<Entry>
            {
                E("aidon", "dlms", null, null, DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.Aidon), 1000)),
                E("aidon segmented", "dlms", null, null, DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.Aidon), 60)),
                E("kamstrup", "dlms", null, null, DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.Kamstrup), 1000)),
                E("kaifa list 2", "dlms", null, null, DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.KaifaList2), 1000)),
                E("kamstrup gcm", "dlms", DlmsGolden.Key, DlmsGolden.AuthKey, DlmsFrameWriter.Hdlc(DlmsFrameWriter.Cipher(key, auth, title, 7, 0x30, CryptoTestBytes.Hex(DlmsGolden.Kamstrup)), 120)),
                E("austria m-bus", "dlms-mbus", DlmsGolden.Key, null, DlmsFrameWriter.Mbus(DlmsFrameWriter.Cipher(key, auth, title, 7, 0x20, CryptoTestBytes.Hex(DlmsGolden.Austria)), 120)),
                E("smarty", "smarty", DlmsGolden.Key, null, DlmsFrameWriter.Cipher(key, CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey), title, 7, 0x30, smarty)),
                E("smarty auth_key=none", "smarty", DlmsGolden.Key, MeterConfig.NoAuthKey, DlmsFrameWriter.Cipher(key, auth, title, 7, 0x30, smarty)),
                E("auto: kaifa", "auto", null, null, DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(DlmsGolden.KaifaList1), 1000)),
            };

            var rng = new Random(seed);
            long exceptions = 0, same = 0, differentChecked = 0, violations = 0, shortBurstDeliveries = 0, accountingErrors = 0, now = 0;
            var sw = Stopwatch.StartNew();
            for (int n = 0; n < count; n++)
            {
                Entry e = entries[n % entries.Count];
                int kind = rng.Next(10);
                byte[] input = Mutate(e.Wire, kind, rng, out bool shortBurst);
                int before = e.Sink.Readings;
                try
                {
                    e.Reader.Push(input, 0, input.Length, now);
                    now += 10_000;
                    e.Reader.Tick(now); // the next input is a new frame: whatever is pending times out
                    now += 10_000;
                }
                catch (Exception ex)
                {
                    exceptions++;
                    if (exceptions <= 3) Console.WriteLine($"exception on {e.Name} mutation {kind}: {ex.GetType().Name}: {ex.Message}");
                }

                if (!AddsUp(e.Reader)) accountingErrors++;
                int delivered = e.Sink.Readings - before;
                if (delivered == 0) continue;
                if (shortBurst && e.Hdlc) shortBurstDeliveries++;
                // Every reading must come from an input that holds a frame whose checks pass (computed here,
                // independently); values that differ from the original then show what the protocol cannot see.
                bool passes = AnyFramePasses(e, input);
                if (!passes)
                {
                    violations++;
                    if (violations <= 3) Console.WriteLine($"violation on {e.Name} mutation {kind}: {BitConverter.ToString(input)}");
                }
                else if (e.Sink.Last == e.Original) same++;
                else
                {
                    differentChecked++;
                    e.Undetectable++;
                }
            }

            sw.Stop();
            long decoderFaults = 0;
            foreach (Entry e in entries) decoderFaults += e.Reader.Dlms.DecoderFaults;
            Console.WriteLine($"MeterBench fuzz: {count:N0} mutated frames of {entries.Count} kinds, seed {seed}, {sw.Elapsed.TotalSeconds:N1} s ({count / sw.Elapsed.TotalSeconds:N0} frames/s)");
            Console.WriteLine($"exceptions {exceptions}, decoder faults {decoderFaults}, byte accounting errors {accountingErrors}");
            Console.WriteLine($"readings from mutated inputs: {same + differentChecked + violations}; from inputs holding a frame whose FCS/checksum and tag pass: " +
                              $"{same} with the original values (mutation outside the checked bytes), {differentChecked} with other values (undetectable by the protocol); " +
                              $"from inputs where every check fails: {violations}");
            var by = new StringBuilder();
            foreach (Entry e in entries) if (e.Undetectable > 0) by.Append(by.Length == 0 ? "" : ", ").Append(e.Name).Append(' ').Append(e.Undetectable);
            if (by.Length > 0) Console.WriteLine("undetectable by kind: " + by);
            Console.WriteLine($"readings from <= 16-bit bursts inside HDLC frames: {shortBurstDeliveries}");
            bool ok = exceptions == 0 && decoderFaults == 0 && accountingErrors == 0 && violations == 0 && shortBurstDeliveries == 0;
            Console.WriteLine(ok ? "PASS: 0 exceptions, 0 values from a frame whose FCS or tag failed" : "FAIL");
            return ok ? 0 : 1;
        }

        private static Entry E(string name, string protocol, string key, string auth, byte[] wire)
        {
            var e = new Entry { Name = name, Protocol = protocol, Key = key, Auth = auth, Wire = wire, Sink = new Sink() };
            e.Reader = new MeterReader(new MeterConfig { Protocol = protocol, Key = key, AuthKey = auth }, e.Sink, null);
            e.Reader.Push(wire, 0, wire.Length, 0);
            e.Reader.Tick(10_000);
            if (e.Sink.Readings != 1) throw new InvalidOperationException(name + ": the original frame does not decode");
            e.Original = e.Sink.Last;
            e.Hdlc = wire[0] == 0x7E;
            e.Mbus = wire[0] == 0x68;
            return e;
        }

        private static byte[] Mutate(byte[] w, int kind, Random rng, out bool shortBurst)
        {
            shortBurst = false;
            byte[] m;
            int at = rng.Next(w.Length);
            switch (kind)
            {
                case 0: // one bit
                    m = (byte[])w.Clone();
                    m[at] ^= (byte)(1 << rng.Next(8));
                    shortBurst = InsideFrame(w, at, at + 1);
                    return m;
                case 1: // a burst of up to 16 bits within two adjacent bytes
                    m = (byte[])w.Clone();
                    int end = Math.Min(w.Length, at + 2);
                    for (int i = at; i < end; i++) m[i] ^= (byte)rng.Next(1, 256);
                    shortBurst = InsideFrame(w, at, end);
                    return m;
                case 2: // 2-8 random bits anywhere
                    m = (byte[])w.Clone();
                    int flips = rng.Next(2, 9);
                    for (int i = 0; i < flips; i++) m[rng.Next(m.Length)] ^= (byte)(1 << rng.Next(8));
                    return m;
                case 3: // bytes replaced by the interesting values
                    m = (byte[])w.Clone();
                    byte[] special = { 0x00, 0xFF, 0x7E, 0x80, 0x81, 0x82, 0x68, 0xDB, 0x16 };
                    m[at] = special[rng.Next(special.Length)];
                    return m;
                case 4: // insert 1-4 bytes
                {
                    int n = rng.Next(1, 5);
                    m = new byte[w.Length + n];
                    Buffer.BlockCopy(w, 0, m, 0, at);
                    for (int i = 0; i < n; i++) m[at + i] = (byte)rng.Next(256);
                    Buffer.BlockCopy(w, at, m, at + n, w.Length - at);
                    return m;
                }
                case 5: // delete 1-4 bytes
                {
                    int n = Math.Min(rng.Next(1, 5), w.Length - at);
                    m = new byte[w.Length - n];
                    Buffer.BlockCopy(w, 0, m, 0, at);
                    Buffer.BlockCopy(w, at + n, m, at, w.Length - at - n);
                    return m;
                }
                case 6: // truncated
                    m = new byte[at];
                    Buffer.BlockCopy(w, 0, m, 0, at);
                    return m;
                case 7: // noise of up to 600 bytes
                    m = new byte[rng.Next(1, 600)];
                    rng.NextBytes(m);
                    if (m.Length > 1 && rng.Next(2) == 0) m[0] = w[0]; // often with a plausible start byte
                    return m;
                case 8: // splice: the frame's head, then its tail from elsewhere
                {
                    int cut = rng.Next(w.Length);
                    m = new byte[at + (w.Length - cut)];
                    Buffer.BlockCopy(w, 0, m, 0, at);
                    Buffer.BlockCopy(w, cut, m, at, w.Length - cut);
                    return m;
                }
                default: // a length or count byte (the first 16) set to random
                    m = (byte[])w.Clone();
                    m[rng.Next(Math.Min(16, m.Length))] = (byte)rng.Next(256);
                    return m;
            }
        }

        // True when [from, to) lies between the flags of one HDLC frame of the original wire bytes.
        private static bool InsideFrame(byte[] w, int from, int to)
        {
            if (w[0] != 0x7E) return false;
            int p = 0;
            while (p + 2 < w.Length && w[p] == 0x7E)
            {
                int length = ((w[p + 1] & 0x07) << 8) | w[p + 2];
                if (from > p && to <= p + length + 1) return true;
                p += length + 2;
            }

            return false;
        }

        // An independent check: does the input hold any frame whose FCS / checksum passes and, for a ciphered
        // APDU with a tag, whose tag verifies? Only such an input may yield values that differ from the original.
        private static bool AnyFramePasses(Entry e, byte[] m)
        {
            if (e.Hdlc) return AnyHdlcChainPasses(e, m);
            for (int p = 0; p < m.Length; p++)
            {
                if (e.Mbus && m[p] == 0x68 && p + 3 < m.Length && m[p + 1] == m[p + 2] && m[p + 3] == 0x68)
                {
                    int length = m[p + 1];
                    if (p + 4 + length + 1 >= m.Length) continue;
                    int sum = 0;
                    for (int i = 0; i < length; i++) sum += m[p + 4 + i];
                    if (m[p + 4 + length] == (byte)sum && m[p + 5 + length] == 0x16) return true; // 0x20 frames carry no tag
                }
                else if (!e.Mbus && m[p] == 0xDB)
                {
                    if (TagAt(e, m, p) || (e.Auth == MeterConfig.NoAuthKey && TextCrcAt(e, m, p))) return true;
                }
            }

            return false;
        }

        // Every HDLC frame in the input whose FCS passes, joined by the segmentation bit into APDUs (LLC
        // removed); true when one APDU is complete and, for ciphered entries, its GCM tag verifies.
        private static bool AnyHdlcChainPasses(Entry e, byte[] input)
        {
            // The previous input's closing flag may open this input's first frame (shared flags): scan as if
            // a flag came first.
            byte[] m = new byte[input.Length + 1];
            m[0] = 0x7E;
            Buffer.BlockCopy(input, 0, m, 1, input.Length);
            var apdu = new List<byte>();
            for (int p = 0; p + 2 < m.Length; p++)
            {
                if (m[p] != 0x7E || (m[p + 1] & 0xF0) != 0xA0) continue;
                int length = ((m[p + 1] & 0x07) << 8) | m[p + 2];
                if (length < 7 || p + length + 1 > m.Length) continue;
                ushort fcs = Crc16X25.Compute(m, p + 1, length - 2);
                if (m[p + length - 1] != (byte)fcs || m[p + length] != (byte)(fcs >> 8)) continue;
                int h = p + 3, addresses = 0;
                while (h < p + length && addresses < 2) if ((m[h++] & 1) != 0) addresses++;
                int info = h + 1 + 2; // control, HCS
                for (int i = info; i < p + length - 1; i++) apdu.Add(m[i]);
                if ((m[p + 1] & 0x08) != 0) continue; // more segments follow
                byte[] a = apdu.ToArray();
                apdu.Clear();
                int start = a.Length >= 3 && a[0] == 0xE6 ? 3 : 0;
                if (e.Key == null) return true;
                for (int q = start; q < a.Length; q++) if (a[q] == 0xDB && TagAt(e, a, q)) return true;
            }

            return false;
        }

        private static bool TagAt(Entry e, byte[] m, int p)
        {
            if (e.Auth == MeterConfig.NoAuthKey) return false;
            if (p + 12 >= m.Length || m[p + 1] != 8) return false;
            int q = p + 10, n;
            if (m[q] == 0x81) { n = m[q + 1]; q += 2; }
            else if (m[q] == 0x82 && q + 2 < m.Length) { n = (m[q + 1] << 8) | m[q + 2]; q += 3; }
            else { n = m[q]; q += 1; }
            if (n < 17 || q + n > m.Length || (m[q] & 0x10) == 0) return false;
            var gcm = new AesGcm128();
            gcm.SetKey(HexKey.Parse(e.Key, out _), 0);
            byte[] iv = new byte[12], aad = new byte[17];
            Buffer.BlockCopy(m, p + 2, iv, 0, 8);
            Buffer.BlockCopy(m, q + 1, iv, 8, 4);
            aad[0] = m[q];
            byte[] ak = HexKey.Parse(e.Auth ?? DlmsGolden.SmartyAuthKey, out _);
            Buffer.BlockCopy(ak, 0, aad, 1, 16);
            int c = n - 17;
            return gcm.Decrypt(iv, 0, aad, 0, 17, m, q + 5, c, m, q + 5 + c, 12, new byte[c], 0);
        }

        // Smarty with meter.auth_key = none: the reader does not verify tags and relies on the DSMR text's own
        // CRC-16, so that is the check here too (decrypt without tag, CRC over '/'..'!').
        private static bool TextCrcAt(Entry e, byte[] m, int p)
        {
            if (p + 12 >= m.Length || m[p + 1] != 8) return false;
            int q = p + 10, n;
            if (m[q] == 0x81) { n = m[q + 1]; q += 2; }
            else if (m[q] == 0x82 && q + 2 < m.Length) { n = (m[q + 1] << 8) | m[q + 2]; q += 3; }
            else { n = m[q]; q += 1; }
            if (n < 6 || q + n > m.Length || (m[q] & 0x20) == 0 || (m[q] & 0x80) != 0 || (m[q] & 0x0F) > 1) return false;
            var gcm = new AesGcm128();
            gcm.SetKey(HexKey.Parse(e.Key, out _), 0);
            byte[] iv = new byte[12];
            Buffer.BlockCopy(m, p + 2, iv, 0, 8);
            Buffer.BlockCopy(m, q + 1, iv, 8, 4);
            int c = n - 5 - ((m[q] & 0x10) != 0 ? 12 : 0);
            if (c <= 0) return false;
            byte[] plain = new byte[c];
            gcm.Decrypt(iv, 0, new byte[0], 0, 0, m, q + 5, c, m, 0, 0, plain, 0);
            int bang = Array.IndexOf(plain, (byte)'!');
            if (plain.Length == 0 || plain[0] != (byte)'/' || bang < 0 || bang + 5 > plain.Length) return false;
            string digits = Encoding.ASCII.GetString(plain, bang + 1, 4);
            return int.TryParse(digits, System.Globalization.NumberStyles.HexNumber, null, out int crc) && crc == Crc16Arc.Compute(plain, 0, bang + 1);
        }

        private static bool AddsUp(MeterReader r)
        {
            ApduFramer f = r.Dlms.Framer;
            if (f != null && f.BytesIn != f.OkBytes + f.RejectedBytes + f.GarbageBytes + f.IdleBytes + f.PendingBytes) return false;
            return true;
        }
    }
}
