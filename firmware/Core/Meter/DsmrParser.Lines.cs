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

        // Value groups "(…)(…)" from p to e; remembers the first MaxGroups, counts all. False on stray bytes.
        private bool Groups(byte[] t, int p, int e)
        {
            while (e > p && t[e - 1] == (byte)' ') e--; // trailing blanks are harmless
            _groups = 0;
            _rawStart = p;
            if (p >= e) return false;
            while (p < e)
            {
                if (t[p] != (byte)'(') return false;
                int close = p + 1;
                while (close < e && t[close] != (byte)')')
                {
                    if (t[close] == (byte)'(') return false;
                    close++;
                }

                if (close >= e) return false;
                if (_groups < MaxGroups)
                {
                    _groupStart[_groups] = p + 1;
                    _groupEnd[_groups] = close;
                }

                _groups++;
                p = close + 1;
            }

            return true;
        }

        // Hex-decoded when asked and the bytes are an even run of hex digits that decodes to printable
        // text (DSMR 5.0.2 §6.4 "Sn" octet strings); otherwise the bytes as they are: a Kaifa sends an
        // odd-length id, an empty M-Bus slot "00000000" would decode to NUL characters (issue 9).
        // Reuses the cached string when the text did not change since the last telegram.
        private string Text(byte[] t, int s, int e, bool hex, string[] cache, int slot)
        {
            int n = e - s;
            if (n <= 0) return string.Empty;
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

            string cached = slot >= 0 ? cache[slot] : null;
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
