using System.Collections.Generic;
using System.Text;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// The data lines of each dialect, in the order real meters send them (layouts follow the example telegrams
/// of the DSMR 2.2, 4.2 and 5.0.2 P1 companion standards and Fluvius e-MUCS 1.7; cf. dsmr_parser's fixtures).
/// </summary>
internal sealed class TelegramLines
{
    private readonly StringBuilder _sb;
    private readonly Household _h;
    private readonly SimOptions _o;
    private readonly long _now;
    private readonly int _phases;

    public TelegramLines(StringBuilder sb, Household household, SimOptions options, long nowUtcMs)
    {
        _sb = sb;
        _h = household;
        _o = options;
        _now = nowUtcMs;
        _phases = options.Phases;
    }

    public void Dsmr4or5(bool v5, string equipmentId, string gasId, string text, int shortFailures, List<long> failureEnd, List<long> failureSeconds)
    {
        Line("1-3:0.2.8", v5 ? "50" : "42");
        Line("0-0:1.0.0", DutchTime.Format(_now));
        Line("0-0:96.1.1", ObisText.Hex(equipmentId));
        Registers(6);
        Line("0-0:96.14.0", ObisText.Pad(_h.Tariff, 4));
        Line("1-0:1.7.0", Kw(_h.DeliveredW));
        Line("1-0:2.7.0", Kw(_h.ReturnedW));
        Line("0-0:96.7.21", ObisText.Pad(shortFailures, 5));
        Line("0-0:96.7.9", ObisText.Pad(failureEnd.Count, 5));
        var log = new StringBuilder();
        log.Append(failureEnd.Count).Append(")(0-0:96.7.19");
        for (int i = 0; i < failureEnd.Count; i++)
        {
            log.Append(")(").Append(DutchTime.Format(failureEnd[i])).Append(")(").Append(ObisText.Pad(failureSeconds[i], 10)).Append("*s");
        }

        Line("1-0:99.97.0", log.ToString());
        PerPhase("32.32.0", _ => "00000");
        PerPhase("32.36.0", _ => "00000");
        if (!v5)
        {
            Line("0-0:96.13.1", "");
        }

        Line("0-0:96.13.0", ObisText.Hex(text));
        if (v5)
        {
            PerPhase("32.7.0", i => ObisText.Fixed(_h.PhaseVoltageV[i], 3, 1) + "*V");
        }

        PerPhase("31.7.0", i => ObisText.Fixed(System.Math.Floor(_h.PhaseCurrentA[i]), 3, 0) + "*A");
        PerPhase("21.7.0", i => Kw(_h.PhaseDeliveredW[i]));
        PerPhase("22.7.0", i => Kw(_h.PhaseReturnedW[i]));
        if (_o.Gas)
        {
            Line("0-1:24.1.0", "003");
            Line("0-1:96.1.0", ObisText.Hex(gasId));
            Line("0-1:24.2.1", DutchTime.Format(_h.GasCaptureUtcMs) + ")(" + ObisText.Volume(_h.GasCaptureM3) + "*m3");
        }
    }

    public void EMucs(string equipmentId, string gasId, string text)
    {
        Line("0-0:96.1.4", "50217");
        Line("0-0:96.1.1", ObisText.Hex(equipmentId));
        Line("0-0:1.0.0", DutchTime.Format(_now));
        Registers(6);
        Line("1-0:1.4.0", Kw(_h.AverageDemandW));
        Line("1-0:1.6.0", DutchTime.Format(_h.MaxDemandUtcMs) + ")(" + Kw(_h.MaxDemandW));
        var history = new StringBuilder();
        history.Append(_h.DemandHistory.Count).Append(")(1-0:1.6.0)(1-0:1.6.0");
        foreach (DemandRecord r in _h.DemandHistory)
        {
            history.Append(")(").Append(DutchTime.Format(r.ClosedUtcMs)).Append(")(").Append(DutchTime.Format(r.PeakUtcMs)).Append(")(").Append(Kw(r.PeakW));
        }

        Line("0-0:98.1.0", history.ToString());
        Line("0-0:96.14.0", ObisText.Pad(_h.Tariff, 4));
        Line("1-0:1.7.0", Kw(_h.DeliveredW));
        Line("1-0:2.7.0", Kw(_h.ReturnedW));
        PerPhase("21.7.0", i => Kw(_h.PhaseDeliveredW[i]));
        PerPhase("22.7.0", i => Kw(_h.PhaseReturnedW[i]));
        PerPhase("32.7.0", i => ObisText.Fixed(_h.PhaseVoltageV[i], 3, 1) + "*V");
        PerPhase("31.7.0", i => ObisText.Fixed(_h.PhaseCurrentA[i], 3, 2) + "*A");
        Line("0-0:96.3.10", "1");
        Line("0-0:17.0.0", "999.9*kW");
        Line("1-0:31.4.0", "999*A");
        Line("0-0:96.13.0", ObisText.Hex(text));
        if (_o.Gas)
        {
            Line("0-1:24.1.0", "003");
            Line("0-1:96.1.1", ObisText.Hex(gasId));
            Line("0-1:24.4.0", "1");
            Line("0-1:24.2.3", DutchTime.Format(_h.GasCaptureUtcMs) + ")(" + ObisText.Volume(_h.GasCaptureM3) + "*m3");
        }
    }

    public void Dsmr22(string equipmentId, string gasId, string text)
    {
        Line("0-0:96.1.1", ObisText.Hex(equipmentId));
        Registers(5);
        Line("0-0:96.14.0", ObisText.Pad(_h.Tariff, 4));
        Line("1-0:1.7.0", ObisText.Fixed(_h.DeliveredW / 1000, 4, 2) + "*kW");
        Line("1-0:2.7.0", ObisText.Fixed(_h.ReturnedW / 1000, 4, 2) + "*kW");
        Line("0-0:17.0.0", "0999.00*kW");
        Line("0-0:96.3.10", "1");
        Line("0-0:96.13.1", "");
        Line("0-0:96.13.0", ObisText.Hex(text));
        if (_o.Gas)
        {
            Line("0-1:24.1.0", "3");
            Line("0-1:96.1.0", ObisText.Hex(gasId));
            // DSMR 2.2/3: hourly capture, bare timestamp, and the value alone on the next line.
            Line("0-1:24.3.0", DutchTime.FormatBare(_h.GasCaptureUtcMs) + ")(00)(60)(1)(0-1:24.2.1)(m3");
            _sb.Append('(').Append(ObisText.Volume(_h.GasCaptureM3)).Append(")\r\n");
            Line("0-1:24.4.0", "1");
        }
    }

    private void Registers(int intDigits)
    {
        string unit = "*kWh";
        Line("1-0:1.8.1", ObisText.Energy(_h.DeliveredWh[0], intDigits) + unit);
        Line("1-0:1.8.2", ObisText.Energy(_h.DeliveredWh[1], intDigits) + unit);
        Line("1-0:2.8.1", ObisText.Energy(_h.ReturnedWh[0], intDigits) + unit);
        Line("1-0:2.8.2", ObisText.Energy(_h.ReturnedWh[1], intDigits) + unit);
    }

    private void PerPhase(string code, System.Func<int, string> value)
    {
        // 1-0:32.7.0 is L1; L2 and L3 add 20 and 40 to the first group (52.7.0, 72.7.0).
        int dot = code.IndexOf('.');
        int group = int.Parse(code.Substring(0, dot), System.Globalization.CultureInfo.InvariantCulture);
        string rest = code.Substring(dot);
        for (int i = 0; i < _phases; i++)
        {
            Line("1-0:" + (group + 20 * i).ToString(System.Globalization.CultureInfo.InvariantCulture) + rest, value(i));
        }
    }

    private static string Kw(double watts)
    {
        return ObisText.Fixed(watts / 1000, 2, 3) + "*kW";
    }

    private void Line(string obis, string value)
    {
        _sb.Append(obis).Append('(').Append(value).Append(")\r\n");
    }
}
