using System;

namespace NodeMqtt.FaultProxy.Control;

/// <summary>
/// Executes the control language shared by stdin and the control port, one line at a time:
/// <c>mode SPEC</c> (e.g. <c>mode latency 200</c>), <c>status</c>, <c>help</c>, <c>quit</c>.
/// </summary>
public sealed class ControlCommandProcessor
{
    /// <summary>Longest accepted command line, in characters.</summary>
    public const int MaxLineChars = 256;

    private readonly FaultProxy _proxy;
    private readonly FaultRegistry _registry;

    /// <summary>Creates a processor driving <paramref name="proxy"/> with the built-in faults.</summary>
    public ControlCommandProcessor(FaultProxy proxy)
        : this(proxy, FaultRegistry.Default)
    {
    }

    /// <summary>Creates a processor driving <paramref name="proxy"/> with the given registry.</summary>
    public ControlCommandProcessor(FaultProxy proxy, FaultRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        ArgumentNullException.ThrowIfNull(registry);
        _proxy = proxy;
        _registry = registry;
    }

    /// <summary>Executes one line; never throws.</summary>
    public ControlReply Execute(string line)
    {
        string trimmed = (line ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new ControlReply(null, false);
        }

        if (trimmed.Length > MaxLineChars)
        {
            return new ControlReply($"error: command longer than {MaxLineChars} characters", false);
        }

        int blank = trimmed.IndexOfAny(new[] { ' ', '\t' });
        string verb = blank < 0 ? trimmed : trimmed.Substring(0, blank);
        string rest = blank < 0 ? string.Empty : trimmed.Substring(blank + 1).Trim();
        switch (verb)
        {
            case "mode":
                return SetMode(rest);
            case "status":
                return new ControlReply("ok " + _proxy.GetStatus(), false);
            case "help":
                return new ControlReply("ok commands: mode " + string.Join("|", _registry.Names) + " [ARGS], status, help, quit", false);
            case "quit":
                return new ControlReply("ok quit", true);
            default:
                return new ControlReply($"error: unknown command '{verb}' (try help)", false);
        }
    }

    private ControlReply SetMode(string spec)
    {
        if (!_registry.TryCreate(spec, out IFault fault, out string error))
        {
            return new ControlReply("error: " + error, false);
        }

        try
        {
            _proxy.SetMode(fault);
        }
        catch (ObjectDisposedException)
        {
            return new ControlReply("error: the proxy is stopped", false);
        }

        return new ControlReply("ok mode " + fault.Spec, false);
    }
}
