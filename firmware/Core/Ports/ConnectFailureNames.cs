namespace NodeMqtt.Ports
{
    /// <summary>Log names for <see cref="ConnectFailure"/>: enum ToString prints numbers on the device.</summary>
    public static class ConnectFailureNames
    {
        private static readonly string[] Names =
        {
            "none", "dns", "tcp-refused", "timeout", "tls", "not-authorized", "refused", "network-down", "other",
            "tls-untrusted", "tls-name-mismatch", "tls-expired", "tls-port-mismatch", "closed-before-connack"
        };

        /// <summary>How many kinds there are (counter arrays are this long).</summary>
        public static int Count
        {
            get { return Names.Length; }
        }

        /// <summary>The log name of <paramref name="kind"/>.</summary>
        public static string Of(ConnectFailure kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
