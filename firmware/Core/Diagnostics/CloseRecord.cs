using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>One session loss, kept in a small ring beside the episodes: the takeover and regular-interval
    /// verdicts compare closes across episodes (a slow reconnector's sessions may each end a stable episode).</summary>
    public sealed class CloseRecord
    {
        /// <summary>When the session was lost (node ms).</summary>
        public long TimeMs;
        /// <summary>How long it had been up.</summary>
        public long UpMs;
        /// <summary>Why it was torn down.</summary>
        public DropReason Reason;
        /// <summary>How the transport ended.</summary>
        public CloseKind Close;
        /// <summary>MQTT 5 DISCONNECT reason code, or 0.</summary>
        public int ReasonCode;
        /// <summary>Protocol of the session (4 or 5).</summary>
        public int Protocol;
        /// <summary>Episode this close belongs to.</summary>
        public int Episode;
        /// <summary>A clean FIN without a reason code that nothing the node did explains (no burst, no oversize message, link up);
        /// cleared later when the episode finds an explanation (refused connects: a restart; link down).</summary>
        public bool Unexplained;
    }
}
