namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// One entry of the <see cref="DiagnosticsLog"/> ring. The ring pre-allocates its entries and overwrites
    /// the oldest (a fixed allocation on a ~100 KB heap, NANOFRAMEWORK.md), so an instance read from the ring
    /// is a view that a later record may overwrite: copy the fields you keep.
    /// </summary>
    public sealed class DiagnosticEvent
    {
        /// <summary>Node time of the event in ms.</summary>
        public long TimeMs;
        /// <summary>What happened.</summary>
        public EventKind Kind;
        /// <summary>Kind-specific code (see <see cref="EventKind"/>).</summary>
        public int Detail;
        /// <summary>Kind-specific number (see <see cref="EventKind"/>).</summary>
        public int Value;
        /// <summary>Short text, or null. Never a secret.</summary>
        public string Text;
    }
}
