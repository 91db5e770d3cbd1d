namespace NodeMqtt.Ports
{
    /// <summary>Why a connect attempt failed. Kinds that mean "the broker is not there" and kinds that
    /// mean "the broker is there and says no" are backed off differently by the supervisor.</summary>
    public enum ConnectFailure
    {
        /// <summary>No failure.</summary>
        None = 0,
        /// <summary>The host name could not be resolved.</summary>
        Dns = 1,
        /// <summary>TCP connect refused or unreachable: no broker listening.</summary>
        TcpRefused = 2,
        /// <summary>No CONNACK (or no TCP answer) within the deadline.</summary>
        Timeout = 3,
        /// <summary>TLS handshake or certificate failure.</summary>
        Tls = 4,
        /// <summary>CONNACK refused: bad user name or password, or not authorised (codes 4 and 5).</summary>
        NotAuthorized = 5,
        /// <summary>CONNACK refused for another reason (protocol version, identifier rejected, server unavailable).</summary>
        Refused = 6,
        /// <summary>The network link is down.</summary>
        NetworkDown = 7,
        /// <summary>Anything else (an unexpected exception in the adapter).</summary>
        Other = 8
    }

    /// <summary>Log names for <see cref="ConnectFailure"/>: enum ToString prints numbers on the device.</summary>
    public static class ConnectFailureNames
    {
        private static readonly string[] Names =
        {
            "none", "dns", "tcp-refused", "timeout", "tls", "not-authorized", "refused", "network-down", "other"
        };

        /// <summary>The log name of <paramref name="kind"/>.</summary>
        public static string Of(ConnectFailure kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
