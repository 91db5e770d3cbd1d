namespace NodeMqtt.Meter
{
    /// <summary>Byte-level character helpers shared by the framer and the parser (no allocation, no culture).</summary>
    public static class Ascii
    {
        /// <summary>The value of a hex digit, either case, or -1. Lower case is not in DSMR 5.0.2 §6.6
        /// ("4 upper-case hex digits") but is harmless to accept.</summary>
        public static int Hex(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            if (c >= (byte)'A' && c <= (byte)'F') return c - 'A' + 10;
            if (c >= (byte)'a' && c <= (byte)'f') return c - 'a' + 10;
            return -1;
        }

        /// <summary>The value of a decimal digit, or -1.</summary>
        public static int Digit(byte c)
        {
            return c >= (byte)'0' && c <= (byte)'9' ? c - '0' : -1;
        }

        /// <summary>True when <paramref name="count"/> bytes from <paramref name="offset"/> spell <paramref name="text"/> exactly.</summary>
        public static bool SameText(byte[] data, int offset, int count, string text)
        {
            if (text == null || text.Length != count) return false;
            for (int i = 0; i < count; i++)
            {
                if (data[offset + i] != text[i]) return false;
            }

            return true;
        }
    }
}
