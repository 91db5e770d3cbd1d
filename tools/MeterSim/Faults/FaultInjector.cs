using System;
using System.Text;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.MeterSim.Faults;

/// <summary>
/// Seeded faults on telegram bytes, one mutation per method so each can be tested alone. The injector has its
/// own random sequence, so switching faults on does not change the meter's values. <see cref="TelegramFeed"/>
/// decides per telegram with <see cref="Choose"/> and counts what it applied.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>Text length used for <see cref="FaultKinds.Oversize"/>: hex-encoded it alone exceeds 2048 bytes.</summary>
    public const int OversizeTextChars = 1024;

    private static readonly FaultKinds[] Order = { FaultKinds.Crc, FaultKinds.Drop, FaultKinds.Truncate, FaultKinds.Glue, FaultKinds.Garbage, FaultKinds.Oversize };
    private readonly SimRandom _rng;

    /// <summary>Creates an injector for <paramref name="kinds"/>, hitting a telegram with probability <paramref name="rate"/>.</summary>
    public FaultInjector(FaultKinds kinds, double rate, ulong seed)
    {
        if (rate < 0 || rate > 1 || double.IsNaN(rate)) throw new ArgumentException("fault rate must be 0..1", nameof(rate));
        Kinds = kinds;
        Rate = rate;
        // A different stream than the meter's (same seed, offset), so faults never shift the values.
        _rng = new SimRandom(seed ^ 0x5EEDFA17C0FFEE00UL);
    }

    /// <summary>The enabled kinds.</summary>
    public FaultKinds Kinds { get; }

    /// <summary>Probability per telegram.</summary>
    public double Rate { get; }

    /// <summary>Draws the fault for the next telegram: <see cref="FaultKinds.None"/> or exactly one enabled kind.
    /// <paramref name="hasCrc"/> false drops <see cref="FaultKinds.Crc"/> (undetectable without a CRC);
    /// <paramref name="canGlue"/> false (no next telegram) drops <see cref="FaultKinds.Glue"/>.</summary>
    public FaultKinds Choose(bool hasCrc, bool canGlue)
    {
        if (Kinds == FaultKinds.None || _rng.NextDouble() >= Rate)
        {
            return FaultKinds.None;
        }

        var enabled = new FaultKinds[Order.Length];
        int n = 0;
        foreach (FaultKinds k in Order)
        {
            if ((Kinds & k) == 0) continue;
            if (k == FaultKinds.Crc && !hasCrc) continue;
            if (k == FaultKinds.Glue && !canGlue) continue;
            enabled[n++] = k;
        }

        return n == 0 ? FaultKinds.None : enabled[_rng.Next(n)];
    }

    /// <summary>Flips one bit of one character in a data line (never creating '/', '!', CR or LF). CRC-16 catches every
    /// single-bit error, so the telegram's checksum no longer matches.</summary>
    public byte[] CorruptCrc(byte[] telegram)
    {
        byte[] copy = (byte[])telegram.Clone();
        FindBody(copy, out int from, out int to);
        for (int attempt = 0; attempt < 64; attempt++)
        {
            int i = from + _rng.Next(to - from);
            if (copy[i] == '\r' || copy[i] == '\n') continue;
            byte flipped = (byte)(copy[i] ^ (1 << _rng.Next(7)));
            if (flipped < 0x20 || flipped > 0x7E || flipped == '/' || flipped == '!') continue;
            copy[i] = flipped;
            return copy;
        }

        // Unreachable in practice (every body has digits); flip a digit's low bit deterministically.
        copy[from] ^= 1;
        return copy;
    }

    /// <summary>Deletes 1–3 bytes from the data lines (between the header line and '!').</summary>
    public byte[] DropBytes(byte[] telegram)
    {
        FindBody(telegram, out int from, out int to);
        int count = Math.Min(_rng.Next(1, 4), to - from);
        var keep = new bool[telegram.Length];
        Array.Fill(keep, true);
        for (int dropped = 0; dropped < count;)
        {
            int i = from + _rng.Next(to - from);
            if (keep[i])
            {
                keep[i] = false;
                dropped++;
            }
        }

        var result = new byte[telegram.Length - count];
        int o = 0;
        for (int i = 0; i < telegram.Length; i++)
        {
            if (keep[i]) result[o++] = telegram[i];
        }

        return result;
    }

    /// <summary>Cuts the telegram somewhere between its header and its '!' (the end marker never goes out).</summary>
    public byte[] Truncate(byte[] telegram)
    {
        FindBody(telegram, out int from, out int to);
        int cut = from + _rng.Next(to - from);
        return telegram.AsSpan(0, cut).ToArray();
    }

    /// <summary>1–64 random bytes that never contain '/', so no telegram can start inside them.</summary>
    public byte[] Garbage()
    {
        var bytes = new byte[_rng.Next(1, 65)];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b;
            do
            {
                b = (byte)_rng.Next(256);
            }
            while (b == '/');
            bytes[i] = b;
        }

        return bytes;
    }

    /// <summary>Joins two telegrams in one burst: either the first loses its CRLF, so the second starts right after its CRC
    /// (<paramref name="unclosed"/> false; both stay valid), or the first loses its '!' and CRC line, so '/' arrives
    /// inside an unclosed telegram (<paramref name="unclosed"/> true; the first is lost).</summary>
    public byte[] Glue(byte[] first, byte[] second, out bool unclosed)
    {
        int bang = Array.LastIndexOf(first, (byte)'!');
        unclosed = _rng.NextDouble() < 0.5;
        int keep = unclosed ? bang : first.Length - 2;
        var result = new byte[keep + second.Length];
        Buffer.BlockCopy(first, 0, result, 0, keep);
        Buffer.BlockCopy(second, 0, result, keep, second.Length);
        return result;
    }

    /// <summary>A text message long enough to push a telegram over 2048 bytes (1024 characters is the DSMR 5.0.2 maximum).</summary>
    public string OversizeText()
    {
        var sb = new StringBuilder(OversizeTextChars);
        const string words = "Storing gepland in uw wijk; excuses voor het ongemak. ";
        while (sb.Length < OversizeTextChars)
        {
            sb.Append(words);
        }

        sb.Length = OversizeTextChars;
        return sb.ToString();
    }

    // The body is everything after the header's CRLF CRLF and before '!': faults stay inside the data lines.
    private static void FindBody(byte[] telegram, out int from, out int to)
    {
        from = 1;
        for (int i = 1; i + 3 < telegram.Length; i++)
        {
            if (telegram[i] == '\r' && telegram[i + 1] == '\n' && telegram[i + 2] == '\r' && telegram[i + 3] == '\n')
            {
                from = i + 4;
                break;
            }
        }

        to = Array.LastIndexOf(telegram, (byte)'!');
        if (to <= from)
        {
            to = telegram.Length;
        }
    }
}
