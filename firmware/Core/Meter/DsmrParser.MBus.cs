namespace NodeMqtt.Meter
{
    /// <summary>M-Bus channel lines of <see cref="DsmrParser"/> (DSMR 5.0.2 §6.12, channels 0-1 .. 0-4).</summary>
    public sealed partial class DsmrParser
    {
        private readonly int[] _channelType = new int[5];
        private readonly bool[] _placeholder = new bool[5];
        private readonly string[] _mbusText = new string[4];
        private int _gasChannel;
        private int _waterChannel;
        private int _hotWaterChannel;
        private int _heatChannel;
        private int _coolingChannel;
        private MeterField _pendingField;
        private long _pendingCode;
        private long _pendingTimeMs;

        /// <summary>M-Bus value lines of empty channels (epoch timestamp or all-zero value without unit), skipped.</summary>
        public long PlaceholderLines { get; private set; }

        private void ResetChannels()
        {
            for (int i = 0; i < _channelType.Length; i++)
            {
                _channelType[i] = 0;
                _placeholder[i] = false;
            }

            _gasChannel = 0;
            _waterChannel = 0;
            _hotWaterChannel = 0;
            _heatChannel = 0;
            _coolingChannel = 0;
            _pendingField = null;
        }

        // Empty channels leave nothing behind: an Iskra AM550 announces device type 3 on a channel whose
        // value is 0-1:24.2.1(700101010000W)(00000000) (issue 9); its type and id rows go too.
        private void EndChannels(Reading r)
        {
            PendingLost();
            for (int ch = 1; ch <= 4; ch++)
            {
                if (!_placeholder[ch]) continue;
                r.Remove(DsmrFields.MbusDeviceType[ch - 1]);
                r.Remove(DsmrFields.MbusEquipmentId[ch - 1]);
                r.Remove(DsmrFields.MbusValve[ch - 1]);
            }
        }

        // A DSMR 2.2 gas line whose value line never came.
        private void PendingLost()
        {
            if (_pendingField == null) return;
            _pendingField = null;
            Bad(_pendingCode, false, "value line missing");
        }

        // 0-n: lines. False for codes that are not M-Bus rows (published under their OBIS key).
        private bool Mbus(int ch, long code, byte[] t, int e, Reading r)
        {
            int cde = (int)(code & 0xFFFFFF);
            if (cde == (24 << 16 | 1 << 8 | 0) || cde == (24 << 16 | 4 << 8 | 0))
            {
                double value = 0;
                int result = _groups == 1 ? DsmrNumber.Parse(t, _groupStart[0], _groupEnd[0], MeterUnit.None, out value) : DsmrNumber.Malformed;
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
                else if (!AllZero(t, _groupStart[0], _groupEnd[0])) Add(r, DsmrFields.MbusEquipmentId[ch - 1], 0, Text(t, _groupStart[0], _groupEnd[0], true, _mbusText, ch - 1), 0);
                return true;
            }

            bool dsmr4 = cde == (24 << 16 | 2 << 8 | 1) || cde == (24 << 16 | 2 << 8 | 3); // 24.2.3: e-MUCS, not temperature-corrected
            bool dsmr22 = cde == (24 << 16 | 3 << 8 | 0);
            if (!dsmr4 && !dsmr22) return false;
            if (dsmr4 && _groups == 2 && Placeholder(t))
            {
                PlaceholderLines++;
                _placeholder[ch] = true;
                return true;
            }

            long ms = _groups >= 1 ? Tst(t, _groupStart[0], _groupEnd[0]) : DsmrTimestamp.Invalid;
            MeterField field = ValueField(ch);
            if (dsmr4)
            {
                if (_groups != 2 || ms == DsmrTimestamp.Invalid) Bad(code, false, "groups");
                else
                {
                    int result = Number(r, field, t, _groupStart[1], _groupEnd[1], ms);
                    // A by-number channel holding another quantity (kWh, GJ) keeps its unit under its OBIS key.
                    if (result == DsmrNumber.WrongUnit && field == DsmrFields.MbusDelivered[ch - 1]) Unknown(code, t, e, r);
                    else Checked(result, code);
                }

                return true;
            }

            // DSMR 2.2/3: (time)(00)(60)(1)(0-n:24.2.1)(m3) and the value alone on the next line.
            if (_groups < 6 || ms == DsmrTimestamp.Invalid)
            {
                Bad(code, false, "groups");
                return true;
            }

            if (!MeterUnit.SameQuantity(MeterUnit.Find(t, _groupStart[5], _groupEnd[5] - _groupStart[5]), field.UnitId))
            {
                Bad(code, true, "unit");
                return true;
            }

            if (_groups >= 7)
            {
                Checked(Number(r, field, t, _groupStart[6], _groupEnd[6], ms), code); // value on the same line
                return true;
            }

            _pendingField = field;
            _pendingCode = code;
            _pendingTimeMs = ms;
            return true;
        }

        // (700101010000W)(00000000): the epoch as capture time, or a value of zeros without a unit.
        private bool Placeholder(byte[] t)
        {
            int s = _groupStart[0];
            if (_groupEnd[0] - s >= 6 && Ascii.SameText(t, s, 6, "700101")) return true;
            int vs = _groupStart[1];
            int ve = _groupEnd[1];
            for (int i = vs; i < ve; i++)
            {
                if (t[i] == (byte)'*') return false;
            }

            return AllZero(t, vs, ve);
        }

        private static bool AllZero(byte[] t, int s, int e)
        {
            for (int i = s; i < e; i++)
            {
                if (t[i] != (byte)'0' && t[i] != (byte)'.') return false;
            }

            return true;
        }

        // "(07890.693)": the value line of a DSMR 2.2/3 gas reading.
        private void Continuation(byte[] t, int s, int e, Reading r)
        {
            MeterField field = _pendingField;
            long code = field != null ? _pendingCode : DsmrObis.Invalid;
            _pendingField = null;
            if (field == null || !Groups(t, s, e) || _groups != 1) Bad(code, false, "stray value line");
            else Checked(Number(r, field, t, _groupStart[0], _groupEnd[0], _pendingTimeMs), code);
        }

        // The key a channel's meter value gets, by the channel's device type (0-n:24.1.0, EN 13757-3
        // table: 3 gas, 4/12 heat, 6/21 warm water, 7/22 water, 10/11 cooling). A channel without a type
        // line counts as gas on channel 1 (DSMR 2.2 meters; most Dutch homes). The first channel of a
        // role gets the role's key; a second meter of that role, or another type, goes by channel number.
        private MeterField ValueField(int ch)
        {
            int type = _channelType[ch];
            if ((type == 3 || (type == 0 && ch == 1)) && Claim(ref _gasChannel, ch)) return DsmrFields.GasDelivered;
            if ((type == 7 || type == 22) && Claim(ref _waterChannel, ch)) return DsmrFields.WaterDelivered;
            if ((type == 6 || type == 21) && Claim(ref _hotWaterChannel, ch)) return DsmrFields.HotWaterDelivered;
            if ((type == 4 || type == 12) && Claim(ref _heatChannel, ch)) return DsmrFields.HeatDelivered;
            if ((type == 10 || type == 11) && Claim(ref _coolingChannel, ch)) return DsmrFields.CoolingDelivered;
            return DsmrFields.MbusDelivered[ch - 1];
        }

        private static bool Claim(ref int owner, int ch)
        {
            if (owner != 0 && owner != ch) return false;
            owner = ch;
            return true;
        }
    }
}
