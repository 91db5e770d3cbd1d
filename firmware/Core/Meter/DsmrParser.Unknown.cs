namespace NodeMqtt.Meter
{
    /// <summary>
    /// Lines no table row names (issue 9: an E.ON Hungary telegram had 23 such lines and only the first
    /// left the node). Each code gets its own row the first time it is seen, keyed <c>obis_A_B_C_D_E</c>
    /// (<see cref="ObisKey"/>): a number with a known unit is published in its quantity's base unit (kWh,
    /// kW, kvarh, V, A, m3, Hz, …), anything else as text. Rows are created once per code and kept for
    /// the parser's life, so telemetry sees the same row object every telegram and a steady meter costs
    /// no allocation; at most <see cref="MaxCodeRows"/> codes, further ones are counted and dropped.
    /// </summary>
    public sealed partial class DsmrParser
    {
        /// <summary>The most distinct unnamed codes one parser publishes.</summary>
        public const int MaxCodeRows = 32;

        private readonly long[] _codeKeys = new long[MaxCodeRows];
        private readonly MeterField[] _codeRows = new MeterField[MaxCodeRows];
        private readonly string[] _codeText = new string[MaxCodeRows];
        private int _codeRowCount;

        /// <summary>Unnamed lines dropped because <see cref="MaxCodeRows"/> codes already have rows.</summary>
        public long UnknownDropped { get; private set; }

        // `key` is the packed code, with a value group F other than 255 in bits 40..47.
        private void Unknown(long key, byte[] t, int e, Reading r)
        {
            UnknownLines++;
            int slot = CodeSlot(key);
            bool single = _groups == 1;
            double value = 0;
            int unitStart = 0;
            int unitCount = 0;
            int fraction = 0;
            int unit = MeterUnit.None;
            bool number = single && DsmrNumber.ParseRaw(t, _groupStart[0], _groupEnd[0], out value, out unitStart, out unitCount, out fraction) == DsmrNumber.Ok;
            if (number && unitCount > 0)
            {
                unit = MeterUnit.Find(t, unitStart, unitCount);
                number = unit != MeterUnit.None;
            }

            MeterField row;
            if (slot >= 0) row = _codeRows[slot];
            else
            {
                if (_codeRowCount == MaxCodeRows)
                {
                    UnknownDropped++;
                    return;
                }

                row = NewRow(key, number, unit, fraction);
                slot = _codeRowCount++;
                _codeKeys[slot] = key;
                _codeRows[slot] = row;
            }

            if (row.Kind != FieldKind.Text)
            {
                // The row was made for a number: another shape or quantity under this code is a bad line.
                if (!number || (unit != MeterUnit.None && !MeterUnit.SameQuantity(unit, row.UnitId)))
                {
                    Bad(key, number, "shape changed");
                    return;
                }

                Add(r, row, unit == MeterUnit.None ? value : MeterUnit.Convert(value, unit, row.UnitId), null, 0);
                return;
            }

            // One group: its text, hex-decoded when that is printable; several groups: the groups as sent.
            string text = single ? Text(t, _groupStart[0], _groupEnd[0], true, _codeText, slot) : Text(t, _rawStart, e, false, _codeText, slot);
            Add(r, row, 0, text, 0);
        }

        private int CodeSlot(long key)
        {
            for (int i = 0; i < _codeRowCount; i++)
            {
                if (_codeKeys[i] == key) return i;
            }

            return -1;
        }

        // Cumulative codes (value group D = 8, "time integral") count up; everything else is a measurement.
        private static MeterField NewRow(long key, bool number, int unit, int fraction)
        {
            int f = (int)((key >> 40) & 0xFF);
            long code = key & 0xFFFFFFFFFFL;
            string obis = DsmrObis.Format(code);
            string name = ObisKey.Make((int)((code >> 32) & 0xFF), (int)((code >> 24) & 0xFF), (int)((code >> 16) & 0xFF), (int)((code >> 8) & 0xFF), (int)(code & 0xFF), f == 0 ? -1 : f);
            if (!number) return new MeterField(obis, name, null, FieldKind.Text, 0, null);
            int canonical = MeterUnit.BaseOf(unit);
            FieldKind kind = ((code >> 8) & 0xFF) == 8 ? FieldKind.Counter : FieldKind.Measurement;
            int decimals = fraction;
            if (unit != canonical) decimals += 3; // Wh published as kWh keeps its resolution
            if (decimals > 6) decimals = 6;
            return new MeterField(obis, name, MeterUnit.Name(canonical), kind, decimals, MeterUnit.DeviceClass(canonical));
        }
    }
}
