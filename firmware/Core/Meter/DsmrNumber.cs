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
        /// <summary>A number whose unit is another quantity than the field's (or unknown).</summary>
        public const int WrongUnit = 2;

        // Exact powers of ten: mantissa / 10^n is then one correctly rounded division, the same double
        // a culture-invariant double.Parse gives.
        private static readonly double[] Pow10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18 };

        /// <summary>
        /// Parses bytes <paramref name="offset"/>..<paramref name="end"/> (exclusive) into a value in unit
        /// <paramref name="unitId"/> (a <see cref="MeterUnit"/> id). A missing unit is tolerated (some meters
        /// omit it); a present unit of the same quantity is converted (Wh to kWh, W to kW, lower case;
        /// issue 9), any other unit is <see cref="WrongUnit"/>, and any unit at all is wrong when
        /// <paramref name="unitId"/> is <see cref="MeterUnit.None"/>.
        /// </summary>
        public static int Parse(byte[] data, int offset, int end, int unitId, out double value)
        {
            int unitStart;
            int unitCount;
            int fraction;
            int result = ParseRaw(data, offset, end, out value, out unitStart, out unitCount, out fraction);
            if (result != Ok || unitCount == 0) return result;
            if (unitId != MeterUnit.None && Ascii.SameText(data, unitStart, unitCount, MeterUnit.Name(unitId))) return Ok; // the usual case
            int unit = MeterUnit.Find(data, unitStart, unitCount);
            if (!MeterUnit.SameQuantity(unit, unitId)) return WrongUnit;
            value = MeterUnit.Convert(value, unit, unitId);
            return Ok;
        }

        /// <summary>
        /// Parses the number and locates its unit without judging it: <paramref name="unitCount"/> is 0 when
        /// there is none, <paramref name="fractionDigits"/> the digits after the point. A suffix after the
        /// unit (<c>*kWh*255</c>) has not been seen in the field and is malformed; the <c>*255</c> that does
        /// occur belongs to the OBIS code (<see cref="DsmrObis.Read"/>).
        /// </summary>
        public static int ParseRaw(byte[] data, int offset, int end, out double value, out int unitStart, out int unitCount, out int fractionDigits)
        {
            value = 0;
            unitStart = end;
            unitCount = 0;
            fractionDigits = 0;
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
            fractionDigits = fraction > 0 ? fraction : 0;
            if (p == end) return Ok;
            if (data[p] != (byte)'*') return Malformed;
            int start = ++p;
            while (p < end && data[p] != (byte)'*') p++;
            if (p == start || p != end) return Malformed;
            unitStart = start;
            unitCount = p - start;
            return Ok;
        }
    }
}
