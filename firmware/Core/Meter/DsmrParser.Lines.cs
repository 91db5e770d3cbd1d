namespace NodeMqtt.Meter
{
    /// <summary>Line-level helpers of <see cref="DsmrParser"/>: value groups, table lookup, text, M-Bus channels.</summary>
    public sealed partial class DsmrParser
    {
        private readonly int[] _channelType = new int[5];
        private readonly string[] _mbusText = new string[4];
        private int _gasChannel;
        private int _waterChannel;
        private int _heatChannel;
        private MeterField _pendingField;
        private long _pendingCode;
        private long _pendingTimeMs;

        private static long[] BuildCodes()
        {
            long[] codes = new long[DsmrFields.All.Length];
            for (int i = 0; i < codes.Length; i++) codes[i] = DsmrObis.Parse(DsmrFields.All[i].Obis);
            return codes;
        }

        private static int Find(long code)
        {
            long[] codes = Codes;
            for (int i = 0; i < codes.Length; i++)
            {
                if (codes[i] == code) return i;
            }

            return -1;
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

        // Hex-decoded when asked and the bytes are an even run of hex digits (DSMR 5.0.2 §6.4 type "Sn"
        // octet strings); otherwise the bytes as they are (a DSMR 4.2 Kaifa sends an odd-length id).
        // Reuses the cached string when the text did not change since the last telegram.
        private string Text(byte[] t, int s, int e, bool hex, string[] cache, int slot)
        {
            int n = e - s;
            if (n <= 0) return string.Empty;
            bool decode = hex && (n & 1) == 0;
            for (int i = s; decode && i < e; i++) decode = Ascii.Hex(t[i]) >= 0;
            int m = decode ? n / 2 : n;
            char[] chars = _chars;
            if (m > chars.Length) m = chars.Length;
            for (int i = 0; i < m; i++)
            {
                chars[i] = decode ? (char)((Ascii.Hex(t[s + 2 * i]) << 4) | Ascii.Hex(t[s + 2 * i + 1])) : (char)t[s + i];
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

        private void Unknown(byte[] t, int s, int e, Reading r)
        {
            UnknownLines++;
            int slot = _unknownInTelegram < UnknownSlots ? _unknownInTelegram : -1;
            _unknownInTelegram++;
            r.Add(DsmrFields.Unknown, 0, Text(t, s, e, false, _unknownText, slot), 0);
        }

        private void Bad(long code, bool unit, string reason)
        {
            MalformedLines++;
            if (unit) UnitMismatches++;
            for (int i = 0; i < _loggedCount; i++)
            {
                if (_loggedCodes[i] == code) return;
            }

            if (_loggedCount == MaxLoggedCodes) return;
            _loggedCodes[_loggedCount++] = code;
            if (_log != null) _log.Line("meter", "malformed line " + DsmrObis.Format(code) + " (" + reason + "), logged once per code");
        }

        private void ResetChannels()
        {
            for (int i = 0; i < _channelType.Length; i++) _channelType[i] = 0;
            _gasChannel = 0;
            _waterChannel = 0;
            _heatChannel = 0;
            _pendingField = null;
        }

        private void EndChannels()
        {
            PendingLost();
        }

        // A DSMR 2.2 gas line whose value line never came.
        private void PendingLost()
        {
            if (_pendingField == null) return;
            _pendingField = null;
            Bad(_pendingCode, false, "value line missing");
        }

        // 0-n: lines (DSMR 5.0.2 §6.12 M-Bus rows). False for codes that are not M-Bus rows (kept as unknown).
        private bool Mbus(int ch, long code, byte[] t, Reading r)
        {
            int cde = (int)(code & 0xFFFFFF);
            if (cde == (24 << 16 | 1 << 8 | 0) || cde == (24 << 16 | 4 << 8 | 0))
            {
                if (_groups != 1)
                {
                    Bad(code, false, "groups");
                    return true;
                }

                double value;
                int result = DsmrNumber.Parse(t, _groupStart[0], _groupEnd[0], null, out value);
                if (result != DsmrNumber.Ok) Bad(code, result == DsmrNumber.WrongUnit, "number");
                else if (cde == (24 << 16 | 1 << 8 | 0))
                {
                    _channelType[ch] = value < 256 ? (int)value : 0;
                    Add(r, DsmrFields.MbusDeviceType[ch - 1], value, null, 0);
                }
                else Add(r, DsmrFields.MbusValve[ch - 1], value, null, 0);
                return true;
            }

            if (cde == (96 << 16 | 1 << 8 | 0) || cde == (96 << 16 | 1 << 8 | 1))
            {
                if (_groups != 1) Bad(code, false, "groups");
                else Add(r, DsmrFields.MbusEquipmentId[ch - 1], 0, Text(t, _groupStart[0], _groupEnd[0], true, _mbusText, ch - 1), 0);
                return true;
            }

            bool dsmr4 = cde == (24 << 16 | 2 << 8 | 1) || cde == (24 << 16 | 2 << 8 | 3); // 24.2.3: e-MUCS, not temperature-corrected
            bool dsmr22 = cde == (24 << 16 | 3 << 8 | 0);
            if (!dsmr4 && !dsmr22) return false;
            long ms = _groups >= 1 ? DsmrTimestamp.Parse(t, _groupStart[0], _groupEnd[0] - _groupStart[0]) : DsmrTimestamp.Invalid;
            MeterField field = ValueField(ch);
            if (dsmr4)
            {
                if (_groups != 2 || ms == DsmrTimestamp.Invalid) Bad(code, false, "groups");
                else Number(r, field, code, t, _groupStart[1], _groupEnd[1], ms);
                return true;
            }

            // DSMR 2.2/3: (time)(00)(60)(1)(0-n:24.2.1)(m3) and the value alone on the next line.
            if (_groups < 6 || ms == DsmrTimestamp.Invalid)
            {
                Bad(code, false, "groups");
                return true;
            }

            if (!Ascii.SameText(t, _groupStart[5], _groupEnd[5] - _groupStart[5], field.Unit))
            {
                Bad(code, true, "unit");
                return true;
            }

            if (_groups >= 7)
            {
                Number(r, field, code, t, _groupStart[6], _groupEnd[6], ms); // value on the same line
                return true;
            }

            _pendingField = field;
            _pendingCode = code;
            _pendingTimeMs = ms;
            return true;
        }

        // "(07890.693)": the value line of a DSMR 2.2/3 gas reading.
        private void Continuation(byte[] t, int s, int e, Reading r)
        {
            MeterField field = _pendingField;
            long code = field != null ? _pendingCode : DsmrObis.Invalid;
            _pendingField = null;
            if (field == null || !Groups(t, s, e) || _groups != 1) Bad(code, false, "stray value line");
            else Number(r, field, code, t, _groupStart[0], _groupEnd[0], _pendingTimeMs);
        }

        // Which key a channel's meter value gets: see the DsmrFields M-Bus rows for the rule.
        private MeterField ValueField(int ch)
        {
            int type = _channelType[ch];
            if ((type == 3 || (type == 0 && ch == 1)) && (_gasChannel == 0 || _gasChannel == ch))
            {
                _gasChannel = ch;
                return DsmrFields.GasDelivered;
            }

            if (type == 7 && (_waterChannel == 0 || _waterChannel == ch))
            {
                _waterChannel = ch;
                return DsmrFields.WaterDelivered;
            }

            if (type == 4 && (_heatChannel == 0 || _heatChannel == ch))
            {
                _heatChannel = ch;
                return DsmrFields.HeatDelivered;
            }

            return DsmrFields.MbusDelivered[ch - 1];
        }
    }
}
