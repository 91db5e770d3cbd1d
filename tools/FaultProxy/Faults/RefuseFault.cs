using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>refuse</c>: new connections are reset as soon as they are accepted (the nearest a user-space
/// proxy gets to a refused SYN), while existing connections keep forwarding as in <c>pass</c>.
/// </summary>
public sealed class RefuseFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "refuse";

    /// <summary>The shared instance; the fault has no parameters.</summary>
    public static readonly RefuseFault Instance = new RefuseFault();

    private RefuseFault()
    {
    }

    /// <inheritdoc />
    public string Spec => FaultName;

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>refuse</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 0, 0, "refuse");
        return Instance;
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Reset;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection)
    {
        // Existing connections are left alone; only new ones are refused.
    }

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        output.Add(new TimedSegment(chunk, nowMs, 0));
    }
}
