namespace NodeMqtt.Meter
{
    /// <summary>
    /// OBIS reduced ID codes (IEC 62056-61, as used by DSMR 5.0.2 §6.5: <c>A-B:C.D.E</c>) packed into one
    /// long so the parser finds a table row by comparing numbers instead of allocating strings.
    /// </summary>
    public static class DsmrObis
    {
        /// <summary>Returned for bytes that are not an OBIS code.</summary>
        public const long Invalid = -1;

        /// <summary>Packs the five value groups (each 0..255) into one number.</summary>
        public static long Pack(int a, int b, int c, int d, int e)
        {
            return ((long)a << 32) | ((long)b << 24) | ((long)c << 16) | ((long)d << 8) | (long)e;
        }

        /// <summary>Packs an OBIS code written as text (table rows), or <see cref="Invalid"/>.</summary>
        public static long Parse(string obis)
        {
            if (obis == null) return Invalid;
            byte[] bytes = new byte[obis.Length];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)obis[i];
            int next;
            int f;
            long code = Read(bytes, 0, bytes.Length, out next, out f);
            return next == bytes.Length ? code : Invalid;
        }

        /// <summary>
        /// Reads <c>A-B:C.D.E</c> and an optional <c>*F</c> or <c>.F</c> (the six-group form of the DSMR 4.2.2
        /// spec example, <c>1-0:31.7.0.255</c>) from <paramref name="offset"/>, stopping before
        /// <paramref name="end"/>. <paramref name="next"/> is the index after the code, <paramref name="f"/> the
        /// value group F or -1 when absent (some meters append <c>*255</c>, e.g. EasyMeter
        /// <c>1-0:1.8.0*255(…)</c>, basvdlei/gotsmart#7). Returns <see cref="Invalid"/> when malformed.
        /// </summary>
        public static long Read(byte[] data, int offset, int end, out int next, out int f)
        {
            int p = offset;
            next = offset;
            f = -1;
            int a = Group(data, ref p, end, (byte)'-');
            int b = Group(data, ref p, end, (byte)':');
            int c = Group(data, ref p, end, (byte)'.');
            int d = Group(data, ref p, end, (byte)'.');
            int e = Group(data, ref p, end, 0);
            if (a < 0 || b < 0 || c < 0 || d < 0 || e < 0) return Invalid;
            if (p < end && (data[p] == (byte)'*' || data[p] == (byte)'.'))
            {
                p++;
                f = Group(data, ref p, end, 0);
                if (f < 0) return Invalid;
            }

            next = p;
            return Pack(a, b, c, d, e);
        }

        /// <summary>Formats a packed code as <c>A-B:C.D.E</c> (allocates; for log lines only).</summary>
        public static string Format(long code)
        {
            if (code < 0) return "?";
            return (int)((code >> 32) & 0xFF) + "-" + (int)((code >> 24) & 0xFF) + ":" + (int)((code >> 16) & 0xFF) + "."
                + (int)((code >> 8) & 0xFF) + "." + (int)(code & 0xFF);
        }

        // 1..3 digits, 0..255, followed by `separator` (consumed) unless separator is 0. -1 when malformed;
        // once malformed, every later group fails too because p is left on the bad byte.
        private static int Group(byte[] data, ref int p, int end, byte separator)
        {
            int value = 0;
            int digits = 0;
            while (p < end && digits < 4)
            {
                int digit = Ascii.Digit(data[p]);
                if (digit < 0) break;
                value = value * 10 + digit;
                digits++;
                p++;
            }

            if (digits == 0 || digits > 3 || value > 255) return -1;
            if (separator == 0) return value;
            if (p >= end || data[p] != separator) return -1;
            p++;
            return value;
        }
    }
}
