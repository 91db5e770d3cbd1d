namespace NodeMqtt.FaultProxy;

/// <summary>What the proxy does with a connection it has just accepted, as decided by the active fault.</summary>
public enum AdmissionAction
{
    /// <summary>Connect upstream and forward bytes through the fault.</summary>
    Forward = 0,

    /// <summary>Keep the client socket open but never connect upstream; read and discard what it sends.</summary>
    Blackhole = 1,

    /// <summary>Close the client at once with FIN.</summary>
    Close = 2,

    /// <summary>Close the client at once with RST (SO_LINGER 0).</summary>
    Reset = 3,
}
