namespace NodeMqtt.FaultProxy;

/// <summary>One live proxied connection, as a fault sees it when it is activated.</summary>
public interface IProxyConnection
{
    /// <summary>Number of the connection, in accept order, starting at 1.</summary>
    long Id { get; }

    /// <summary>True once the connection has been black-holed; it never forwards again.</summary>
    bool IsBlackholed { get; }

    /// <summary>
    /// Stops forwarding for good in both directions while both sockets stay open. A real NAT black
    /// hole loses the bytes, so a later switch back to <c>pass</c> does not heal this connection.
    /// </summary>
    void Blackhole();

    /// <summary>Closes both sides with FIN. Idempotent.</summary>
    void CloseGracefully();

    /// <summary>Closes both sides with RST (SO_LINGER on, timeout 0). Idempotent.</summary>
    void Reset();
}
