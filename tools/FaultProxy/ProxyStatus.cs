using System.Globalization;

namespace NodeMqtt.FaultProxy;

/// <summary>A snapshot of the proxy's mode and counters, as printed by the <c>status</c> command.</summary>
public sealed class ProxyStatus
{
    /// <summary>Creates a snapshot.</summary>
    public ProxyStatus(
        string mode,
        int listenPort,
        long connectionsAccepted,
        int activeConnections,
        long bytesClientToUpstream,
        long bytesUpstreamToClient,
        long bytesDropped)
    {
        Mode = mode;
        ListenPort = listenPort;
        ConnectionsAccepted = connectionsAccepted;
        ActiveConnections = activeConnections;
        BytesClientToUpstream = bytesClientToUpstream;
        BytesUpstreamToClient = bytesUpstreamToClient;
        BytesDropped = bytesDropped;
    }

    /// <summary>Spec of the active fault, e.g. <c>latency 200</c>.</summary>
    public string Mode { get; }

    /// <summary>Port the proxy listens on, 0 before <c>Start</c>.</summary>
    public int ListenPort { get; }

    /// <summary>Connections accepted since start, whatever the fault did with them.</summary>
    public long ConnectionsAccepted { get; }

    /// <summary>Connections not yet torn down.</summary>
    public int ActiveConnections { get; }

    /// <summary>Bytes written to the upstream.</summary>
    public long BytesClientToUpstream { get; }

    /// <summary>Bytes written to clients.</summary>
    public long BytesUpstreamToClient { get; }

    /// <summary>Bytes read but never written (black hole, or read while closing).</summary>
    public long BytesDropped { get; }

    /// <summary>One line: <c>mode='pass' port=… accepted=… active=… bytes_c2u=… bytes_u2c=… bytes_dropped=…</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "mode='{0}' port={1} accepted={2} active={3} bytes_c2u={4} bytes_u2c={5} bytes_dropped={6}",
        Mode,
        ListenPort,
        ConnectionsAccepted,
        ActiveConnections,
        BytesClientToUpstream,
        BytesUpstreamToClient,
        BytesDropped);
}
