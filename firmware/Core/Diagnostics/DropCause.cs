namespace NodeMqtt.Diagnostics
{
    /// <summary>The cause a verdict names (issue 11). Values are stable: counters are indexed by them and the
    /// diag document, the console and the timeline show them by name (<see cref="DropCauseNames"/>).</summary>
    public enum DropCause
    {
        /// <summary>No drops or failures.</summary>
        None = 0,
        /// <summary>Drops without evidence for any cause.</summary>
        Unknown = 1,
        /// <summary>Another client uses this client id or token (reason code 0x8E, or repeated unexplained clean closes on 3.1.1).</summary>
        Takeover = 2,
        /// <summary>Probe timeout after a quiet period: a NAT/firewall idle timeout.</summary>
        IdleBlackHole = 3,
        /// <summary>The broker closed and then refused connections while it restarted (or said it was shutting down).</summary>
        BrokerRestart = 4,
        /// <summary>The network link went down.</summary>
        WifiLoss = 5,
        /// <summary>CONNACK refused: bad user name, password or token, or not authorised.</summary>
        AuthRefused = 6,
        /// <summary>The broker's host name does not resolve.</summary>
        DnsFailure = 7,
        /// <summary>The broker closed right after a burst of messages (rate limit or quota, 3.1.1 inference).</summary>
        AfterBurst = 8,
        /// <summary>Closes at a regular interval: a server-side session limit or a scheduled event.</summary>
        RegularInterval = 9,
        /// <summary>TLS: the server certificate is not signed by a trusted authority.</summary>
        TlsUntrusted = 10,
        /// <summary>TLS: the certificate does not name the broker's host.</summary>
        TlsNameMismatch = 11,
        /// <summary>TLS: the certificate is expired or not yet valid.</summary>
        TlsExpired = 12,
        /// <summary>TLS: the handshake failed for another reason.</summary>
        TlsHandshake = 13,
        /// <summary>TLS spoken to a plain port, or plain MQTT to a TLS port.</summary>
        TlsPortMismatch = 14,
        /// <summary>The connection was reset (RST).</summary>
        ConnectionReset = 15,
        /// <summary>A message larger than the broker accepts.</summary>
        MessageTooLarge = 16,
        /// <summary>The broker is busy or over a limit (server busy, quota, connection limit, rate).</summary>
        BrokerBusy = 17,
        /// <summary>Nothing listens on the broker's port (and no session was lost).</summary>
        NotListening = 18,
        /// <summary>The broker denies publishing to the node's topics (MQTT 5 PUBACK 0x87).</summary>
        PublishDenied = 19,
        /// <summary>The broker denies a subscription (SUBACK failure).</summary>
        SubscribeDenied = 20,
        /// <summary>The path stopped carrying packets while the node was sending (probe or telemetry unacknowledged).</summary>
        BlackHole = 21
    }
}
