namespace NodeMqtt.Ports
{
    /// <summary>Why a connect attempt failed. Kinds that mean "the broker is not there" and kinds that
    /// mean "the broker is there and says no" are backed off differently by the supervisor; the TLS kinds
    /// say which part of the handshake failed so the verdict can tell the user what to fix (issue 11).</summary>
    public enum ConnectFailure
    {
        /// <summary>No failure.</summary>
        None = 0,
        /// <summary>The host name could not be resolved.</summary>
        Dns = 1,
        /// <summary>TCP connect refused: no broker listening on that port.</summary>
        TcpRefused = 2,
        /// <summary>No CONNACK (or no TCP answer) within the deadline.</summary>
        Timeout = 3,
        /// <summary>TLS handshake failure without a more specific cause.</summary>
        Tls = 4,
        /// <summary>CONNACK refused: bad user name or password, or not authorised (3.1.1 codes 4, 5; 5: 0x86, 0x87).</summary>
        NotAuthorized = 5,
        /// <summary>CONNACK refused for another reason; the reason code says which.</summary>
        Refused = 6,
        /// <summary>The network link is down (or unreachable).</summary>
        NetworkDown = 7,
        /// <summary>Anything else (an unexpected exception in the adapter).</summary>
        Other = 8,
        /// <summary>TLS: the server certificate is not signed by a trusted authority.</summary>
        TlsUntrusted = 9,
        /// <summary>TLS: the server certificate does not name the host we connected to.</summary>
        TlsNameMismatch = 10,
        /// <summary>TLS: the server certificate is expired or not yet valid (or the node's clock is wrong).</summary>
        TlsExpired = 11,
        /// <summary>TLS to a plain MQTT port, or plain MQTT to a TLS port.</summary>
        TlsPortMismatch = 12,
        /// <summary>The broker accepted TCP and closed it before CONNACK (busy, connection limit, or not MQTT).</summary>
        ClosedBeforeConnack = 13
    }
}
