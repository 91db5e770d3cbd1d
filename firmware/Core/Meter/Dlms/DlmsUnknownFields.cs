namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Table rows for OBIS objects the table does not know, keyed <c>obis_a_b_c_d_e</c> (the convention the
    /// DSMR path uses for unknown codes), created once per code and kept: a meter sends the same list
    /// every time, so after the first frame no row is allocated. Bounded to <see cref="Capacity"/> codes;
    /// beyond that, objects are counted and skipped rather than growing memory.
    /// </summary>
    public sealed class DlmsUnknownFields
    {
        /// <summary>The most distinct unknown codes kept.</summary>
        public const int Capacity = 48;

        private readonly long[] _codes = new long[Capacity];
        private readonly MeterField[] _fields = new MeterField[Capacity];
        private int _count;

        /// <summary>Codes seen that did not fit.</summary>
        public int Overflowed { get; private set; }

        /// <summary>The row for <paramref name="code"/>: text when <paramref name="text"/>, else a measurement
        /// in <paramref name="unit"/> (a <see cref="DlmsUnit"/> code). Null when the cache is full.</summary>
        public MeterField Get(long code, bool text, int unit)
        {
            long key = (code << 1) | (text ? 1L : 0L);
            for (int i = 0; i < _count; i++)
            {
                if (_codes[i] == key) return _fields[i];
            }

            if (_count >= Capacity)
            {
                Overflowed++;
                return null;
            }

            string unitName = text ? null : DlmsUnit.Name(unit);
            MeterField f = new MeterField(DsmrObis.Format(code), Key(code, unitName), unitName,
                text ? FieldKind.Text : FieldKind.Measurement, text ? 0 : 3, null);
            _codes[_count] = key;
            _fields[_count] = f;
            _count++;
            return f;
        }

        /// <summary><c>obis_1_0_3_8_0</c>, with the unit as a suffix when there is one (<c>_wh</c>).</summary>
        public static string Key(long code, string unit)
        {
            string key = "obis_" + (int)(code >> 32) + "_" + (int)((code >> 24) & 0xFF) + "_" + (int)((code >> 16) & 0xFF) + "_"
                + (int)((code >> 8) & 0xFF) + "_" + (int)(code & 0xFF);
            return unit == null ? key : key + "_" + unit.ToLower();
        }
    }
}
