using System;

namespace NodeMqtt.MeterSim.Output;

/// <summary>Where the command-line tool puts its bytes. Outputs to readers that come and go (tcp, pty) drop what
/// nobody reads, as a meter's P1 port does, and count it.</summary>
internal interface ITelegramOutput : IDisposable
{
    /// <summary>True when some reader would see a write now (always true for stdout and files).</summary>
    bool ReaderAttached { get; }

    /// <summary>Bytes that no reader received (nobody attached, or a reader too slow).</summary>
    long DroppedBytes { get; }

    /// <summary>Housekeeping between writes (accept new TCP clients).</summary>
    void Poll();

    /// <summary>Writes one tick's bytes. Throws <see cref="System.IO.IOException"/> only when the output is gone for good.</summary>
    void Write(byte[] chunk);

    /// <summary>Gives readers up to <paramref name="timeoutMs"/> to take what was written, before the output closes.</summary>
    void Drain(int timeoutMs);
}
