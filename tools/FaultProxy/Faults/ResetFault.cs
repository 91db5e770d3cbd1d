using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>reset</c>: scenario S11. Closes every live connection with RST on both sides (SO_LINGER on with
/// timeout 0, then close: FIELD-FACTS "a proxy that closes with SO_LINGER 0") and resets new
/// connections at once.
/// </summary>
public sealed class ResetFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "reset";

    /// <summary>The shared instance; the fault has no parameters.</summary>
    public static readonly ResetFault Instance = new ResetFault();

    private ResetFault()
    {
    }

    /// <inheritdoc />
    public string Spec => FaultName;

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>reset</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 0, 0, "reset");
        return Instance;
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Reset;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection) => connection.Reset();

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        // Drop: a chunk read while the connection is being reset must not slip through.
    }
}
