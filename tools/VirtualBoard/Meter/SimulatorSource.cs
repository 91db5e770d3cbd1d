using System;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// The meter simulator in-process: a telegram (with the configured faults) every interval of the wall clock,
/// handed out as the board reads. No thread: each <see cref="Read"/> produces the ticks that have fallen due.
/// Sim time for tick k is start + k × interval, so the bytes are the same for a given seed whatever the
/// machine's speed; a caller that stops reading for long skips ticks (counted) rather than bursting them.
/// </summary>
public sealed class SimulatorSource : HostByteSource
{
    private const int MaxCatchUpTicks = 3;
    private const int PendingCapacity = 64 * 1024;
    private readonly Func<long> _monotonicMs;
    private readonly Func<long> _utcMs;
    private readonly ByteRing _pending = new ByteRing(PendingCapacity);
    private readonly SimOptions _options;
    private long _simStartUtcMs;
    private long _monoStartMs;
    private long _tick;
    private bool _started;

    /// <summary>Creates the source. <paramref name="monotonicMs"/> paces it (default Environment.TickCount64);
    /// <paramref name="utcMs"/> sets the meter clock when <see cref="SimOptions.StartUtcMs"/> is 0 (default: now).
    /// Throws <see cref="ArgumentException"/> for invalid options.</summary>
    public SimulatorSource(SimOptions options, Func<long> monotonicMs = null, Func<long> utcMs = null)
    {
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Clone();
        string problem = _options.Validate();
        if (problem != null) throw new ArgumentException(problem, nameof(options));
        _monotonicMs = monotonicMs ?? (() => Environment.TickCount64);
        _utcMs = utcMs ?? (() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Feed = new TelegramFeed(_options);
        State = SourceState.Open;
    }

    /// <summary>The meter and its fault counters (compare <see cref="TelegramFeed.Counts"/> with the board's).</summary>
    public TelegramFeed Feed { get; }

    /// <summary>Ticks skipped because the caller did not read for longer than a few intervals.</summary>
    public long SkippedTicks { get; private set; }

    /// <inheritdoc />
    public override string Describe()
    {
        string dialect = _options.Protocol == "dlms" ? "dlms " + _options.Family + (_options.Key != null ? " ciphered" : "") : VersionName(_options.Version);
        return "sim " + dialect + " " + _options.Phases + "-phase" + (_options.Gas ? " gas" : "") + (_options.Solar ? " solar" : "")
            + " seed=" + _options.Seed + " every " + Feed.IntervalMs + " ms"
            + (_options.Faults != FaultKinds.None ? " faults=" + FaultNames.Format(_options.Faults, '+') + "@" + _options.FaultRate.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
            + StateText();
    }

    /// <inheritdoc />
    protected override int ReadCore(byte[] buffer, int offset, int count)
    {
        long now = _monotonicMs();
        if (!_started)
        {
            _started = true;
            _monoStartMs = now;
            _simStartUtcMs = _options.StartUtcMs != 0 ? _options.StartUtcMs : _utcMs() / 1000 * 1000;
        }

        long interval = Feed.IntervalMs;
        long dueTicks = (now - _monoStartMs) / interval + 1; // tick 0 is due at once
        if (dueTicks - _tick > MaxCatchUpTicks)
        {
            SkippedTicks += dueTicks - MaxCatchUpTicks - _tick;
            _tick = dueTicks - MaxCatchUpTicks;
        }

        while (_tick < dueTicks)
        {
            long at = _simStartUtcMs + _tick * interval;
            byte[] chunk = Feed.Next(at, at + interval);
            CountDropped(_pending.Write(chunk, 0, chunk.Length));
            _tick++;
        }

        return _pending.Read(buffer, offset, count);
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _pending.Clear();
    }

    internal static string VersionName(DsmrVersion version)
    {
        return version switch
        {
            DsmrVersion.Dsmr22 => "dsmr2.2",
            DsmrVersion.Dsmr42 => "dsmr4.2",
            DsmrVersion.EMucs => "e-mucs",
            _ => "dsmr5.0",
        };
    }
}
