using System;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// The shapes a Dutch household follows through the day and the year, in local time: electricity use (night
/// base load, morning bump, evening peak, more in winter), the sun (day length 7.7 h in December to 16.5 h in
/// June), and gas (heating season, thermostat schedule, hot water). Pure functions of time; the household adds
/// its own sizes and randomness.
/// </summary>
public static class DailyShape
{
    /// <summary>Electricity use (W) without appliances, for a household of the given sizes.</summary>
    public static double ConsumptionW(long utcMs, double baseW, double morningW, double eveningW, double dayW)
    {
        DateTime local = DutchTime.ToLocal(utcMs);
        double h = Hours(local);
        double winter = Winter(local);
        bool weekend = local.DayOfWeek == DayOfWeek.Saturday || local.DayOfWeek == DayOfWeek.Sunday;
        return baseW * (1 + 0.2 * winter)
            + morningW * Bell(h, weekend ? 9.0 : 7.3, 0.9)
            + eveningW * (1 + 0.3 * winter) * Bell(h, 19.0, 1.7)
            + dayW * Plateau(h, 8, 22) * (weekend ? 1.6 : 1.0);
    }

    /// <summary>Solar output as a fraction of the panels' peak under a clear sky, 0 at night.</summary>
    public static double SolarFraction(long utcMs)
    {
        DateTime local = DutchTime.ToLocal(utcMs);
        double h = Hours(local);
        double dayLength = 12.1 + 4.4 * Math.Cos(2 * Math.PI * (local.DayOfYear - 172) / 365.0);
        double noon = DutchTime.IsSummer(utcMs) ? 13.7 : 12.7; // solar noon ~12:40 winter time in NL
        double x = (h - (noon - dayLength / 2)) / dayLength;
        double sun = x > 0 && x < 1 ? Math.Sin(Math.PI * x) : 0;
        double season = 0.3 + 0.7 * (dayLength - 7.7) / 8.8;
        return season * sun * sun;
    }

    /// <summary>Gas use (m3/h) of an average household: heating by season and thermostat schedule, plus hot water.</summary>
    public static double GasM3PerHour(long utcMs)
    {
        DateTime local = DutchTime.ToLocal(utcMs);
        double h = Hours(local);
        double heating = 0.08 + 0.92 * Winter(local);
        double thermostat = h < 6 || h >= 23 ? 0.15 : 0.55 + 0.6 * Bell(h, 7.0, 0.8) + 0.4 * Bell(h, 18.5, 1.5);
        double hotWater = 0.35 * Bell(h, 7.4, 0.4) + 0.2 * Bell(h, 21.0, 0.6);
        return heating * thermostat + hotWater * 0.4;
    }

    private static double Hours(DateTime local)
    {
        return local.Hour + local.Minute / 60.0 + local.Second / 3600.0;
    }

    // 1 in mid January, 0 in mid July.
    private static double Winter(DateTime local)
    {
        return 0.5 + 0.5 * Math.Cos(2 * Math.PI * (local.DayOfYear - 15) / 365.0);
    }

    private static double Bell(double h, double centre, double width)
    {
        double z = (h - centre) / width;
        return Math.Exp(-0.5 * z * z);
    }

    private static double Plateau(double h, double from, double to)
    {
        return Math.Clamp(Math.Min(h - from + 1, to + 1 - h), 0, 1);
    }
}
