using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>blackhole</c>: the NAT idle black hole of scenario S03. Nothing is forwarded in either direction,
/// sockets stay open, bytes are read and discarded (so memory stays bounded), FIN and RST from one
/// side do not reach the other. New connections are accepted but never connected upstream.
/// Switching back to <c>pass</c> does not heal the connections that lived through it.
/// </summary>
public sealed class BlackholeFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "blackhole";

    /// <summary>The shared instance; the fault has no parameters.</summary>
    public static readonly BlackholeFault Instance = new BlackholeFault();

    private BlackholeFault()
    {
    }

    /// <inheritdoc />
    public string Spec => FaultName;

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>blackhole</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 0, 0, "blackhole");
        return Instance;
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Blackhole;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection) => connection.Blackhole();

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        // Drop: a black hole forwards nothing.
    }
}
