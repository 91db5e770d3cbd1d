using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>slice N [GAP_MS]</c>: scenario S18 (sliced). Each chunk is written in pieces of at most N bytes
/// with a short pause (default 1 ms) before each piece, so the receiver's parser meets MQTT packets
/// split at every possible offset (fixed header, remaining length, payload).
/// </summary>
public sealed class SliceFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "slice";

    /// <summary>Largest accepted piece size: the proxy never reads more than this at once anyway.</summary>
    public const int MaxSliceBytes = 65_536;

    /// <summary>Largest accepted pause between pieces.</summary>
    public const int MaxGapMs = 1_000;

    /// <summary>Pause between pieces when none is given: long enough for loopback to deliver them apart.</summary>
    public const int DefaultGapMs = 1;

    /// <summary>Creates the fault.</summary>
    public SliceFault(int sliceBytes, int gapMs = DefaultGapMs)
    {
        if (sliceBytes < 1 || sliceBytes > MaxSliceBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(sliceBytes), sliceBytes, $"1..{MaxSliceBytes} bytes");
        }

        if (gapMs < 0 || gapMs > MaxGapMs)
        {
            throw new ArgumentOutOfRangeException(nameof(gapMs), gapMs, $"0..{MaxGapMs} ms");
        }

        SliceBytes = sliceBytes;
        GapMs = gapMs;
    }

    /// <summary>Largest piece written at once, in bytes.</summary>
    public int SliceBytes { get; }

    /// <summary>Pause before each piece, in milliseconds.</summary>
    public int GapMs { get; }

    /// <inheritdoc />
    public string Spec => GapMs == DefaultGapMs ? $"{FaultName} {SliceBytes}" : $"{FaultName} {SliceBytes} {GapMs}";

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>slice BYTES [GAP_MS]</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 1, 2, "slice BYTES [GAP_MS]");
        int sliceBytes = FaultArguments.ParseInt(FaultName, "BYTES", args[0], 1, MaxSliceBytes);
        int gapMs = args.Count > 1 ? FaultArguments.ParseInt(FaultName, "GAP_MS", args[1], 0, MaxGapMs) : DefaultGapMs;
        return new SliceFault(sliceBytes, gapMs);
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Forward;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection)
    {
        // Applies to the next chunk each live connection reads; nothing to do to the sockets.
    }

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        for (int offset = 0; offset < chunk.Length; offset += SliceBytes)
        {
            int length = Math.Min(SliceBytes, chunk.Length - offset);
            output.Add(new TimedSegment(chunk.Slice(offset, length), nowMs, GapMs));
        }
    }
}
