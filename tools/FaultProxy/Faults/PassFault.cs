using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary><c>pass</c>: forward both ways unchanged. Connections black-holed earlier stay dead.</summary>
public sealed class PassFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "pass";

    /// <summary>The shared instance; the fault has no parameters.</summary>
    public static readonly PassFault Instance = new PassFault();

    private PassFault()
    {
    }

    /// <inheritdoc />
    public string Spec => FaultName;

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>pass</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 0, 0, "pass");
        return Instance;
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Forward;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection)
    {
        // Deliberately nothing: a black hole loses bytes, it does not buffer them, so switching
        // back to pass must not heal connections that were black-holed (FIELD-FACTS, NAT black hole).
    }

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        output.Add(new TimedSegment(chunk, nowMs, 0));
    }
}
