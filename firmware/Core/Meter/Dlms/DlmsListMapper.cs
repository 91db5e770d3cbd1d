namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Turns a flattened notification body into reading entries. Two list shapes cover the known families
    /// (learned from the operators' HAN descriptions and the open HAN readers):
    /// <list type="bullet">
    /// <item>self-describing: an OBIS octet-string followed by its value, optionally followed by a
    /// scaler-unit structure {int8, enum}, whether each object is its own structure (Aidon, Landis+Gyr,
    /// the Swedish list, the Austrian list) or the pairs run flat (Kamstrup, which implies its scalers);</item>
    /// <item>positional: Kaifa's KFM_001 lists carry no OBIS codes; the element count (1, 9, 13, 14, 18)
    /// names the list and <see cref="KaifaLayout"/> gives the codes.</item>
    /// </list>
    /// Strings are cached per entry position so a meter that repeats its id allocates nothing.
    /// </summary>
    public sealed class DlmsListMapper
    {
        private const int FamilyNone = 0;
        private const int FamilyKamstrup = 1;
        private const int FamilyKaifa = 2;
        private const int TextSlots = 16;

        private readonly DlmsUnknownFields _unknown = new DlmsUnknownFields();
        private readonly string[] _texts = new string[TextSlots];
        private int _textSlot;
        private int _family;

        /// <summary>Objects not in the table (published under obis_ keys).</summary>
        public long UnknownObjects { get; private set; }
        /// <summary>Values that could not be used (wrong type for their row, bad date-time).</summary>
        public long BadValues { get; private set; }

        /// <summary>Adds the body's values to <paramref name="reading"/>; returns how many were added.</summary>
        public int Map(AxdrItems items, Reading reading)
        {
            _textSlot = 0;
            _family = FamilyNone;
            int before = reading.Count;
            if (!HasObis(items)) MapKaifa(items, reading);
            else MapPairs(items, reading);
            return reading.Count - before;
        }

        private void MapPairs(AxdrItems items, Reading reading)
        {
            byte[] d = items.Data;
            long pending = -1;
            for (int i = 0; i < items.Count; i++)
            {
                byte tag = items.TagAt(i);
                if (tag == AxdrTag.Structure || tag == AxdrTag.Array || tag == AxdrTag.Null) continue;
                if (pending < 0)
                {
                    if (tag == AxdrTag.OctetString && items.LengthAt(i) == 6)
                    {
                        int o = items.OffsetAt(i);
                        pending = DsmrObis.Pack(d[o], d[o + 1], d[o + 2], d[o + 3], d[o + 4]);
                    }
                    else if (IsClock(items, i))
                    {
                        Clock(reading, items, i); // Austrian lists open with the clock, without a code
                    }
                    else if (IsText(tag) && reading.Count == 0 && _family == FamilyNone)
                    {
                        // A leading string without OBIS code is the list version (Kamstrup_V0001, KFM_001).
                        SetFamily(items, i);
                        Text(reading, DlmsFields.ListVersion, items, i);
                    }

                    continue;
                }

                int scaler = 0, unit = -1;
                if (i + 3 < items.Count && items.TagAt(i + 1) == AxdrTag.Structure && items.IntegerAt(i + 1) == 2
                    && items.TagAt(i + 2) == AxdrTag.Int8 && items.TagAt(i + 3) == AxdrTag.Enum)
                {
                    scaler = (int)items.IntegerAt(i + 2);
                    unit = (int)items.IntegerAt(i + 3);
                }

                Emit(reading, pending, items, i, scaler, unit);
                if (unit >= 0) i += 3;
                pending = -1;
            }
        }

        private void MapKaifa(AxdrItems items, Reading reading)
        {
            if (items.Count < 2 || (items.TagAt(0) != AxdrTag.Structure && items.TagAt(0) != AxdrTag.Array)) return;
            long[] layout = KaifaLayout.For((int)items.IntegerAt(0));
            if (layout == null || items.Count != layout.Length + 1) return;
            _family = FamilyKaifa;
            for (int k = 0; k < layout.Length; k++) Emit(reading, layout[k], items, k + 1, 0, -1);
        }

        private void Emit(Reading reading, long code, AxdrItems items, int i, int scaler, int unit)
        {
            byte tag = items.TagAt(i);
            DlmsObisRow row = DlmsObisTable.Find(code);
            if (row == null)
            {
                UnknownObjects++;
                bool text = !AxdrTag.IsNumber(tag);
                int from = DlmsUnit.MeterUnitId(unit);
                MeterField f = _unknown.Get(code, text, from);
                if (f == null) return;
                if (text) Text(reading, f, items, i);
                else Number(reading, f, DlmsUnit.Apply(items.NumberAt(i), scaler), from);
                return;
            }

            MeterField field = row.Field;
            if (field.Kind == FieldKind.Timestamp)
            {
                if (IsClock(items, i)) Clock(reading, items, i);
                else BadValues++;
                return;
            }

            if (field.Kind == FieldKind.Text)
            {
                if (!AxdrTag.IsBytes(tag))
                {
                    BadValues++;
                    return;
                }

                // Kaifa's newer lists carry OBIS codes but still no scalers: the list version (sent first,
                // under 1-1:0.2.129) names the family whose implicit scalers apply to the values after it.
                if (field == DlmsFields.ListVersion && _family == FamilyNone) SetFamily(items, i);
                Text(reading, field, items, i);
                return;
            }

            if (!AxdrTag.IsNumber(tag))
            {
                BadValues++;
                return;
            }

            if (unit < 0)
            {
                scaler = _family == FamilyKamstrup ? row.KamstrupScaler : _family == FamilyKaifa ? row.KaifaScaler : 0;
                unit = row.Unit;
            }

            Number(reading, field, DlmsUnit.Apply(items.NumberAt(i), scaler), DlmsUnit.MeterUnitId(unit));
        }

        // Converts to the row's unit with the shared unit table; another quantity (kWh sent where power was
        // expected) is refused rather than guessed.
        private void Number(Reading reading, MeterField field, double value, int from)
        {
            if (from != MeterUnit.None && field.UnitId != MeterUnit.None)
            {
                if (!MeterUnit.SameQuantity(from, field.UnitId))
                {
                    BadValues++;
                    return;
                }

                value = MeterUnit.Convert(value, from, field.UnitId);
            }

            reading.Add(field, value, null, 0);
        }

        private void Clock(Reading reading, AxdrItems items, int i)
        {
            long ms = DlmsDateTime.Parse(items.Data, items.OffsetAt(i));
            if (ms == DlmsDateTime.Invalid)
            {
                BadValues++;
                return;
            }

            reading.MeterTimeUtcMs = ms;
            reading.Add(DsmrFields.Timestamp, ms, null, ms);
        }

        private void Text(Reading reading, MeterField field, AxdrItems items, int i)
        {
            int slot = _textSlot < TextSlots ? _textSlot++ : -1;
            byte[] d = items.Data;
            int o = items.OffsetAt(i), n = items.LengthAt(i);
            string cached = slot >= 0 ? _texts[slot] : null;
            if (cached != null && Ascii.SameText(d, o, n, cached))
            {
                reading.Add(field, 0, cached, 0);
                return;
            }

            char[] chars = new char[n];
            for (int k = 0; k < n; k++) chars[k] = d[o + k] >= 0x20 && d[o + k] < 0x7F ? (char)d[o + k] : '?';
            string text = new string(chars);
            if (slot >= 0) _texts[slot] = text;
            reading.Add(field, 0, text, 0);
        }

        private void SetFamily(AxdrItems items, int i)
        {
            byte[] d = items.Data;
            int o = items.OffsetAt(i);
            if (items.LengthAt(i) >= 8 && d[o] == (byte)'K' && d[o + 1] == (byte)'a' && d[o + 2] == (byte)'m') _family = FamilyKamstrup;
            else if (items.LengthAt(i) >= 3 && d[o] == (byte)'K' && d[o + 1] == (byte)'F' && d[o + 2] == (byte)'M') _family = FamilyKaifa;
        }

        private static bool IsClock(AxdrItems items, int i)
        {
            byte tag = items.TagAt(i);
            return items.LengthAt(i) == 12 && (tag == AxdrTag.OctetString || tag == AxdrTag.DateTime);
        }

        private static bool IsText(byte tag)
        {
            return tag == AxdrTag.VisibleString || tag == AxdrTag.Utf8String || tag == AxdrTag.OctetString;
        }

        private static bool HasObis(AxdrItems items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (items.TagAt(i) == AxdrTag.OctetString && items.LengthAt(i) == 6) return true;
            }

            return false;
        }
    }
}
