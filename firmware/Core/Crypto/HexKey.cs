using NodeMqtt.Meter;

namespace NodeMqtt.Crypto
{
    /// <summary>
    /// Parses the 16-byte AES keys of the configuration (<c>meter.key</c>, <c>meter.auth_key</c>): 32 hex
    /// digits, either case, spaces and colons ignored because operators print keys in groups. Error texts
    /// never include the key (secrets never appear in a log, error, reply or diag).
    /// </summary>
    public static class HexKey
    {
        /// <summary>Parses <paramref name="text"/> into a new 16-byte key, or returns null and sets
        /// <paramref name="error"/> to a sentence that names the problem but not the digits.</summary>
        public static byte[] Parse(string text, out string error)
        {
            error = null;
            if (text == null || text.Length == 0)
            {
                error = "is empty";
                return null;
            }

            byte[] key = new byte[16];
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ' ' || c == ':' || c == '-') continue;
                int v = Ascii.Hex(c);
                if (v < 0)
                {
                    error = "must be 32 hex digits (found a character that is not hex at position " + (i + 1) + ")";
                    return null;
                }

                if (digits < 32) key[digits / 2] |= (byte)(digits % 2 == 0 ? v << 4 : v);
                digits++;
            }

            if (digits != 32)
            {
                error = "must be 32 hex digits (16 bytes), found " + digits;
                return null;
            }

            return key;
        }
    }
}
