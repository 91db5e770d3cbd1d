namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// COSEM date-time (IEC 62056-6-2 §4.1.6.1, 12 bytes: year(2) month day weekday hour minute second
    /// hundredths deviation(2) clock-status) to UTC milliseconds, integer arithmetic only. Deviation is the
    /// minutes between local time and UTC, with UTC = local + deviation. Meters on
    /// the HAN ports of Norway, Sweden, Denmark and Austria send 0x8000 ("not specified"); then the clock
    /// is read as Central European time (all target countries), summer time from the clock-status bit
    /// 0x80 when it is set, else from the EU rule.
    /// </summary>
    public static class DlmsDateTime
    {
        /// <summary>Returned for bytes that are not a usable date-time.</summary>
        public const long Invalid = -1;

        private const long MsPerHour = 3600000L;

        /// <summary>UTC ms of the 12 bytes at <paramref name="offset"/>, or <see cref="Invalid"/>.</summary>
        public static long Parse(byte[] d, int offset)
        {
            int year = (d[offset] << 8) | d[offset + 1];
            int month = d[offset + 2], day = d[offset + 3];
            int hour = d[offset + 5], minute = d[offset + 6], second = d[offset + 7];
            if (year < 2000 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                return Invalid;
            }

            long localMs = (DsmrTimestamp.DaysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second) * 1000L;
            int hundredths = d[offset + 8];
            if (hundredths < 100) localMs += hundredths * 10;
            int deviation = (short)((d[offset + 9] << 8) | d[offset + 10]);
            if (deviation != -32768 && deviation >= -720 && deviation <= 840) return localMs + deviation * 60000L;

            // Summer time when the clock status says so; otherwise the EU rule, because meters that leave the
            // deviation unspecified also send status 0x00 in summer (a Kaifa KFM_001 capture of September).
            int status = d[offset + 11];
            if (status != 0xFF && (status & 0x80) != 0) return localMs - 2 * MsPerHour;
            long winterUtc = localMs - MsPerHour;
            return DsmrTimestamp.IsEuSummerTime(year, winterUtc) ? localMs - 2 * MsPerHour : winterUtc;
        }
    }
}
