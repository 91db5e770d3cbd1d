namespace NodeMqtt.Meter
{
    /// <summary>
    /// DSMR timestamps (type TST, DSMR 5.0.2 §6.4: <c>YYMMDDhhmmssX</c>, X = S for summer time (CEST,
    /// UTC+2) or W for winter time (CET, UTC+1)) turned into UTC milliseconds since 1970 with integer
    /// arithmetic only: no DateTime, no allocation.
    /// </summary>
    public static class DsmrTimestamp
    {
        /// <summary>Returned when the bytes are not a timestamp.</summary>
        public const long Invalid = -1;

        private const long MsPerHour = 3600000L;

        /// <summary>
        /// Parses 12 digits plus an optional S/W flag. Without the flag (DSMR 2.2/3 gas capture times) the
        /// Dutch/Belgian rule is applied: EU summer time from the last Sunday of March 01:00 UTC to the last
        /// Sunday of October 01:00 UTC; the repeated October hour is read as winter time.
        /// Returns <see cref="Invalid"/> for anything else.
        /// </summary>
        public static long Parse(byte[] data, int offset, int count)
        {
            if (count != 12 && count != 13) return Invalid;
            int yy = Two(data, offset);
            int mo = Two(data, offset + 2);
            int dd = Two(data, offset + 4);
            int hh = Two(data, offset + 6);
            int mi = Two(data, offset + 8);
            int ss = Two(data, offset + 10);
            if (yy < 0 || mo < 1 || mo > 12 || dd < 1 || dd > 31 || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59)
            {
                return Invalid;
            }

            // Two-digit year: DSMR meters exist only since 2008, so YY is 2000 + YY.
            int year = 2000 + yy;
            if (dd > DaysInMonth(year, mo)) return Invalid;
            long localMs = (DaysFromCivil(year, mo, dd) * 86400L + hh * 3600L + mi * 60L + ss) * 1000L;
            if (count == 13)
            {
                byte flag = data[offset + 12];
                if (flag == (byte)'S' || flag == (byte)'s') return localMs - 2 * MsPerHour;
                if (flag == (byte)'W' || flag == (byte)'w') return localMs - MsPerHour;
                return Invalid;
            }

            long winterUtc = localMs - MsPerHour;
            return IsEuSummerTime(year, winterUtc) ? localMs - 2 * MsPerHour : winterUtc;
        }

        /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).</summary>
        public static long DaysFromCivil(int year, int month, int day)
        {
            int y = month <= 2 ? year - 1 : year;
            int era = (y >= 0 ? y : y - 399) / 400;
            int yoe = y - era * 400;
            int mp = month > 2 ? month - 3 : month + 9;
            int doy = (153 * mp + 2) / 5 + day - 1;
            int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097L + doe - 719468L;
        }

        /// <summary>True when <paramref name="utcMs"/> falls in EU summer time of <paramref name="year"/> (last
        /// Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC); the DLMS clock uses it too.</summary>
        internal static bool IsEuSummerTime(int year, long utcMs)
        {
            long start = LastSundayMs(year, 3) + MsPerHour;
            long end = LastSundayMs(year, 10) + MsPerHour;
            return utcMs >= start && utcMs < end;
        }

        private static long LastSundayMs(int year, int month)
        {
            long last = DaysFromCivil(year, month, 31);
            // 1970-01-01 was a Thursday: weekday (0 = Sunday) of day d is (d + 4) mod 7.
            long weekday = ((last + 4) % 7 + 7) % 7;
            return (last - weekday) * 86400000L;
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static int Two(byte[] data, int offset)
        {
            int a = Ascii.Digit(data[offset]);
            int b = Ascii.Digit(data[offset + 1]);
            return a < 0 || b < 0 ? -1 : a * 10 + b;
        }
    }
}
