using NodeMqtt.MeterSim.Faults;

namespace NodeMqtt.MeterSim.Model;

/// <summary>Everything that shapes a simulated meter. Same options + same seed + same clock readings = same bytes.</summary>
public sealed class SimOptions
{
    /// <summary>Telegram dialect.</summary>
    public DsmrVersion Version = DsmrVersion.Dsmr50;

    /// <summary>1 or 3 (DSMR 2.2 meters report totals only, whatever this says).</summary>
    public int Phases = 3;

    /// <summary>Include an M-Bus gas meter on channel 1.</summary>
    public bool Gas = true;

    /// <summary>The household has solar panels (power returned around midday).</summary>
    public bool Solar = true;

    /// <summary>Seeds the household (base load, counters, ids) and every random step.</summary>
    public ulong Seed = 1;

    /// <summary>The sim clock's origin in UTC ms; 0 = the clock reading of the first telegram.</summary>
    public long StartUtcMs;

    /// <summary>Consumer text message (0-0:96.13.0, hex-encoded in the telegram); empty by default, as on most meters.</summary>
    public string TextMessage = "";

    /// <summary>Telegram interval; 0 = the meter's own (<see cref="MeterSimulator.DefaultIntervalMs"/>).</summary>
    public int IntervalMs;

    /// <summary>Faults to inject (used by <see cref="TelegramFeed"/>).</summary>
    public FaultKinds Faults = FaultKinds.None;

    /// <summary>Probability that a telegram carries one fault, 0..1.</summary>
    public double FaultRate = 0.2;

    /// <summary>Header identification after '/'; null = a typical one for the version.</summary>
    public string Header;

    /// <summary><c>dsmr</c> (P1 text) or <c>dlms</c> (a push meter of <see cref="Family"/>, see <see cref="DlmsMeter"/>).</summary>
    public string Protocol = "dsmr";

    /// <summary>DLMS list layout: aidon, kamstrup, kaifa, austria (M-Bus, ciphered) or smarty (ciphered DSMR).</summary>
    public string Family = "aidon";

    /// <summary>AES-128 key (32 hex digits) to cipher DLMS frames with; null sends them plain.</summary>
    public string Key;

    /// <summary>Authentication key (32 hex digits) for tagged frames; null: untagged (0x20), Smarty its published default.</summary>
    public string AuthKey;

    /// <summary>The interval that applies: <see cref="IntervalMs"/> or the meter's own.</summary>
    public int EffectiveIntervalMs => IntervalMs > 0 ? IntervalMs : Protocol == "dlms" ? DlmsMeter.DefaultIntervalMs(Family) : MeterSimulator.DefaultIntervalMs(Version);

    /// <summary>A copy.</summary>
    public SimOptions Clone()
    {
        return (SimOptions)MemberwiseClone();
    }

    /// <summary>Null when valid, else a one-line problem.</summary>
    public string Validate()
    {
        if (Phases != 1 && Phases != 3) return "phases must be 1 or 3";
        if (IntervalMs < 0) return "interval must not be negative";
        if (FaultRate < 0 || FaultRate > 1 || double.IsNaN(FaultRate)) return "fault rate must be 0..1";
        if (TextMessage != null && TextMessage.Length > 1024) return "text message is at most 1024 characters (DSMR 5.0.2)";
        if (Header != null && (Header.Length == 0 || Header.IndexOf('!') >= 0 || Header.IndexOf('/') >= 0 || Header.IndexOf('\n') >= 0)) return "header must be non-empty without '/', '!' or newline";
        if (Protocol != "dsmr" && Protocol != "dlms") return "protocol must be dsmr or dlms";
        if (System.Array.IndexOf(DlmsMeter.Families, Family) < 0) return "family must be " + string.Join(", ", DlmsMeter.Families);
        if (Key != null && NodeMqtt.Crypto.HexKey.Parse(Key, out string keyError) == null) return "key " + keyError;
        if (AuthKey != null && NodeMqtt.Crypto.HexKey.Parse(AuthKey, out string authError) == null) return "auth key " + authError;
        if (Protocol == "dlms" && (Family == "smarty" || Family == "austria") && Key == null) return Family + " frames are always ciphered: give a key";
        return null;
    }
}
