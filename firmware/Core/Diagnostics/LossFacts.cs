using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// What the supervisor knows at the moment a session is lost: how it ended and what the node had just sent
    /// (issue 11, "Episodes"). One instance is reused for every loss; <see cref="EpisodeLog.SessionLost"/> copies it.
    /// </summary>
    public sealed class LossFacts
    {
        /// <summary>Why the supervisor tore the session down.</summary>
        public DropReason Reason;
        /// <summary>How the transport ended, when <see cref="Reason"/> is a close.</summary>
        public CloseKind Close;
        /// <summary>MQTT 5 DISCONNECT reason code, or 0.</summary>
        public int ReasonCode;
        /// <summary>How long the session had been up (CONNACK to loss).</summary>
        public long UpMs;
        /// <summary>4 for 3.1.1, 5 for MQTT 5.</summary>
        public int Protocol;
        /// <summary>Messages published within the burst window before the loss.</summary>
        public int Burst;
        /// <summary>Largest message published within the burst window, in bytes.</summary>
        public int LargestBytes;
        /// <summary>Largest message still unacknowledged at the loss, in bytes (0 when none).</summary>
        public int UnackedLargestBytes;
        /// <summary>How long before the loss that message was sent, in ms (-1 when none).</summary>
        public long UnackedLargestAgeMs;
        /// <summary>Largest message ever acknowledged by the broker, in bytes.</summary>
        public int LargestAckedBytes;
        /// <summary>For probe timeouts: how long the node had sent nothing before the unanswered message.</summary>
        public long QuietBeforeMs;

        /// <summary>Forgets everything (before filling for the next loss).</summary>
        public void Clear()
        {
            Reason = DropReason.None;
            Close = CloseKind.PeerClosed;
            ReasonCode = 0;
            UpMs = 0;
            Protocol = 4;
            Burst = 0;
            LargestBytes = 0;
            UnackedLargestBytes = 0;
            UnackedLargestAgeMs = -1;
            LargestAckedBytes = 0;
            QuietBeforeMs = 0;
        }
    }
}
