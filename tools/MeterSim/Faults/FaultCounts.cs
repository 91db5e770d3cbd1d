using System.Globalization;

namespace NodeMqtt.MeterSim.Faults;

/// <summary>
/// What went out: telegrams, bytes and faults by kind, so a test can compare them with the board's
/// rejection counters. <see cref="ExpectedRejects"/> is what a correct framer with a 2048-byte limit must reject.
/// </summary>
public sealed class FaultCounts
{
    /// <summary>Telegrams generated (each counts once, faulty or not).</summary>
    public long Telegrams;

    /// <summary>Bytes handed to the output (telegrams, garbage, everything).</summary>
    public long Bytes;

    /// <summary>Telegrams with one bit flipped in a data line.</summary>
    public long Crc;

    /// <summary>Telegrams with 1–3 bytes deleted.</summary>
    public long Drop;

    /// <summary>Telegrams cut before their end.</summary>
    public long Truncate;

    /// <summary>Glued pairs where the second telegram starts right after the first's CRC (both remain valid).</summary>
    public long GlueNoCrlf;

    /// <summary>Glued pairs where the first telegram lost its '!CRC' end (the first is lost, the second is valid).</summary>
    public long GlueUnclosed;

    /// <summary>Runs of garbage sent between telegrams.</summary>
    public long Garbage;

    /// <summary>Valid telegrams longer than 2048 bytes.</summary>
    public long Oversize;

    /// <summary>Both kinds of glue.</summary>
    public long Glue => GlueNoCrlf + GlueUnclosed;

    /// <summary>All injected faults.</summary>
    public long Faults => Crc + Drop + Truncate + Glue + Garbage + Oversize;

    /// <summary>Telegrams a correct framer (2048-byte buffer, CRC checked) cannot accept: corrupt, short, unclosed or oversize.
    /// DSMR 2.2 has no CRC, so there a dropped byte may pass unnoticed.</summary>
    public long ExpectedRejects => Crc + Drop + Truncate + GlueUnclosed + Oversize;

    /// <summary>One line: "telegrams=N bytes=N faults=N crc=N drop=N truncate=N glue=N glue_unclosed=N garbage=N oversize=N expected_rejects=N".</summary>
    public string Summary()
    {
        return string.Format(
            CultureInfo.InvariantCulture,
            "telegrams={0} bytes={1} faults={2} crc={3} drop={4} truncate={5} glue={6} glue_unclosed={7} garbage={8} oversize={9} expected_rejects={10}",
            Telegrams, Bytes, Faults, Crc, Drop, Truncate, Glue, GlueUnclosed, Garbage, Oversize, ExpectedRejects);
    }
}
