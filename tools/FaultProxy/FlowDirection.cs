namespace NodeMqtt.FaultProxy;

/// <summary>Which way a chunk of bytes travels through the proxy.</summary>
public enum FlowDirection
{
    /// <summary>From the connecting client (the node) towards the upstream (the broker).</summary>
    ClientToUpstream = 0,

    /// <summary>From the upstream (the broker) back to the client (the node).</summary>
    UpstreamToClient = 1,
}
