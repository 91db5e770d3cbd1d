namespace NodeMqtt.Diagnostics
{
    /// <summary>The likely cause of drops, as named by <see cref="DropClassifier"/> after the drop-pattern
    /// table of FIELD-FACTS.md.</summary>
    public enum DropCause
    {
        /// <summary>No drops or failures recorded.</summary>
        None = 0,
        /// <summary>Drops without a recognised pattern.</summary>
        Unknown = 1,
        /// <summary>Closes within seconds of CONNACK, repeating: another client with the same id or token.</summary>
        TakeoverLoop = 2,
        /// <summary>Probe or keepalive timeouts: a NAT/firewall idle timeout or a silent black hole.</summary>
        IdleBlackHole = 3,
        /// <summary>Peer close or reset, then refused connects, then a quick recovery.</summary>
        BrokerRestart = 4,
        /// <summary>Drops together with link-down events.</summary>
        WifiLoss = 5,
        /// <summary>CONNACK refused: not authorised (wrong credentials).</summary>
        AuthRefused = 6,
        /// <summary>Connects never reach TCP: the host name does not resolve.</summary>
        DnsFailure = 7,
        /// <summary>Drops right after a burst of publishes: rate limit, quota or message size.</summary>
        AfterBurst = 8,
        /// <summary>Drops at a regular interval: a server-side limit or scheduled event.</summary>
        RegularInterval = 9
    }
}
