namespace NodeMqtt.FaultProxy;

/// <summary>How a socket of the proxy is closed.</summary>
internal enum CloseKind
{
    /// <summary>shutdown(SHUT_RDWR) then close: the peer reads end of stream (FIN).</summary>
    Graceful = 0,

    /// <summary>SO_LINGER on with timeout 0 then close: the peer gets ECONNRESET (RST).</summary>
    Reset = 1,
}
