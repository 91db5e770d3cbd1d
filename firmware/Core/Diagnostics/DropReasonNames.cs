namespace NodeMqtt.Diagnostics
{
    /// <summary>Log names for <see cref="DropReason"/> (enum ToString prints numbers on the device).</summary>
    public static class DropReasonNames
    {
        private static readonly string[] Names =
        {
            "none", "connect-failed", "peer-closed", "socket-error", "keepalive-timeout", "protocol-error",
            "network-down", "probe-timeout", "probe-failed", "not-connected", "publish-gave-up", "port-failure",
            "command", "stopped", "reset", "server-disconnect"
        };

        /// <summary>The log name of <paramref name="reason"/>.</summary>
        public static string Of(DropReason reason)
        {
            int i = (int)reason;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
