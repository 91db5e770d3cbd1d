using System;

namespace NodeMqtt.MeterSim.Faults;

/// <summary>The field failures the simulator can inject (FIELD-FACTS.md, DSMR P1, "Field failures").</summary>
[Flags]
public enum FaultKinds
{
    /// <summary>No fault.</summary>
    None = 0,

    /// <summary>One bit flipped in a data line: the CRC no longer matches (not injected for DSMR 2.2, which has no CRC).</summary>
    Crc = 1,

    /// <summary>1–3 bytes deleted mid-telegram, as a slow UART drops characters.</summary>
    Drop = 2,

    /// <summary>The telegram is cut before its '!'; the next telegram follows at the next interval.</summary>
    Truncate = 4,

    /// <summary>Two telegrams in one burst: the second follows the first's CRC without CRLF, or follows an unclosed first.</summary>
    Glue = 8,

    /// <summary>Random bytes (never '/') before the telegram.</summary>
    Garbage = 16,

    /// <summary>A valid telegram longer than 2048 bytes, made so by a huge text message.</summary>
    Oversize = 32,

    /// <summary>Every kind.</summary>
    All = Crc | Drop | Truncate | Glue | Garbage | Oversize,
}
