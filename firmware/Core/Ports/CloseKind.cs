namespace NodeMqtt.Ports
{
    /// <summary>How a session ended without Core asking for it.</summary>
    public enum CloseKind
    {
        /// <summary>The peer closed the connection (FIN) or sent DISCONNECT; also a broker takeover.</summary>
        PeerClosed = 0,
        /// <summary>A socket error or reset.</summary>
        Error = 1,
        /// <summary>The client's own keepalive (PINGRESP) check failed.</summary>
        KeepAliveTimeout = 2,
        /// <summary>A protocol error: a malformed packet from the peer.</summary>
        ProtocolError = 3,
        /// <summary>The network link went down under the session.</summary>
        NetworkDown = 4
    }

    /// <summary>Log names for <see cref="CloseKind"/>.</summary>
    public static class CloseKindNames
    {
        private static readonly string[] Names = { "peer-closed", "error", "keepalive-timeout", "protocol-error", "network-down" };

        /// <summary>The log name of <paramref name="kind"/>.</summary>
        public static string Of(CloseKind kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
