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
                int hi = Meter.Ascii.Hex(hex[2 * i]);
                int lo = Meter.Ascii.Hex(hex[2 * i + 1]);
                if (hi < 0 || lo < 0) return null;
                result[i] = (byte)((hi << 4) | lo);
            }

            return result;
        }
    }
}
