namespace NodeMqtt.Ports
{
    /// <summary>How a session ended without Core asking for it. FIN and RST are told apart (issue 11: a reset
    /// storm is not a takeover, a clean close may be one), and a server DISCONNECT carries its MQTT 5 reason code.</summary>
    public enum CloseKind
    {
        /// <summary>The peer closed the connection cleanly (FIN) without an MQTT 5 DISCONNECT; also a 3.1.1 takeover.</summary>
        PeerClosed = 0,
        /// <summary>A socket error other than a reset.</summary>
        Error = 1,
        /// <summary>The client's own keepalive (PINGRESP) check failed.</summary>
        KeepAliveTimeout = 2,
        /// <summary>A protocol error: a malformed packet from the peer.</summary>
        ProtocolError = 3,
        /// <summary>The network link went down under the session.</summary>
        NetworkDown = 4,
        /// <summary>The connection was reset (RST): a firewall, NAT or a broker that aborted the socket.</summary>
        Reset = 5,
        /// <summary>The broker sent an MQTT 5 DISCONNECT; the reason code says why.</summary>
        ServerDisconnect = 6
    }
}
