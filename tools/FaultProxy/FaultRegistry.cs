using System;
using System.Collections.Generic;
using NodeMqtt.FaultProxy.Faults;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// Maps fault names to factories, toxiproxy style: each fault lives in its own file under
/// <c>Faults/</c> and is registered here by name. A spec is the name followed by its arguments,
/// separated by blanks, e.g. <c>latency 200</c> or <c>slice 3</c>.
/// </summary>
public sealed class FaultRegistry
{
    private readonly Dictionary<string, Func<IReadOnlyList<string>, IFault>> _factories =
        new Dictionary<string, Func<IReadOnlyList<string>, IFault>>(StringComparer.Ordinal);

    /// <summary>The registry holding every built-in fault.</summary>
    public static FaultRegistry Default { get; } = CreateDefault();

    /// <summary>Registered names, sorted.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string>(_factories.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>A registry with <c>pass</c>, <c>blackhole</c>, <c>close</c>, <c>reset</c>, <c>latency</c>, <c>slice</c> and <c>refuse</c>.</summary>
    public static FaultRegistry CreateDefault()
    {
        var registry = new FaultRegistry();
        registry.Register(PassFault.FaultName, PassFault.FromArguments);
        registry.Register(BlackholeFault.FaultName, BlackholeFault.FromArguments);
        registry.Register(CloseFault.FaultName, CloseFault.FromArguments);
        registry.Register(ResetFault.FaultName, ResetFault.FromArguments);
        registry.Register(LatencyFault.FaultName, LatencyFault.FromArguments);
        registry.Register(SliceFault.FaultName, SliceFault.FromArguments);
        registry.Register(RefuseFault.FaultName, RefuseFault.FromArguments);
        return registry;
    }

    /// <summary>Adds a fault. The factory throws <see cref="ArgumentException"/> for bad arguments.</summary>
    public void Register(string name, Func<IReadOnlyList<string>, IFault> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(name, factory))
        {
            throw new ArgumentException($"fault '{name}' is already registered", nameof(name));
        }
    }

    /// <summary>Builds the fault a spec names; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public IFault Create(string spec)
    {
        if (!TryCreate(spec, out IFault fault, out string error))
        {
            // No ParamName: the message is shown as is to whoever typed the spec.
            throw new ArgumentException(error);
        }

        return fault;
    }

    /// <summary>Builds the fault a spec names, or explains why it cannot.</summary>
    public bool TryCreate(string spec, out IFault fault, out string error)
    {
        fault = null;
        string[] words = (spec ?? string.Empty).Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error = "empty fault spec; known: " + string.Join(", ", Names);
            return false;
        }

        if (!_factories.TryGetValue(words[0], out Func<IReadOnlyList<string>, IFault> factory))
        {
            error = $"unknown fault '{words[0]}'; known: " + string.Join(", ", Names);
            return false;
        }

        try
        {
            fault = factory(new ArraySegment<string>(words, 1, words.Length - 1));
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return false;
        }
    }
}
