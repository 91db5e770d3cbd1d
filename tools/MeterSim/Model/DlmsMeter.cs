using System;
using NodeMqtt.Crypto;
using NodeMqtt.Meter.Dlms;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// A simulated DLMS/COSEM push meter: the same seeded <see cref="Household"/> as the DSMR meter, sent in the
/// list layout of one family (learned from the operators' HAN descriptions; values are the model's):
/// <c>aidon</c> (array of {OBIS, value, scaler-unit}), <c>kamstrup</c> (OBIS/value pairs, implicit scalers),
/// <c>kaifa</c> (KFM_001 positional list 3), all in HDLC; <c>austria</c> (flat OBIS/value/scaler-unit
/// structure, ciphered with security control 0x20, in M-Bus long frames); <c>smarty</c> (DSMR 5 text in
/// bare general-glo-ciphering with the published authentication key). With <see cref="SimOptions.Key"/> the
/// HDLC families are ciphered too (0x30 with a tag when an authentication key is given, else 0x20).
/// </summary>
public sealed class DlmsMeter
{
    /// <summary>The families this simulator speaks.</summary>
    public static readonly string[] Families = { "aidon", "kamstrup", "kaifa", "austria", "smarty" };

    private static readonly byte[] SmartyAuthKey = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");

    private readonly SimOptions _o;
    private readonly SimRandom _rng;
    private readonly MeterSimulator _dsmr; // Smarty's text
    private readonly byte[] _key;
    private readonly byte[] _authKey;
    private readonly byte[] _systemTitle;
    private readonly string _meterId;
    private uint _frameCounter;
    private long _lastUtcMs = long.MinValue;

    /// <summary>Creates the meter; <paramref name="options"/> must be valid.</summary>
    public DlmsMeter(SimOptions options)
    {
        _o = options.Clone();
        _rng = new SimRandom(_o.Seed);
        _key = _o.Key == null ? null : HexKey.Parse(_o.Key, out _);
        _authKey = _o.AuthKey == null ? (_o.Family == "smarty" ? SmartyAuthKey : null) : HexKey.Parse(_o.AuthKey, out _);
        _systemTitle = new byte[] { 0x4E, 0x4D, 0x51, 0x10, (byte)_rng.Next(256), (byte)_rng.Next(256), (byte)_rng.Next(256), (byte)_rng.Next(256) };
        _meterId = "73" + _rng.Next(10_000_000, 99_999_999) + _rng.Next(100_000, 999_999);
        _frameCounter = (uint)_rng.Next(1, 100_000);
        if (_o.Family == "smarty")
        {
            SimOptions text = _o.Clone();
            text.Version = DsmrVersion.Dsmr50;
            text.Header = "Lux5\\253833635_D";
            _dsmr = new MeterSimulator(text);
        }
    }

    /// <summary>The household behind the values (null until the first frame).</summary>
    public Household Household { get; private set; }

    /// <summary>Frames produced.</summary>
    public long FrameCount { get; private set; }

    /// <summary>How often the family pushes: Austria every 5 s, Smarty and the Nordic list 2/3 every 10 s.</summary>
    public static int DefaultIntervalMs(string family) => family == "austria" ? 5_000 : 10_000;

    /// <summary>The serial settings of the family's port.</summary>
    public static string SerialSettings(string family) => family == "smarty" ? "115200-8N1" : family == "kamstrup" ? "2400-8N1" : "2400-8E1";

    /// <summary>The bytes on the wire for clock reading <paramref name="nowUtcMs"/>.</summary>
    public byte[] NextFrame(long nowUtcMs)
    {
        long now = Math.Max(nowUtcMs, _lastUtcMs);
        _lastUtcMs = now;
        FrameCount++;
        _frameCounter++;
        if (_o.Family == "smarty")
        {
            byte[] text = _dsmr.NextTelegram(now);
            return DlmsFrameWriter.Cipher(_key, _authKey, _systemTitle, _frameCounter, 0x30, text);
        }

        if (Household == null) Household = new Household(_o, _rng, now);
        Household.AdvanceTo(now);
        byte[] apdu = _o.Family switch
        {
            "kamstrup" => Kamstrup(now),
            "kaifa" => Kaifa(now),
            "austria" => Austria(now),
            _ => Aidon(now),
        };

        if (_key != null)
        {
            byte security = _o.Family == "austria" || _authKey == null ? (byte)0x20 : (byte)0x30;
            apdu = DlmsFrameWriter.Cipher(_key, _authKey, _systemTitle, _frameCounter, security, apdu);
        }

        return _o.Family == "austria" ? DlmsFrameWriter.Mbus(apdu, 227) : DlmsFrameWriter.Hdlc(apdu, 228);
    }

    private double[] Phases(double[] values) => _o.Phases == 3 ? values : new[] { values[0] };

    private byte[] Aidon(long now)
    {
        Household h = Household;
        int phases = _o.Phases;
        var w = new AxdrWriter().Raw(0x0F, 0x40, 0x00, 0x00, 0x00, 0x00).Array(10 + 2 * phases);
        w.Structure(2).Obis(1, 1, 0, 2, 129).Visible("AIDON_V0001");
        w.Structure(2).Obis(0, 0, 96, 1, 0).Visible(_meterId);
        w.Structure(2).Obis(0, 0, 96, 1, 7).Visible(phases == 3 ? "6534" : "6515");
        w.Structure(3).Obis(1, 0, 1, 7, 0).U32(h.DeliveredW).ScalerUnit(0, 27);
        w.Structure(3).Obis(1, 0, 2, 7, 0).U32(h.ReturnedW).ScalerUnit(0, 27);
        w.Structure(3).Obis(1, 0, 3, 7, 0).U32(h.DeliveredW * 0.2).ScalerUnit(0, 29);
        for (int p = 0; p < phases; p++) w.Structure(3).Obis(1, 0, 31 + 20 * p, 7, 0).I16(h.PhaseCurrentA[p] * 10).ScalerUnit(-1, 33);
        for (int p = 0; p < phases; p++) w.Structure(3).Obis(1, 0, 32 + 20 * p, 7, 0).U16(h.PhaseVoltageV[p] * 10).ScalerUnit(-1, 35);
        w.Structure(2).Obis(0, 0, 1, 0, 0).Octet(AxdrWriter.DateTime(now));
        w.Structure(3).Obis(1, 0, 1, 8, 0).U32(h.TotalDeliveredWh / 10).ScalerUnit(1, 30);
        w.Structure(3).Obis(1, 0, 2, 8, 0).U32((h.ReturnedWh[0] + h.ReturnedWh[1]) / 10).ScalerUnit(1, 30);
        w.Structure(3).Obis(1, 0, 3, 8, 0).U32(h.TotalDeliveredWh * 0.2 / 10).ScalerUnit(1, 32);
        return w.ToArray();
    }

    private byte[] Kamstrup(long now)
    {
        Household h = Household;
        int phases = _o.Phases;
        var w = new AxdrWriter().Raw(0x0F, 0x00, 0x00, 0x00, 0x00, 0x0C).Raw(AxdrWriter.DateTime(now));
        w.Structure(1 + 2 * (6 + 2 * phases + 3));
        w.Visible("Kamstrup_V0001");
        w.Obis(1, 1, 0, 0, 5).Visible(_meterId);
        w.Obis(1, 1, 96, 1, 1).Visible(phases == 3 ? "6841131BN243101040" : "6841121BN243101040");
        w.Obis(1, 1, 1, 7, 0).U32(h.DeliveredW);
        w.Obis(1, 1, 2, 7, 0).U32(h.ReturnedW);
        w.Obis(1, 1, 3, 7, 0).U32(h.DeliveredW * 0.2);
        w.Obis(1, 1, 4, 7, 0).U32(0);
        for (int p = 0; p < phases; p++) w.Obis(1, 1, 31 + 20 * p, 7, 0).U32(h.PhaseCurrentA[p] * 100);
        for (int p = 0; p < phases; p++) w.Obis(1, 1, 32 + 20 * p, 7, 0).U16(h.PhaseVoltageV[p]);
        w.Obis(0, 1, 1, 0, 0).Octet(AxdrWriter.DateTime(now));
        w.Obis(1, 1, 1, 8, 0).U32(h.TotalDeliveredWh / 10);
        w.Obis(1, 1, 2, 8, 0).U32((h.ReturnedWh[0] + h.ReturnedWh[1]) / 10);
        return w.ToArray();
    }

    private byte[] Kaifa(long now)
    {
        Household h = Household;
        int phases = _o.Phases;
        var w = new AxdrWriter().Raw(0x0F, 0x40, 0x00, 0x00, 0x00, 0x09, 0x0C).Raw(AxdrWriter.DateTime(now));
        w.Structure(phases == 3 ? 18 : 14);
        w.Octet(System.Text.Encoding.ASCII.GetBytes("KFM_001"));
        w.Octet(System.Text.Encoding.ASCII.GetBytes(_meterId.PadRight(16, '0').Substring(0, 16)));
        w.Octet(System.Text.Encoding.ASCII.GetBytes(phases == 3 ? "MA304H3E" : "MA105H2E"));
        w.U32(h.DeliveredW).U32(h.ReturnedW).U32(h.DeliveredW * 0.2).U32(0);
        for (int p = 0; p < phases; p++) w.U32(h.PhaseCurrentA[p] * 1000);
        for (int p = 0; p < phases; p++) w.U32(h.PhaseVoltageV[p] * 10);
        w.Octet(AxdrWriter.DateTime(now));
        w.U32(h.TotalDeliveredWh).U32(h.ReturnedWh[0] + h.ReturnedWh[1]).U32(h.TotalDeliveredWh * 0.2).U32(0);
        return w.ToArray();
    }

    private byte[] Austria(long now)
    {
        Household h = Household;
        var w = new AxdrWriter().Raw(0x0F, 0x00, 0x00, 0x00, 0x01, 0x0C).Raw(AxdrWriter.DateTime(now));
        w.Structure(1 + 2 + 3 * 9);
        w.Octet(AxdrWriter.DateTime(now));
        w.Obis(0, 0, 42, 0, 0).Octet(System.Text.Encoding.ASCII.GetBytes("KFM1200" + _meterId.Substring(0, 9)));
        for (int p = 0; p < 3; p++) w.Obis(1, 0, 32 + 20 * p, 7, 0).U16(h.PhaseVoltageV[p] * 10).ScalerUnit(-1, 35);
        for (int p = 0; p < 3; p++) w.Obis(1, 0, 31 + 20 * p, 7, 0).U16(h.PhaseCurrentA[p] * 100).ScalerUnit(-2, 33);
        w.Obis(1, 0, 1, 7, 0).U32(h.DeliveredW).ScalerUnit(0, 27);
        w.Obis(1, 0, 2, 7, 0).U32(h.ReturnedW).ScalerUnit(0, 27);
        w.Obis(1, 0, 1, 8, 0).U32(h.TotalDeliveredWh).ScalerUnit(0, 30);
        return w.ToArray();
    }
}
