using System;
using System.Collections.Generic;
using System.Text;
using NodeMqtt.Meter;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// A simulated smart meter: hands out complete, valid telegrams for the clock readings it is given.
/// Values come from a seeded <see cref="Household"/>, so counters only grow, power follows the time of day
/// and the same options replay the same bytes. Faults are layered on top by <see cref="Faults.FaultInjector"/>
/// (see <see cref="TelegramFeed"/>). Not thread-safe: one caller at a time.
/// </summary>
public sealed class MeterSimulator
{
    private readonly SimRandom _rng;
    private readonly string _header;
    private readonly string _equipmentId;
    private readonly string _gasId;
    private readonly List<long> _failureEndUtcMs = new List<long>();
    private readonly List<long> _failureSeconds = new List<long>();
    private int _shortFailures;
    private long _lastUtcMs = long.MinValue;

    /// <summary>Creates the meter. Throws <see cref="ArgumentException"/> for invalid options.</summary>
    public MeterSimulator(SimOptions options)
    {
        if (options == null) throw new ArgumentNullException(nameof(options));
        string problem = options.Validate();
        if (problem != null) throw new ArgumentException(problem, nameof(options));

        Options = options.Clone();
        Version = Options.Version;
        TextMessage = Options.TextMessage ?? "";
        _rng = new SimRandom(Options.Seed);
        _header = Options.Header ?? DefaultHeader(Version);
        bool belgian = Version == DsmrVersion.EMucs;
        _equipmentId = (belgian ? "1SAG" : "E00") + Digits(belgian ? 10 : 14);
        _gasId = (belgian ? "1FLO" : "G00") + Digits(belgian ? 10 : 14);
        if (Options.StartUtcMs != 0)
        {
            Start(Options.StartUtcMs);
        }
    }

    /// <summary>The options in force (a copy).</summary>
    public SimOptions Options { get; }

    /// <summary>Telegram dialect.</summary>
    public DsmrVersion Version { get; }

    /// <summary>The model behind the values; null until the clock has started (first telegram when <see cref="SimOptions.StartUtcMs"/> is 0).</summary>
    public Household Household { get; private set; }

    /// <summary>Consumer text message (0-0:96.13.0); may be changed between telegrams.</summary>
    public string TextMessage { get; set; }

    /// <summary>Telegrams produced so far.</summary>
    public long TelegramCount { get; private set; }

    /// <summary>True when the dialect ends with '!' and a CRC-16/ARC (all but DSMR 2.2).</summary>
    public bool HasCrc => HasCrcFor(Version);

    /// <summary>The meter's own telegram interval: 1 s for DSMR 5.0 and e-MUCS, 10 s for DSMR 4.x and 2.2.</summary>
    public static int DefaultIntervalMs(DsmrVersion version)
    {
        return version == DsmrVersion.Dsmr50 || version == DsmrVersion.EMucs ? 1000 : 10_000;
    }

    /// <summary>True when <paramref name="version"/> carries a CRC.</summary>
    public static bool HasCrcFor(DsmrVersion version)
    {
        return version != DsmrVersion.Dsmr22;
    }

    /// <summary>The UART settings a real meter of this version uses: "115200-8N1" or "9600-7E1".</summary>
    public static string SerialSettings(DsmrVersion version)
    {
        return version == DsmrVersion.Dsmr22 ? "9600-7E1" : "115200-8N1";
    }

    /// <summary>A typical identification for the version (real meters' headers).</summary>
    public static string DefaultHeader(DsmrVersion version)
    {
        switch (version)
        {
            case DsmrVersion.Dsmr22: return "ISk5\\2MT382-1004";
            case DsmrVersion.Dsmr42: return "KFM5KAIFA-METER";
            case DsmrVersion.EMucs: return "FLU5\\253769484_A";
            default: return "ISk5\\2MT382-1000";
        }
    }

    /// <summary>The telegram for clock reading <paramref name="nowUtcMs"/> (a clock that goes back is held at its latest reading).</summary>
    public byte[] NextTelegram(long nowUtcMs)
    {
        return Encoding.ASCII.GetBytes(NextTelegramText(nowUtcMs));
    }

    /// <summary>Writes the telegram for <paramref name="nowUtcMs"/> into <paramref name="into"/>; returns its length,
    /// or -1 (and produces nothing) when it does not fit.</summary>
    public int NextTelegram(long nowUtcMs, byte[] into)
    {
        if (into == null) throw new ArgumentNullException(nameof(into));
        string text = NextTelegramText(nowUtcMs);
        if (text.Length > into.Length)
        {
            return -1;
        }

        return Encoding.ASCII.GetBytes(text, 0, text.Length, into, 0);
    }

    /// <summary>The telegram for <paramref name="nowUtcMs"/> as text (ASCII).</summary>
    public string NextTelegramText(long nowUtcMs)
    {
        if (Household == null)
        {
            Start(nowUtcMs);
        }

        long now = Math.Max(nowUtcMs, _lastUtcMs);
        _lastUtcMs = now;
        Household.AdvanceTo(now);
        TelegramCount++;

        var sb = new StringBuilder(1400);
        sb.Append('/').Append(_header).Append("\r\n\r\n");
        var lines = new TelegramLines(sb, Household, Options, now);
        switch (Version)
        {
            case DsmrVersion.Dsmr22: lines.Dsmr22(_equipmentId, _gasId, TextMessage); break;
            case DsmrVersion.Dsmr42: lines.Dsmr4or5(false, _equipmentId, _gasId, TextMessage, _shortFailures, _failureEndUtcMs, _failureSeconds); break;
            case DsmrVersion.EMucs: lines.EMucs(_equipmentId, _gasId, TextMessage); break;
            default: lines.Dsmr4or5(true, _equipmentId, _gasId, TextMessage, _shortFailures, _failureEndUtcMs, _failureSeconds); break;
        }

        sb.Append('!');
        if (HasCrc)
        {
            // DSMR 5.0.2 §6.12: CRC16 over the whole telegram from '/' through '!', 4 upper-case hex digits.
            byte[] body = Encoding.ASCII.GetBytes(sb.ToString());
            sb.Append(Crc16Arc.Compute(body, 0, body.Length).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        sb.Append("\r\n");
        return sb.ToString();
    }

    private void Start(long startUtcMs)
    {
        Household = new Household(Options, _rng, startUtcMs);
        _lastUtcMs = startUtcMs;
        int longFailures = _rng.Next(0, 4);
        _shortFailures = longFailures + _rng.Next(0, 12);
        long end = startUtcMs;
        for (int i = 0; i < longFailures; i++)
        {
            end -= (long)_rng.Next(1, 200) * 86_400_000L + _rng.Next(0, 86_400) * 1000L;
            _failureEndUtcMs.Add(end);
            _failureSeconds.Add(_rng.Next(181, 40_000));
        }
    }

    private string Digits(int count)
    {
        var sb = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            sb.Append((char)('0' + _rng.Next(10)));
        }

        return sb.ToString();
    }
}
