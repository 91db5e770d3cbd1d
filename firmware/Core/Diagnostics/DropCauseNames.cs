namespace NodeMqtt.Diagnostics
{
    /// <summary>Names and plain-words descriptions of <see cref="DropCause"/> for logs, the diag document,
    /// Home Assistant / ThingsBoard entities and the timeline.</summary>
    public static class DropCauseNames
    {
        private static readonly string[] Names =
        {
            "none", "unknown", "takeover", "idle-black-hole", "broker-restart", "wifi-loss", "auth-refused",
            "dns-failure", "after-burst", "regular-interval", "tls-untrusted", "tls-name-mismatch", "tls-expired",
            "tls-handshake", "tls-port-mismatch", "connection-reset", "message-too-large", "broker-busy",
            "not-listening", "publish-denied", "subscribe-denied", "black-hole"
        };

        // The takeover text is the phrase the issue asks operators to see ("another client uses this client id
        // or token"); the others say what to check, following the drop-pattern table of FIELD-FACTS.md.
        private static readonly string[] Words =
        {
            "no drops",
            "drops without a recognised cause",
            "another client uses this client id or token",
            "silent drop after a quiet period: NAT/firewall idle timeout",
            "the broker restarted (closed, refused connections, then back)",
            "the network link (Wi-Fi) went down",
            "connect refused: not authorised (check user name, password or token)",
            "the broker's host name does not resolve (DNS)",
            "the broker closed right after a burst of messages: rate limit or quota",
            "drops at a regular interval: server-side limit or scheduled event",
            "TLS: the broker's certificate is not trusted (wrong or missing CA)",
            "TLS: the broker's certificate does not name this host",
            "TLS: the broker's certificate is expired or not yet valid (or the clock is wrong)",
            "TLS: the handshake failed",
            "TLS/plain mismatch: TLS to a plain port or plain MQTT to a TLS port",
            "the connection was reset (RST): firewall, NAT or broker aborting it",
            "a message is larger than the broker accepts",
            "the broker is busy or over a limit (connections, quota, rate)",
            "nothing listens on the broker's port",
            "the broker denies publishing on the node's topics (ACL)",
            "the broker denies a subscription (ACL)",
            "the path stopped carrying packets while the node was sending (black hole)"
        };

        /// <summary>How many causes there are (counter arrays are this long).</summary>
        public static int Count
        {
            get { return Names.Length; }
        }

        /// <summary>The short name of <paramref name="cause"/>.</summary>
        public static string Of(DropCause cause)
        {
            int i = (int)cause;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }

        /// <summary>The cause in words, for the log and the diag document.</summary>
        public static string Describe(DropCause cause)
        {
            int i = (int)cause;
            return i >= 0 && i < Words.Length ? Words[i] : Words[1];
        }
    }
}
