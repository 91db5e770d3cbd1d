namespace NodeMqtt.Meter
{
    /// <summary>Byte-level character helpers shared by the framer and the parser (no allocation, no culture).</summary>
    public static class Ascii
    {
        /// <summary>The value of a hex digit, either case, or -1. Lower case is not in DSMR 5.0.2 §6.6
        /// ("4 upper-case hex digits") but is harmless to accept.</summary>
        public static int Hex(byte c)
        {
            return HexValues[c];
        }

        /// <summary>The value of a hex digit, either case, or -1 (config text, form fields, keys).</summary>
        public static int Hex(char c)
        {
            return c < 256 ? HexValues[c] : -1;
        }

        // 256 bytes: one lookup instead of up to three range tests, because ids and text messages are
        // hex-decoded on every telegram and mix digits with letters (branches the CPU cannot predict).
        private static readonly sbyte[] HexValues = BuildHexValues();

        private static sbyte[] BuildHexValues()
        {
            sbyte[] values = new sbyte[256];
            for (int i = 0; i < values.Length; i++)
            {
                if (i >= '0' && i <= '9') values[i] = (sbyte)(i - '0');
                else if (i >= 'A' && i <= 'F') values[i] = (sbyte)(i - 'A' + 10);
                else if (i >= 'a' && i <= 'f') values[i] = (sbyte)(i - 'a' + 10);
                else values[i] = -1;
            }

            return values;
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
