using System.Text;

namespace NodeMqtt.Setup
{
    /// <summary>Lower-case hex for salts, hashes and session tokens.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Appends <paramref name="count"/> bytes as lower-case hex.</summary>
        public static void Append(StringBuilder sb, byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                byte b = data[offset + i];
                sb.Append(Digits[b >> 4]).Append(Digits[b & 15]);
            }
        }

        /// <summary>The bytes of an even-length hex string, or null when it is not one.</summary>
        public static byte[] Parse(string hex)
        {
            if (hex == null || hex.Length == 0 || (hex.Length & 1) != 0) return null;
            byte[] result = new byte[hex.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int hi = Digit(hex[2 * i]);
                int lo = Digit(hex[2 * i + 1]);
                if (hi < 0 || lo < 0) return null;
                result[i] = (byte)((hi << 4) | lo);
            }

            return result;
        }

        /// <summary>The value of one hex digit (either case), or -1.</summary>
        public static int Digit(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
    }
}
