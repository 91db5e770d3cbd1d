using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>close</c>: closes every live connection with FIN on both sides (graceful shutdown, as a broker
/// that exits cleanly would) and closes new connections at once the same way.
/// </summary>
public sealed class CloseFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "close";

    /// <summary>The shared instance; the fault has no parameters.</summary>
    public static readonly CloseFault Instance = new CloseFault();

    private CloseFault()
    {
    }

    /// <inheritdoc />
    public string Spec => FaultName;

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>close</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 0, 0, "close");
        return Instance;
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Close;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection) => connection.CloseGracefully();

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        // Drop: a chunk read while the connection is being closed must not slip through.
    }
}
