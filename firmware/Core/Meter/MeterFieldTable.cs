namespace NodeMqtt.Meter
{
    /// <summary>
    /// Every named electricity row (<see cref="DsmrFields.All"/> then <see cref="DsmrFields.Extra"/>) looked up
    /// by packed OBIS code (<see cref="DsmrObis.Pack"/>), so the DSMR parser and the DLMS path give the same
    /// quantity the same key. Codes without a row get an <see cref="ObisKey"/> key instead. M-Bus channel
    /// rows are chosen by device type (see DsmrFields.MBus.cs), not here.
    /// </summary>
    public static class MeterFieldTable
    {
        /// <summary>The rows, in lookup order.</summary>
        public static readonly MeterField[] Rows = BuildRows();

        private static readonly long[] Codes = BuildCodes();

        /// <summary>The packed code of row <paramref name="index"/>.</summary>
        public static long CodeAt(int index) { return Codes[index]; }

        /// <summary>The first row from <paramref name="start"/> on with this code, or -1.</summary>
        public static int IndexOf(long packed, int start)
        {
            long[] codes = Codes;
            for (int i = start; i < codes.Length; i++)
            {
                if (codes[i] == packed) return i;
            }

            return -1;
        }

        /// <summary>The row for this code whose unit is of the same quantity as <paramref name="unitId"/>
        /// (<see cref="MeterUnit"/>; the limiter comes in kW, kVA or A), the first row for the code when
        /// <paramref name="unitId"/> is <see cref="MeterUnit.None"/>, or null.</summary>
        public static MeterField Find(long packed, int unitId)
        {
            for (int i = IndexOf(packed, 0); i >= 0; i = IndexOf(packed, i + 1))
            {
                if (unitId == MeterUnit.None || MeterUnit.SameQuantity(unitId, Rows[i].UnitId)) return Rows[i];
            }

            return null;
        }

        private static MeterField[] BuildRows()
        {
            MeterField[] rows = new MeterField[DsmrFields.All.Length + DsmrFields.Extra.Length];
            for (int i = 0; i < DsmrFields.All.Length; i++) rows[i] = DsmrFields.All[i];
            for (int i = 0; i < DsmrFields.Extra.Length; i++) rows[DsmrFields.All.Length + i] = DsmrFields.Extra[i];
            return rows;
        }

        private static long[] BuildCodes()
        {
            long[] codes = new long[Rows.Length];
            for (int i = 0; i < codes.Length; i++) codes[i] = DsmrObis.Parse(Rows[i].Obis);
            return codes;
        }
    }
}
