namespace NodeMqtt.Meter
{
    /// <summary>
    /// Parses a DSMR number with its unit, <c>digits[.digits][*unit]</c> (DSMR 5.0.2 §6.4 "F(n,m)" and
    /// "S(n)" with unit), straight from bytes: no allocation, no culture, no double.Parse.
    /// </summary>
    public static class DsmrNumber
    {
        /// <summary>Parsed.</summary>
        public const int Ok = 0;
        /// <summary>Not a number, too many digits, or junk after the unit.</summary>
        public const int Malformed = 1;
        /// <summary>A number whose unit contradicts the table.</summary>
        public const int WrongUnit = 2;

        // Exact powers of ten: mantissa / 10^n is then one correctly rounded division, the same double
        // a culture-invariant double.Parse gives.
        private static readonly double[] Pow10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };

        /// <summary>
        /// Parses bytes <paramref name="offset"/>..<paramref name="end"/> (exclusive). A missing unit is
        /// tolerated (some meters omit it); a present unit must equal <paramref name="unit"/> exactly, and
        /// any unit is wrong when <paramref name="unit"/> is null. A suffix after the unit
        /// (<c>*kWh*255</c>) has not been seen in the field and is malformed; the <c>*255</c> that does
        /// occur belongs to the OBIS code (<see cref="DsmrObis.Read"/>).
        /// </summary>
        public static int Parse(byte[] data, int offset, int end, string unit, out double value)
        {
            value = 0;
            long mantissa = 0;
            int digits = 0;
            int fraction = -1;
            int p = offset;
            while (p < end)
            {
                byte c = data[p];
                if (c >= (byte)'0' && c <= (byte)'9')
                {
                    if (++digits > 18) return Malformed;
                    mantissa = mantissa * 10 + (c - '0');
                    if (fraction >= 0) fraction++;
                }
                else if (c == (byte)'.' && fraction < 0)
                {
                    fraction = 0;
                }
                else
                {
                    break;
                }

                p++;
            }

            if (digits == 0 || fraction == 0) return Malformed;
            value = fraction > 0 ? mantissa / Pow10[fraction] : mantissa;
            if (p == end) return Ok;
            if (data[p] != (byte)'*') return Malformed;
            int unitStart = ++p;
            while (p < end && data[p] != (byte)'*') p++;
            if (p == unitStart || p != end) return Malformed;
            return Ascii.SameText(data, unitStart, p - unitStart, unit) ? Ok : WrongUnit;
        }
    }
}
