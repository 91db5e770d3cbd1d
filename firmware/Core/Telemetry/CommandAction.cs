namespace NodeMqtt.Telemetry
{
    /// <summary>What a handled command asks of the node (int constants with a name table).</summary>
    public static class CommandAction
    {
        /// <summary>Not a command (wrong topic) or nothing for the node to do.</summary>
        public const int None = 0;
        /// <summary>Refused: too large, malformed, unknown or invalid; an <c>error:</c> reply was made.</summary>
        public const int Rejected = 1;
        /// <summary>A runtime setting was changed.</summary>
        public const int Set = 2;
        /// <summary>Status was reported.</summary>
        public const int Status = 3;
        /// <summary>Diagnostics were reported.</summary>
        public const int Diag = 4;
        /// <summary>A reconnect was requested from the target.</summary>
        public const int Reconnect = 5;
        /// <summary>A reboot was requested from the target.</summary>
        public const int Reboot = 6;

        private static readonly string[] Names = { "none", "rejected", "set", "status", "diag", "reconnect", "reboot" };

        /// <summary>Name for logs.</summary>
        public static string Name(int action)
        {
            return action >= 0 && action < Names.Length ? Names[action] : "action" + action.ToString();
        }
    }
}
