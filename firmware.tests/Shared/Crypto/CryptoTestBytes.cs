namespace NodeMqtt.Tests.Crypto
{
    /// <summary>Hex literals of test vectors as bytes (no test framework needed).</summary>
    public static class CryptoTestBytes
    {
        /// <summary>The bytes of an even-length hex string (spaces ignored).</summary>
        public static byte[] Hex(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++) if (hex[i] != ' ') digits++;
            byte[] bytes = new byte[digits / 2];
            int n = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] == ' ') continue;
                int v = NodeMqtt.Meter.Ascii.Hex(hex[i]);
                bytes[n / 2] |= (byte)(n % 2 == 0 ? v << 4 : v);
                n++;
            }

            return bytes;
        }

        /// <summary>True when the arrays hold the same bytes.</summary>
        public static bool Same(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            for (int i = 0; i < count; i++) if (a[aOffset + i] != b[bOffset + i]) return false;
            return true;
        }
    }
}
