using System;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// The meter's clock: Dutch (and Belgian) local time. Winter time is UTC+1 ('W'), summer time UTC+2
/// ('S'); EU rule: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October
/// 01:00 UTC. DSMR timestamps are YYMMDDhhmmss plus S/W, so the doubled hour in October stays unambiguous.
/// </summary>
public static class DutchTime
{
    /// <summary>True when <paramref name="utcMs"/> falls in EU summer time.</summary>
    public static bool IsSummer(long utcMs)
    {
        DateTime utc = DateTime.UnixEpoch.AddMilliseconds(utcMs);
        DateTime start = LastSunday(utc.Year, 3).AddHours(1);
        DateTime end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end;
    }

    /// <summary>The local wall-clock time (Kind Unspecified) at <paramref name="utcMs"/>.</summary>
    public static DateTime ToLocal(long utcMs)
    {
        return DateTime.UnixEpoch.AddMilliseconds(utcMs).AddHours(IsSummer(utcMs) ? 2 : 1);
    }

    /// <summary>DSMR timestamp: YYMMDDhhmmss + 'S' or 'W' (seconds truncated).</summary>
    public static string Format(long utcMs)
    {
        return FormatBare(utcMs) + (IsSummer(utcMs) ? "S" : "W");
    }

    /// <summary>YYMMDDhhmmss without the season letter (DSMR 2.2 gas capture time).</summary>
    public static string FormatBare(long utcMs)
    {
        DateTime t = ToLocal(utcMs);
        return D2(t.Year % 100) + D2(t.Month) + D2(t.Day) + D2(t.Hour) + D2(t.Minute) + D2(t.Second);
    }

    /// <summary>UTC ms of local midnight starting the local month that contains <paramref name="utcMs"/>.</summary>
    public static long StartOfLocalMonthUtcMs(long utcMs)
    {
        DateTime local = ToLocal(utcMs);
        DateTime first = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        // Local midnight on the 1st is never inside a DST switch (those happen at 02:00/03:00 local).
        long guess = (long)(first - DateTime.UnixEpoch).TotalMilliseconds - 3_600_000L;
        return IsSummer(guess) ? guess - 3_600_000L : guess;
    }

    private static DateTime LastSunday(int year, int month)
    {
        DateTime last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static string D2(int value)
    {
        return value < 10 ? "0" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
