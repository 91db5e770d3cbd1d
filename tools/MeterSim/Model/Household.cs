using System;
using System.Collections.Generic;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// The physics behind the telegrams: one seeded household whose consumption follows a daily shape (night
/// base load, morning and evening peaks, more in winter), with solar production around midday, appliances
/// switching on at random, and a gas boiler that heats more in winter. Energy registers integrate the net
/// power, so they only ever grow; gas is captured at the meter's capture period.
/// Time comes in as a parameter (<see cref="AdvanceTo"/>); nothing here reads a clock.
/// </summary>
public sealed class Household
{
    private const long MaxStepMs = 60_000;
    private const int MaxSteps = 20_000;
    private const long QuarterMs = 15 * 60_000;

    private readonly SimRandom _rng;
    private readonly bool _belgian;
    private readonly bool _solar;
    private readonly int _phases;
    private readonly double _baseW;
    private readonly double _morningW;
    private readonly double _eveningW;
    private readonly double _dayW;
    private readonly double _solarPeakW;
    private readonly double _gasScale;
    private readonly bool _solarThreePhase;
    private readonly double[] _phaseWeight = new double[3];
    private readonly double[] _voltOffset = new double[3];
    private readonly long _gasPeriodMs;
    private readonly List<Appliance> _appliances = new List<Appliance>();

    private double _walk;
    private double _cloud = 0.8;
    private double _gasM3;
    private long _quarterStartUtcMs;
    private double _quarterStartWh;
    private long _monthStartUtcMs;

    /// <summary>Creates the household at <paramref name="startUtcMs"/>, with counters and habits drawn from <paramref name="rng"/>.</summary>
    public Household(SimOptions options, SimRandom rng, long startUtcMs)
    {
        _rng = rng;
        _belgian = options.Version == DsmrVersion.EMucs;
        _solar = options.Solar;
        _phases = options.Version == DsmrVersion.Dsmr22 ? 1 : options.Phases;
        _baseW = rng.Range(110, 220);
        _morningW = rng.Range(600, 1100);
        _eveningW = rng.Range(1300, 2000);
        _dayW = rng.Range(150, 350);
        _solarPeakW = rng.Range(2500, 4500);
        _gasScale = rng.Range(0.7, 1.3);
        bool threePhaseInverter = rng.NextDouble() < 0.3; // drawn always, so the sequence does not depend on the phases
        _solarThreePhase = _phases == 3 && threePhaseInverter;
        double w1 = rng.Range(0.4, 0.6), w2 = rng.Range(0.2, 0.35);
        _phaseWeight[0] = _phases == 1 ? 1.0 : w1;
        _phaseWeight[1] = _phases == 1 ? 0.0 : (1 - w1) * w2 / (w2 + 0.25);
        _phaseWeight[2] = _phases == 1 ? 0.0 : 1 - _phaseWeight[0] - _phaseWeight[1];
        for (int i = 0; i < 3; i++)
        {
            _voltOffset[i] = rng.Range(-2.5, 2.5);
        }

        DeliveredWh[0] = Math.Floor(rng.Range(800_000, 9_000_000));
        DeliveredWh[1] = Math.Floor(rng.Range(800_000, 9_000_000));
        ReturnedWh[0] = _solar ? Math.Floor(rng.Range(100_000, 2_000_000)) : 0;
        ReturnedWh[1] = _solar ? Math.Floor(rng.Range(200_000, 4_000_000)) : 0;
        _gasM3 = Math.Floor(rng.Range(1_000, 9_000) * 1000) / 1000;
        _gasPeriodMs = options.Version == DsmrVersion.Dsmr50 || options.Version == DsmrVersion.EMucs ? 300_000 : 3_600_000;

        TimeUtcMs = startUtcMs;
        GasCaptureUtcMs = FloorTo(startUtcMs, _gasPeriodMs);
        GasCaptureM3 = _gasM3;
        _quarterStartUtcMs = FloorTo(startUtcMs, QuarterMs);
        _quarterStartWh = TotalDeliveredWh;
        _monthStartUtcMs = DutchTime.StartOfLocalMonthUtcMs(startUtcMs);
        MaxDemandW = Math.Round(rng.Range(1800, 5200));
        MaxDemandUtcMs = _monthStartUtcMs + (long)(rng.NextDouble() * Math.Max(0, startUtcMs - _monthStartUtcMs));
        long month = _monthStartUtcMs;
        for (int i = 0; i < 3; i++)
        {
            long previous = DutchTime.StartOfLocalMonthUtcMs(month - 86_400_000L);
            long when = previous + (long)(rng.NextDouble() * (month - previous - 60_000)) / 1000 * 1000;
            DemandHistory.Add(new DemandRecord(month, when, Math.Round(rng.Range(1800, 6500))));
            month = previous;
        }

        Snapshot(startUtcMs);
    }

    /// <summary>Where the model's clock stands (UTC ms).</summary>
    public long TimeUtcMs { get; private set; }

    /// <summary>Energy delivered to the client, Wh, per tariff register (index 0 = x.8.1, 1 = x.8.2).</summary>
    public double[] DeliveredWh { get; } = new double[2];

    /// <summary>Energy returned by the client (solar), Wh, per tariff register.</summary>
    public double[] ReturnedWh { get; } = new double[2];

    /// <summary>Sum of both delivered registers, Wh.</summary>
    public double TotalDeliveredWh => DeliveredWh[0] + DeliveredWh[1];

    /// <summary>The current tariff indicator (1 or 2).</summary>
    public int Tariff { get; private set; }

    /// <summary>Net power drawn now (W, 0 while returning).</summary>
    public double DeliveredW { get; private set; }

    /// <summary>Net power returned now (W, 0 while drawing).</summary>
    public double ReturnedW { get; private set; }

    /// <summary>Per phase power drawn (W), index 0..2 = L1..L3.</summary>
    public double[] PhaseDeliveredW { get; } = new double[3];

    /// <summary>Per phase power returned (W).</summary>
    public double[] PhaseReturnedW { get; } = new double[3];

    /// <summary>Per phase voltage (V).</summary>
    public double[] PhaseVoltageV { get; } = new double[3];

    /// <summary>Per phase current (A) = |P| / V.</summary>
    public double[] PhaseCurrentA { get; } = new double[3];

    /// <summary>Gas meter reading now (m3); telegrams carry <see cref="GasCaptureM3"/> instead.</summary>
    public double GasM3 => _gasM3;

    /// <summary>The latest gas capture time (UTC ms, aligned to the capture period).</summary>
    public long GasCaptureUtcMs { get; private set; }

    /// <summary>The gas reading at <see cref="GasCaptureUtcMs"/>.</summary>
    public double GasCaptureM3 { get; private set; }

    /// <summary>e-MUCS 1-0:1.4.0: average delivered power over the running quarter hour (W).</summary>
    public double AverageDemandW { get; private set; }

    /// <summary>e-MUCS 1-0:1.6.0: highest quarter-hour average this month (W).</summary>
    public double MaxDemandW { get; private set; }

    /// <summary>When <see cref="MaxDemandW"/> happened (UTC ms).</summary>
    public long MaxDemandUtcMs { get; private set; }

    /// <summary>e-MUCS 0-0:98.1.0: maximum demand of previous months, newest first (at most 13).</summary>
    public List<DemandRecord> DemandHistory { get; } = new List<DemandRecord>();

    /// <summary>Moves the household to <paramref name="nowUtcMs"/>: random events once, then integration in
    /// steps of at most a minute (coarser for long gaps, so the loop stays bounded). Never goes back in time.</summary>
    public void AdvanceTo(long nowUtcMs)
    {
        long dtMs = nowUtcMs - TimeUtcMs;
        if (dtMs <= 0)
        {
            return;
        }

        Evolve(dtMs, nowUtcMs);
        long step = Math.Max(MaxStepMs, dtMs / MaxSteps + 1);
        long t = TimeUtcMs;
        while (t < nowUtcMs)
        {
            long end = Math.Min(nowUtcMs, t + step);
            Integrate(t, end);
            t = end;
        }

        TimeUtcMs = nowUtcMs;
        Snapshot(nowUtcMs);
    }

    /// <summary>The tariff register (1 or 2) in force at <paramref name="utcMs"/>. NL: 1 = low tariff at night
    /// (23–07) and all weekend, 2 = normal. BE (e-MUCS): 1 = day, 2 = night (22–07) and weekend.</summary>
    public int TariffAt(long utcMs)
    {
        DateTime local = DutchTime.ToLocal(utcMs);
        bool weekend = local.DayOfWeek == DayOfWeek.Saturday || local.DayOfWeek == DayOfWeek.Sunday;
        if (_belgian)
        {
            return weekend || local.Hour < 7 || local.Hour >= 22 ? 2 : 1;
        }

        return weekend || local.Hour < 7 || local.Hour >= 23 ? 1 : 2;
    }

    private void Evolve(long dtMs, long nowUtcMs)
    {
        // Ornstein-Uhlenbeck walks: noise that wanders but keeps returning to the shape.
        _walk = Ou(_walk, 0.0, 0.08, dtMs, 600_000);
        _cloud = Math.Clamp(Ou(_cloud, 0.75, 0.2, dtMs, 1_200_000), 0.15, 1.0);
        _appliances.RemoveAll(a => a.EndUtcMs <= TimeUtcMs);

        DateTime local = DutchTime.ToLocal(nowUtcMs);
        double h = local.Hour + local.Minute / 60.0;
        double perHour = h < 6 ? 0.03 : h < 9 ? 1.0 : h < 17 ? 0.6 : h < 22 ? 1.5 : 0.3;
        double p = 1 - Math.Exp(-perHour * dtMs / 3_600_000.0);
        if (_rng.NextDouble() < p && _appliances.Count < 4)
        {
            int kind = _rng.Next(Appliance.Catalogue.Length);
            _appliances.Add(new Appliance(nowUtcMs - _rng.Next((int)Math.Min(dtMs, 60_000) + 1), nowUtcMs + (long)(Appliance.Catalogue[kind].Minutes * 60_000 * _rng.Range(0.7, 1.3)), Appliance.Catalogue[kind].Watts * _rng.Range(0.9, 1.1), _rng.Next(_phases)));
        }
    }

    private void Integrate(long fromMs, long toMs)
    {
        long mid = fromMs + (toMs - fromMs) / 2;
        double hours = (toMs - fromMs) / 3_600_000.0;
        Powers(mid, out double consW, out double solarW, null, null);
        double net = consW - solarW;
        int register = TariffAt(mid) - 1;
        double deliveredBefore = TotalDeliveredWh;
        if (net >= 0)
        {
            DeliveredWh[register] += net * hours;
        }
        else
        {
            ReturnedWh[register] += -net * hours;
        }

        double gasRate = _gasScale * DailyShape.GasM3PerHour(mid);
        double gasBefore = _gasM3;
        _gasM3 += gasRate * hours;

        long capture = FloorTo(toMs, _gasPeriodMs);
        if (capture > GasCaptureUtcMs && capture > fromMs)
        {
            GasCaptureUtcMs = capture;
            GasCaptureM3 = gasBefore + gasRate * (capture - fromMs) / 3_600_000.0;
        }
        else if (capture > GasCaptureUtcMs)
        {
            GasCaptureUtcMs = capture;
            GasCaptureM3 = gasBefore;
        }

        long quarter = FloorTo(toMs, QuarterMs);
        if (quarter > _quarterStartUtcMs)
        {
            // A quarter hour closed inside this step: its average is a maximum-demand candidate (e-MUCS).
            double atBoundary = deliveredBefore + (TotalDeliveredWh - deliveredBefore) * Math.Clamp((quarter - fromMs) / (double)(toMs - fromMs), 0, 1);
            double averageW = (atBoundary - _quarterStartWh) / ((quarter - _quarterStartUtcMs) / 3_600_000.0);
            long month = DutchTime.StartOfLocalMonthUtcMs(quarter - 1);
            if (month != _monthStartUtcMs)
            {
                DemandHistory.Insert(0, new DemandRecord(month, MaxDemandUtcMs, MaxDemandW));
                if (DemandHistory.Count > 13) DemandHistory.RemoveAt(DemandHistory.Count - 1);
                _monthStartUtcMs = month;
                MaxDemandW = 0;
                MaxDemandUtcMs = month;
            }

            if (averageW > MaxDemandW)
            {
                MaxDemandW = averageW;
                MaxDemandUtcMs = quarter;
            }

            _quarterStartUtcMs = quarter;
            _quarterStartWh = atBoundary;
        }
    }

    private void Snapshot(long nowUtcMs)
    {
        Powers(nowUtcMs, out double consW, out double solarW, _phaseCons, _phaseSolar);
        double net = consW - solarW;
        DeliveredW = Math.Max(0, net);
        ReturnedW = Math.Max(0, -net);
        Tariff = TariffAt(nowUtcMs);
        for (int i = 0; i < 3; i++)
        {
            double p = i < _phases ? _phaseCons[i] - _phaseSolar[i] : 0;
            PhaseDeliveredW[i] = Math.Max(0, p);
            PhaseReturnedW[i] = Math.Max(0, -p);
            // The grid sags under load and rises where panels push power back.
            double v = 230.5 + _voltOffset[i] - 0.0012 * PhaseDeliveredW[i] + 0.0015 * PhaseReturnedW[i] + 0.3 * _rng.Gaussian();
            PhaseVoltageV[i] = i < _phases ? Math.Round(v, 1) : 0;
            PhaseCurrentA[i] = i < _phases ? Math.Abs(p) / PhaseVoltageV[i] : 0;
        }

        double elapsedH = (nowUtcMs - _quarterStartUtcMs) / 3_600_000.0;
        // At the very start of a quarter there is no average yet; the meter shows the momentary demand.
        AverageDemandW = elapsedH > 0.0005 ? Math.Max(0, (TotalDeliveredWh - _quarterStartWh) / elapsedH) : DeliveredW;
    }

    private readonly double[] _phaseCons = new double[3];
    private readonly double[] _phaseSolar = new double[3];

    private void Powers(long utcMs, out double consW, out double solarW, double[] phaseCons, double[] phaseSolar)
    {
        double shape = DailyShape.ConsumptionW(utcMs, _baseW, _morningW, _eveningW, _dayW);
        double base1 = shape * (1 + _walk);
        consW = base1;
        if (phaseCons != null)
        {
            for (int i = 0; i < 3; i++) phaseCons[i] = base1 * _phaseWeight[i];
        }

        foreach (Appliance a in _appliances)
        {
            if (utcMs >= a.StartUtcMs && utcMs < a.EndUtcMs)
            {
                consW += a.Watts;
                if (phaseCons != null) phaseCons[a.Phase] += a.Watts;
            }
        }

        solarW = 0;
        if (_solar)
        {
            solarW = _solarPeakW * DailyShape.SolarFraction(utcMs) * _cloud;
        }

        if (phaseSolar != null)
        {
            phaseSolar[0] = _solarThreePhase ? solarW / 3 : solarW;
            phaseSolar[1] = _solarThreePhase ? solarW / 3 : 0;
            phaseSolar[2] = _solarThreePhase ? solarW / 3 : 0;
        }
    }

    private double Ou(double x, double mean, double sigma, long dtMs, long tauMs)
    {
        double decay = Math.Exp(-dtMs / (double)tauMs);
        return mean + (x - mean) * decay + sigma * Math.Sqrt(1 - decay * decay) * _rng.Gaussian();
    }

    private static long FloorTo(long value, long period)
    {
        return value - ((value % period) + period) % period;
    }
}
