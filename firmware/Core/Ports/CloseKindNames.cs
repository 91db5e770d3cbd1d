namespace NodeMqtt.Ports
{
    /// <summary>Log names for <see cref="CloseKind"/>.</summary>
    public static class CloseKindNames
    {
        private static readonly string[] Names =
        {
            "peer-closed", "error", "keepalive-timeout", "protocol-error", "network-down", "reset", "server-disconnect"
        };

        /// <summary>How many kinds there are (counter arrays are this long).</summary>
        public static int Count
        {
            get { return Names.Length; }
        }

        /// <summary>The log name of <paramref name="kind"/>.</summary>
        public static string Of(CloseKind kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
