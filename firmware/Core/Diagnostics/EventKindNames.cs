namespace NodeMqtt.Diagnostics
{
    /// <summary>Log and JSON names for <see cref="EventKind"/>: enum ToString prints numbers on the device
    /// (NANOFRAMEWORK.md, language subset).</summary>
    public static class EventKindNames
    {
        private static readonly string[] Names =
        {
            "attempt", "connected", "connect-failed", "dropped", "link-down", "link-up", "quick-kick",
            "takeover", "stable", "wifi-reconnect", "reboot", "reboot-refused", "previous-reboot",
            "subscribe-denied"
        };

        /// <summary>The name of <paramref name="kind"/>.</summary>
        public static string Of(EventKind kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
