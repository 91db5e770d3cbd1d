namespace NodeMqtt.Diagnostics
{
    /// <summary>Names and plain-words descriptions of <see cref="DropCause"/> for logs and the diag document.</summary>
    public static class DropCauseNames
    {
        private static readonly string[] Names =
        {
            "none", "unknown", "takeover-loop", "idle-black-hole", "broker-restart", "wifi-loss",
            "auth-refused", "dns-failure", "after-burst", "regular-interval"
        };

        // Words from the drop-pattern table of FIELD-FACTS.md; the takeover text is the phrase the issue asks
        // operators to see ("another client uses this client id or token").
        private static readonly string[] Words =
        {
            "no drops",
            "drops without a recognised pattern",
            "another client uses this client id or token",
            "silent drops after quiet periods: NAT/firewall idle timeout or black hole",
            "the broker restarted (connection closed, refused, then back)",
            "drops together with Wi-Fi loss: radio, power save or DHCP",
            "connect refused: not authorised (check user name, password or token)",
            "connects never reach TCP: DNS or routing",
            "drops after a burst of messages: rate limit, quota or message size",
            "drops at a regular interval: server-side limit or scheduled event"
        };

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
