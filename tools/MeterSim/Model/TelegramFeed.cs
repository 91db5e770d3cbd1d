using System;
using NodeMqtt.MeterSim.Faults;

namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// A meter plus its faults: for every tick, the bytes that go on the wire (a telegram, a damaged telegram,
/// garbage and a telegram, or a glued pair). Used by the command-line tool and the virtual board's in-process
/// source, so both inject exactly the same faults for the same seed.
/// </summary>
public sealed class TelegramFeed
{
    private bool _sentAhead;

    /// <summary>Creates the meter and injector from <paramref name="options"/> (throws <see cref="ArgumentException"/> when invalid).</summary>
    public TelegramFeed(SimOptions options)
    {
        Simulator = new MeterSimulator(options);
        Injector = new FaultInjector(options.Faults, options.FaultRate, options.Seed);
        if (options.Protocol == "dlms")
        {
            Dlms = new DlmsMeter(options);
            _dlmsFaults = new DlmsFaults(options.Seed);
        }

        IntervalMs = options.EffectiveIntervalMs;
    }

    /// <summary>The meter.</summary>
    public MeterSimulator Simulator { get; }

    /// <summary>The DLMS meter when <see cref="SimOptions.Protocol"/> is dlms, else null.</summary>
    public DlmsMeter Dlms { get; }

    private readonly DlmsFaults _dlmsFaults;

    /// <summary>The fault injector.</summary>
    public FaultInjector Injector { get; }

    /// <summary>What went out so far.</summary>
    public FaultCounts Counts { get; } = new FaultCounts();

    /// <summary>Ticks are this far apart.</summary>
    public int IntervalMs { get; }

    /// <summary>The fault applied by the latest <see cref="Next"/>.</summary>
    public FaultKinds LastFault { get; private set; }

    /// <summary>The bytes for the tick at <paramref name="nowUtcMs"/>. <paramref name="nextUtcMs"/> is the next tick's time,
    /// or -1 when there is none (then no glue, which needs the next telegram now). After a glue the next call
    /// returns an empty array: its telegram already went out.</summary>
    public byte[] Next(long nowUtcMs, long nextUtcMs = -1)
    {
        LastFault = FaultKinds.None;
        if (_sentAhead)
        {
            _sentAhead = false;
            return Array.Empty<byte>();
        }

        FaultKinds kind = Injector.Choose(Simulator.HasCrc, nextUtcMs >= 0);
        if (Dlms != null) return NextDlms(kind, nowUtcMs, nextUtcMs);
        byte[] telegram;
        if (kind == FaultKinds.Oversize)
        {
            string saved = Simulator.TextMessage;
            Simulator.TextMessage = Injector.OversizeText();
            telegram = Simulator.NextTelegram(nowUtcMs);
            Simulator.TextMessage = saved;
        }
        else
        {
            telegram = Simulator.NextTelegram(nowUtcMs);
        }

        Counts.Telegrams++;
        byte[] result;
        switch (kind)
        {
            case FaultKinds.Crc:
                result = Injector.CorruptCrc(telegram);
                Counts.Crc++;
                break;
            case FaultKinds.Drop:
                result = Injector.DropBytes(telegram);
                Counts.Drop++;
                break;
            case FaultKinds.Truncate:
                result = Injector.Truncate(telegram);
                Counts.Truncate++;
                break;
            case FaultKinds.Garbage:
                byte[] garbage = Injector.Garbage();
                result = new byte[garbage.Length + telegram.Length];
                Buffer.BlockCopy(garbage, 0, result, 0, garbage.Length);
                Buffer.BlockCopy(telegram, 0, result, garbage.Length, telegram.Length);
                Counts.Garbage++;
                break;
            case FaultKinds.Glue:
                byte[] second = Simulator.NextTelegram(nextUtcMs);
                Counts.Telegrams++;
                result = Injector.Glue(telegram, second, out bool unclosed);
                if (unclosed) Counts.GlueUnclosed++;
                else Counts.GlueNoCrlf++;
                _sentAhead = true;
                break;
            case FaultKinds.Oversize:
                result = telegram;
                Counts.Oversize++;
                break;
            default:
                result = telegram;
                break;
        }

        LastFault = kind;
        Counts.Bytes += result.Length;
        return result;
    }

    // The same draw of faults on DLMS frames (oversize has no DLMS meaning: such a tick goes out clean).
    private byte[] NextDlms(FaultKinds kind, long nowUtcMs, long nextUtcMs)
    {
        byte[] frame = Dlms.NextFrame(nowUtcMs);
        Counts.Telegrams++;
        byte[] result;
        switch (kind)
        {
            case FaultKinds.Crc: result = _dlmsFaults.Corrupt(frame); Counts.Crc++; break;
            case FaultKinds.Drop: result = _dlmsFaults.Drop(frame); Counts.Drop++; break;
            case FaultKinds.Truncate: result = _dlmsFaults.Truncate(frame); Counts.Truncate++; break;
            case FaultKinds.Garbage: result = _dlmsFaults.Garbage(frame); Counts.Garbage++; break;
            case FaultKinds.Glue:
                byte[] second = Dlms.NextFrame(nextUtcMs);
                Counts.Telegrams++;
                result = new byte[frame.Length + second.Length];
                Buffer.BlockCopy(frame, 0, result, 0, frame.Length);
                Buffer.BlockCopy(second, 0, result, frame.Length, second.Length);
                Counts.GlueNoCrlf++;
                _sentAhead = true;
                break;
            default: kind = FaultKinds.None; result = frame; break;
        }

        LastFault = kind;
        Counts.Bytes += result.Length;
        return result;
    }
}
