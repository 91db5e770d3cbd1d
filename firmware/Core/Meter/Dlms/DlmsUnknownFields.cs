namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Table rows for OBIS objects the table does not know, keyed like the DSMR path's unnamed lines
    /// (<see cref="ObisKey"/>, <c>obis_1_0_3_8_0</c>) with the value in its quantity's base unit
    /// (<see cref="MeterUnit.BaseOf"/>: Wh is published as kWh), created once per code and kept: a meter
    /// sends the same list every time, so after the first frame no row is allocated. Bounded to
    /// <see cref="Capacity"/> codes; further ones are counted and skipped rather than growing memory.
    /// </summary>
    public sealed class DlmsUnknownFields
    {
        /// <summary>The most distinct unknown codes kept.</summary>
        public const int Capacity = 32;

        private readonly long[] _codes = new long[Capacity];
        private readonly MeterField[] _fields = new MeterField[Capacity];
        private int _count;

        /// <summary>Codes seen that did not fit.</summary>
        public int Overflowed { get; private set; }

        /// <summary>The row for <paramref name="code"/>: text when <paramref name="text"/>, else a number whose
        /// unit is the base unit of <paramref name="meterUnit"/> (a <see cref="MeterUnit"/> id or None).
        /// Null when the cache is full.</summary>
        public MeterField Get(long code, bool text, int meterUnit)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_codes[i] == code) return _fields[i];
            }

            if (_count >= Capacity)
            {
                Overflowed++;
                return null;
            }

            MeterField f;
            if (text) f = new MeterField(DsmrObis.Format(code), ObisKey.Make(code), null, FieldKind.Text, 0, null);
            else
            {
                int canonical = meterUnit == MeterUnit.None ? MeterUnit.None : MeterUnit.BaseOf(meterUnit);
                // Value group D = 8 is a time integral (energy register): it only counts up.
                FieldKind kind = ((code >> 8) & 0xFF) == 8 ? FieldKind.Counter : FieldKind.Measurement;
                f = new MeterField(DsmrObis.Format(code), ObisKey.Make(code), MeterUnit.Name(canonical), kind, 3, MeterUnit.DeviceClass(canonical));
            }

            _codes[_count] = code;
            _fields[_count] = f;
            _count++;
            return f;
        }
    }
}
