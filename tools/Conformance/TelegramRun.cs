using System;
using System.Collections.Generic;
using NodeMqtt.Meter;

namespace NodeMqtt.Conformance
{
    /// <summary>One corpus file through a fresh <see cref="MeterReader"/> (as after a boot): what it
    /// published (the first reading) or why it refused.</summary>
    public sealed class TelegramRun : IReadingSink
    {
        public Reading Reading;
        public int Readings;
        public string Reason;
        public int MalformedLines;
        public int CrcRejections;
        public long UnknownLines;

        public bool Accepted { get { return Reading != null; } }

        public void OnReading(Reading reading, long nowMs)
        {
            Readings++;
            if (Reading != null) return;
            Reading = new Reading();
            Reading.CopyFrom(reading);
        }

        /// <summary>Feeds the bytes in one chunk, then the CR LF a meter sends after its trailer (some corpus
        /// files end right after '!'), then lets the receive timeout pass.</summary>
        public static TelegramRun Of(byte[] bytes, string protocol)
        {
            var run = new TelegramRun();
            var reader = new MeterReader(new MeterConfig { Protocol = protocol, MaxTelegramBytes = 4096 }, run, null);
            reader.Push(bytes, 0, bytes.Length, 0);
            byte[] crlf = { 13, 10 };
            reader.Push(crlf, 0, 2, 1);
            reader.Tick(100000);
            run.MalformedLines = (int)reader.MalformedLines;
            run.CrcRejections = reader.CrcFailures;
            run.UnknownLines = reader.UnknownLines;
            if (run.Reading == null)
            {
                if (reader.MissingCrc > 0) run.Reason = "no CRC on a telegram that declares DSMR 4/5";
                else if (reader.Framer.CrcFailures > 0) run.Reason = "CRC wrong";
                else if (reader.Truncated > 0) run.Reason = "truncated";
                else if (reader.Oversize > 0) run.Reason = "oversize";
                else if (reader.ParserFaults > 0) run.Reason = "parser fault";
                else run.Reason = "no telegram found";
            }

            return run;
        }

        /// <summary>The CRC trailer as sent: "none" (bare '!'), "good" or "wrong", computed here
        /// independently of the framer (bitwise CRC-16/ARC over '/' through '!').</summary>
        public static string CrcState(byte[] b)
        {
            int start = Array.IndexOf(b, (byte)'/');
            int bang = start < 0 ? -1 : Array.IndexOf(b, (byte)'!', start);
            if (bang < 0) return "none";
            int digits = 0;
            int value = 0;
            while (bang + 1 + digits < b.Length && digits < 4 && Hex(b[bang + 1 + digits]) >= 0)
            {
                value = (value << 4) | Hex(b[bang + 1 + digits]);
                digits++;
            }

            if (digits == 0) return "none";
            return Crc(b, start, bang + 1) == value ? "good" : "wrong";
        }

        /// <summary>How many telegrams in the file carry a CRC trailer that does not match.</summary>
        public static int WrongCrcCount(byte[] b)
        {
            int wrong = 0;
            int start = -1;
            for (int i = 0; i < b.Length; i++)
            {
                if (b[i] == (byte)'/') start = i;
                if (b[i] != (byte)'!' || start < 0) continue;
                int digits = 0;
                int value = 0;
                while (i + 1 + digits < b.Length && digits < 4 && Hex(b[i + 1 + digits]) >= 0) value = (value << 4) | Hex(b[i + 1 + digits++]);
                if (digits > 0 && Crc(b, start, i + 1) != value) wrong++;
                start = -1;
            }

            return wrong;
        }

        /// <summary>The bytes with every telegram's CRC trailer replaced by the right one (for measuring the
        /// parser on telegrams whose source suite carries a wrong CRC).</summary>
        public static byte[] FixCrc(byte[] b)
        {
            var output = new List<byte>(b.Length + 8);
            int start = -1;
            for (int i = 0; i < b.Length; i++)
            {
                byte c = b[i];
                if (c == (byte)'/') start = output.Count;
                output.Add(c);
                if (c != (byte)'!' || start < 0) continue;
                int digits = 0;
                while (i + 1 + digits < b.Length && digits < 4 && Hex(b[i + 1 + digits]) >= 0) digits++;
                if (digits == 0) continue;
                int crc = Crc(output.ToArray(), start, output.Count);
                foreach (char h in crc.ToString("X4")) output.Add((byte)h);
                i += digits;
                start = -1;
            }

            return output.ToArray();
        }

        private static int Crc(byte[] b, int from, int to)
        {
            int crc = 0;
            for (int i = from; i < to; i++)
            {
                crc ^= b[i];
                for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }

            return crc;
        }

        private static int Hex(byte c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        }
    }
}
