using System.Text;

namespace NodeMqtt.Json
{
    /// <summary>
    /// Culture-free number and time text, written digit by digit into a <see cref="StringBuilder"/>.
    /// Why by hand: nanoFramework has no custom numeric format strings, <c>double.ToString</c> may use an
    /// exponent or the device culture, and every call of <c>ToString</c> allocates a string. These methods
    /// allocate nothing.
    /// </summary>
    public static class NumberText
    {
        /// <summary>Most decimals <see cref="AppendFixed"/> prints; more are clamped.</summary>
        public const int MaxDecimals = 9;

        private static readonly long[] Pow10L =
        {
            1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L,
            10000000000L, 100000000000L, 1000000000000L, 10000000000000L, 100000000000000L,
            1000000000000000L, 10000000000000000L, 100000000000000000L, 1000000000000000000L
        };

        /// <summary>
        /// Appends <paramref name="value"/> with exactly <paramref name="decimals"/> decimals (0..9), rounded
        /// half away from zero, never with an exponent and never as "-0". NaN and infinities are written as
        /// <c>null</c> because JSON has no spelling for them. Rounding works on the binary value, so 1.005
        /// with two decimals prints 1.00 (the double is 1.00499...), exactly like C's printf.
        /// </summary>
        public static void AppendFixed(StringBuilder sb, double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                sb.Append("null");
                return;
            }

            if (decimals < 0) decimals = 0;
            if (decimals > MaxDecimals) decimals = MaxDecimals;
            bool negative = value < 0;
            double magnitude = negative ? -value : value;
            double scaled = magnitude * Pow10L[decimals] + 0.5;
            if (scaled < 9.0e18)
            {
                long units = (long)scaled;
                if (units == 0) negative = false;
                if (negative) sb.Append('-');
                long unit = Pow10L[decimals];
                AppendDigits(sb, units / unit, 1);
                if (decimals > 0)
                {
                    sb.Append('.');
                    AppendDigits(sb, units % unit, decimals);
                }

                return;
            }

            // Beyond long range the fraction is below double precision anyway.
            if (negative) sb.Append('-');
            AppendHugeInteger(sb, magnitude);
            if (decimals > 0)
            {
                sb.Append('.');
                for (int i = 0; i < decimals; i++) sb.Append('0');
            }
        }

        /// <summary>Appends a long in decimal (with '-' when negative).</summary>
        public static void AppendLong(StringBuilder sb, long value)
        {
            if (value < 0)
            {
                if (value == long.MinValue)
                {
                    sb.Append("-9223372036854775808");
                    return;
                }

                sb.Append('-');
                value = -value;
            }

            AppendDigits(sb, value, 1);
        }

        /// <summary>
        /// Appends UTC milliseconds since 1970 as ISO 8601 <c>YYYY-MM-DDThh:mm:ssZ</c> (with <c>.mmm</c>
        /// only when the milliseconds are not zero; meter clocks tick in whole seconds). Negative values
        /// print as 1970-01-01T00:00:00Z. Civil-from-days after H. Hinnant, so no DateTime is needed.
        /// </summary>
        public static void AppendIsoUtc(StringBuilder sb, long utcMs)
        {
            if (utcMs < 0) utcMs = 0;
            long days = utcMs / 86400000L;
            long msOfDay = utcMs % 86400000L;
            long z = days + 719468;
            long era = z / 146097;
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            long year = yoe + era * 400;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            long day = doy - (153 * mp + 2) / 5 + 1;
            long month = mp < 10 ? mp + 3 : mp - 9;
            if (month <= 2) year++;

            AppendDigits(sb, year, 4);
            sb.Append('-');
            AppendDigits(sb, month, 2);
            sb.Append('-');
            AppendDigits(sb, day, 2);
            sb.Append('T');
            AppendDigits(sb, msOfDay / 3600000L, 2);
            sb.Append(':');
            AppendDigits(sb, msOfDay / 60000L % 60, 2);
            sb.Append(':');
            AppendDigits(sb, msOfDay / 1000L % 60, 2);
            long ms = msOfDay % 1000L;
            if (ms != 0)
            {
                sb.Append('.');
                AppendDigits(sb, ms, 3);
            }

            sb.Append('Z');
        }

        /// <summary>Appends a non-negative long with at least <paramref name="minDigits"/> digits (zero padded).</summary>
        public static void AppendDigits(StringBuilder sb, long value, int minDigits)
        {
            int digits = 1;
            while (digits < Pow10L.Length && value >= Pow10L[digits]) digits++;
            for (int i = digits; i < minDigits; i++) sb.Append('0');
            for (int p = digits - 1; p >= 0; p--)
            {
                long unit = Pow10L[p];
                long d = value / unit;
                sb.Append((char)('0' + (int)d));
                value -= d * unit;
            }
        }

        // Beyond 15 significant digits a double's decimal digits are noise: scale down to 15 digits, print
        // them exactly as a long, then the zeros that were scaled away. No exponent, ever.
        private static void AppendHugeInteger(StringBuilder sb, double magnitude)
        {
            int zeros = 0;
            while (magnitude >= 1.0e15)
            {
                magnitude /= 10.0;
                zeros++;
            }

            AppendDigits(sb, (long)(magnitude + 0.5), 1);
            for (int i = 0; i < zeros; i++) sb.Append('0');
        }
    }
}
