namespace NodeMqtt.Meter
{
    /// <summary>Line-level helpers of <see cref="DsmrParser"/>: the row table, value groups, text, logging.</summary>
    public sealed partial class DsmrParser
    {
        // Codes DSMR 2.2/3 never send (DSMR 4.0.7 §6.12 added them; none appears in any DSMR 2.2/3 or
        // EasyMeter telegram of the conformance corpus): a telegram holding one is DSMR 4+ and has a CRC.
        private static readonly long[] Dsmr4Codes =
        {
            DsmrObis.Pack(1, 3, 0, 2, 8), DsmrObis.Pack(0, 0, 1, 0, 0), DsmrObis.Pack(0, 0, 96, 1, 4), DsmrObis.Pack(1, 0, 99, 97, 0),
            DsmrObis.Pack(0, 0, 96, 7, 21), DsmrObis.Pack(0, 0, 96, 7, 9), DsmrObis.Pack(1, 0, 32, 32, 0), DsmrObis.Pack(1, 0, 32, 36, 0),
            DsmrObis.Pack(1, 0, 32, 7, 0), DsmrObis.Pack(1, 0, 31, 7, 0), DsmrObis.Pack(1, 0, 22, 7, 0), DsmrObis.Pack(1, 0, 1, 4, 0),
            DsmrObis.Pack(1, 0, 1, 6, 0), DsmrObis.Pack(0, 0, 98, 1, 0), DsmrObis.Pack(0, 1, 24, 2, 1), DsmrObis.Pack(0, 2, 24, 2, 1),
            DsmrObis.Pack(0, 1, 24, 2, 3), DsmrObis.Pack(0, 2, 24, 2, 3)
        };

        private static bool Dsmr4Only(long code)
        {
            for (int i = 0; i < Dsmr4Codes.Length; i++)
            {
                if (Dsmr4Codes[i] == code) return true;
            }

            return false;
        }

        // Value groups "(…)(…)" from p to the end of the line, which it returns: remembers the first
        // MaxGroups, counts all, and sets _groupsOk false on stray bytes (trailing blanks are harmless).
        // Finding the groups and the line end in one pass saves a second scan of every line.
        private int Groups(byte[] t, int p, int length)
        {
            _groups = 0;
            _rawStart = p;
            _groupsOk = false;
            while (p < length)
            {
                byte c = t[p];
                if (c == (byte)'(')
                {
                    int close = p + 1;
                    while (close < length)
                    {
                        byte d = t[close];
                        if (d == (byte)')') break;
                        if (d == (byte)'(' || d == 13 || d == 10 || d == (byte)'!') return LineEnd(t, close, length);
                        close++;
                    }

                    if (close >= length) return length; // unclosed at the end of the telegram
                    if (_groups < MaxGroups)
                    {
                        _groupStart[_groups] = p + 1;
                        _groupEnd[_groups] = close;
                    }

                    _groups++;
                    p = close + 1;
                    continue;
                }

                if (c == 13 || c == 10 || c == (byte)'!') break;
                if (c != (byte)' ') return LineEnd(t, p, length);
                int q = p + 1;
                while (q < length && t[q] == (byte)' ') q++;
                if (q < length && t[q] != 13 && t[q] != 10 && t[q] != (byte)'!') return LineEnd(t, q, length); // a blank between groups
                p = q;
                break;
            }

            _groupsOk = _groups > 0;
            return p;
        }

        // Hex-decoded when asked and the bytes are an even run of hex digits that decodes to printable
        // text (DSMR 5.0.2 §6.4 "Sn" octet strings); otherwise the bytes as they are: a Kaifa sends an
        // odd-length id, an empty M-Bus slot "00000000" would decode to NUL characters (issue 9).
        // Reuses the cached string when the text did not change since the last telegram.
        private string Text(byte[] t, int s, int e, bool hex, string[] cache, int slot)
        {
            int n = e - s;
            if (n <= 0) return string.Empty;
            string cached = slot >= 0 ? cache[slot] : null;
            if (cached != null && n <= _chars.Length && Unchanged(t, s, e, hex, cached)) return cached;
            char[] chars = _chars;
            int m = 0;
            bool decoded = hex && (n & 1) == 0 && n / 2 <= chars.Length;
            for (int i = s; decoded && i < e; i += 2)
            {
                int hi = Ascii.Hex(t[i]);
                int lo = Ascii.Hex(t[i + 1]);
                int c = (hi << 4) | lo;
                decoded = hi >= 0 && lo >= 0 && c >= 0x20 && c < 0x7F;
                chars[m++] = (char)c;
            }

            if (!decoded)
            {
                m = n > chars.Length ? chars.Length : n;
                for (int i = 0; i < m; i++) chars[i] = (char)t[s + i];
            }

            if (cached != null && cached.Length == m)
            {
                int k = 0;
                while (k < m && cached[k] == chars[k]) k++;
                if (k == m) return cached;
            }

            string text = new string(chars, 0, m);
            if (slot >= 0) cache[slot] = text;
            return text;
        }

        // The usual case, a text equal to last telegram's: decodes and compares in one pass, no copy.
        // False only means "not proven equal": Text then decodes in full and compares again.
        private static bool Unchanged(byte[] t, int s, int e, bool hex, string cached)
        {
            int n = e - s;
            if (hex && (n & 1) == 0 && cached.Length == n / 2)
            {
                int k = 0;
                for (int i = s; i < e; i += 2)
                {
                    int hi = Ascii.Hex(t[i]);
                    int lo = Ascii.Hex(t[i + 1]);
                    int c = (hi << 4) | lo;
                    if (hi < 0 || lo < 0 || c < 0x20 || c >= 0x7F || cached[k++] != c) return false;
                }

                return true;
            }

            if (hex || cached.Length != n) return false;
            for (int i = 0; i < n; i++)
            {
                if (cached[i] != t[s + i]) return false;
            }

            return true;
        }

        private static bool Contains(byte[] t, int s, int e, string word)
        {
            for (int i = s; i + word.Length <= e; i++)
            {
                if (Ascii.SameText(t, i, word.Length, word)) return true;
            }

            return false;
        }

        private void Bad(long code, bool unit, string reason)
        {
            MalformedLines++;
            MalformedInTelegram++;
            if (unit) UnitMismatches++;
            for (int i = 0; i < _loggedCount; i++)
            {
                if (_loggedCodes[i] == code) return;
            }

            if (_loggedCount == MaxLoggedCodes) return;
            _loggedCodes[_loggedCount++] = code;
            if (_log != null) _log.Line("meter", "malformed line " + DsmrObis.Format(code) + " (" + reason + "), logged once per code");
        }
    }
}
