namespace NodeMqtt.Supervision
{
    /// <summary>Log names for <see cref="LinkState"/>: enum ToString prints numbers on the device.</summary>
    public static class LinkStateNames
    {
        private static readonly string[] Names = { "Stopped", "WaitingForNetwork", "BackingOff", "Connecting", "Online" };

        /// <summary>The log name of <paramref name="state"/>.</summary>
        public static string Of(LinkState state)
        {
            int i = (int)state;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
