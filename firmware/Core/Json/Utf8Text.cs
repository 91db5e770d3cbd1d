using System.Text;

namespace NodeMqtt.Json
{
    /// <summary>
    /// UTF-8 byte counting and encoding straight from a <see cref="StringBuilder"/> or string into a byte
    /// array. Why not <c>Encoding.UTF8.GetBytes(sb.ToString())</c>: that allocates a string and an array per
    /// message; this lets the caller size the payload exactly and reuse a pooled array. Lone surrogates are
    /// written as U+FFFD so the payload is always valid UTF-8.
    /// </summary>
    public static class Utf8Text
    {
        /// <summary>Bytes needed to encode the builder's content.</summary>
        public static int ByteCount(StringBuilder sb)
        {
            int n = 0;
            int len = sb.Length;
            for (int i = 0; i < len; i++)
            {
                char c = sb[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (IsHigh(c) && i + 1 < len && IsLow(sb[i + 1]))
                {
                    n += 4;
                    i++;
                }
                else n += 3;
            }

            return n;
        }

        /// <summary>Bytes needed to encode <paramref name="s"/> (0 for null).</summary>
        public static int ByteCount(string s)
        {
            if (s == null) return 0;
            int n = 0;
            int len = s.Length;
            for (int i = 0; i < len; i++)
            {
                char c = s[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (IsHigh(c) && i + 1 < len && IsLow(s[i + 1]))
                {
                    n += 4;
                    i++;
                }
                else n += 3;
            }

            return n;
        }

        /// <summary>Encodes the builder's content at <paramref name="offset"/>; returns the bytes written.
        /// The destination must have room for <see cref="ByteCount(StringBuilder)"/> bytes.</summary>
        public static int Encode(StringBuilder sb, byte[] dst, int offset)
        {
            int o = offset;
            int len = sb.Length;
            for (int i = 0; i < len; i++)
            {
                char c = sb[i];
                char next = i + 1 < len ? sb[i + 1] : '\0';
                if (IsHigh(c) && IsLow(next)) i++;
                o = Put(c, next, dst, o);
            }

            return o - offset;
        }

        /// <summary>Encodes <paramref name="s"/> at <paramref name="offset"/>; returns the bytes written.</summary>
        public static int Encode(string s, byte[] dst, int offset)
        {
            int o = offset;
            int len = s.Length;
            for (int i = 0; i < len; i++)
            {
                char c = s[i];
                char next = i + 1 < len ? s[i + 1] : '\0';
                if (IsHigh(c) && IsLow(next)) i++;
                o = Put(c, next, dst, o);
            }

            return o - offset;
        }

        /// <summary>Writes <paramref name="c"/> (with <paramref name="next"/> when the two are a surrogate pair;
        /// a lone surrogate becomes U+FFFD) at <paramref name="o"/>, at most 4 bytes; returns the next offset.</summary>
        internal static int Put(char c, char next, byte[] dst, int o)
        {
            if (c < 0x80)
            {
                dst[o++] = (byte)c;
            }
            else if (c < 0x800)
            {
                dst[o++] = (byte)(0xC0 | (c >> 6));
                dst[o++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (IsHigh(c) && IsLow(next))
            {
                int cp = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
                dst[o++] = (byte)(0xF0 | (cp >> 18));
                dst[o++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                dst[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                dst[o++] = (byte)(0x80 | (cp & 0x3F));
            }
            else
            {
                int cp = (IsHigh(c) || IsLow(c)) ? 0xFFFD : c;
                dst[o++] = (byte)(0xE0 | (cp >> 12));
                dst[o++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                dst[o++] = (byte)(0x80 | (cp & 0x3F));
            }

            return o;
        }

        /// <summary>True when <paramref name="c"/> and <paramref name="next"/> form a surrogate pair (one code point).</summary>
        internal static bool IsPair(char c, char next) { return IsHigh(c) && IsLow(next); }

        private static bool IsHigh(char c) { return c >= 0xD800 && c <= 0xDBFF; }

        private static bool IsLow(char c) { return c >= 0xDC00 && c <= 0xDFFF; }
    }
}
