namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Kinds of outbound messages (the <c>Kind</c> of an <see cref="NodeMqtt.Supervision.OutboundMessage"/>).
    /// The outbox decides coalescing and drop order from them: <see cref="State"/>, <see cref="Discovery"/>
    /// and <see cref="Diag"/> coalesce per topic (only the latest is worth sending); everything else keeps
    /// order and is never merged. Plain int constants because enum names print as numbers on the device.
    /// </summary>
    public static class MessageKind
    {
        /// <summary>Current-state document or per-field value; latest per topic wins.</summary>
        public const int State = 0;
        /// <summary>A state document kept for history mode: never coalesced, dropped first when full.</summary>
        public const int History = 1;
        /// <summary>Something that happened (in order, never coalesced).</summary>
        public const int Event = 2;
        /// <summary>Home Assistant discovery document (retained; latest per topic wins).</summary>
        public const int Discovery = 3;
        /// <summary>Diagnostics document (latest per topic wins).</summary>
        public const int Diag = 4;
        /// <summary>Answer to a command.</summary>
        public const int CommandResult = 5;
        /// <summary>ThingsBoard client attributes (birth information).</summary>
        public const int Attributes = 6;

        private static readonly string[] Names = { "state", "history", "event", "discovery", "diag", "command_result", "attributes" };

        /// <summary>Name for logs and diagnostics; "kind&lt;n&gt;" for an unknown value.</summary>
        public static string Name(int kind)
        {
            return kind >= 0 && kind < Names.Length ? Names[kind] : "kind" + kind.ToString();
        }

        /// <summary>True for kinds where a newer message on the same topic replaces a queued older one.</summary>
        public static bool Coalesces(int kind)
        {
            return kind == State || kind == Discovery || kind == Diag;
        }

        /// <summary>True for kinds the outbox knows; persisted entries with other kinds are rejected.</summary>
        public static bool IsKnown(int kind)
        {
            return kind >= 0 && kind < Names.Length;
        }
    }
}
