namespace NodeMqtt.Supervision
{
    /// <summary>
    /// A message on its way to the broker. The outbox owns it until the supervisor reports it delivered
    /// (<see cref="ISupervisorListener.OnDelivered"/>) or hands it back (<see cref="ISupervisorListener.OnReturned"/>).
    /// </summary>
    public sealed class OutboundMessage
    {
        /// <summary>Creates a message.</summary>
        public OutboundMessage(string topic, byte[] payload, int qos, bool retain, int kind, long createdMs)
        {
            Topic = topic;
            Payload = payload;
            Qos = qos;
            Retain = retain;
            Kind = kind;
            CreatedMs = createdMs;
        }

        /// <summary>Topic.</summary>
        public readonly string Topic;
        /// <summary>Payload bytes.</summary>
        public readonly byte[] Payload;
        /// <summary>0 or 1.</summary>
        public readonly int Qos;
        /// <summary>Retain flag.</summary>
        public readonly bool Retain;
        /// <summary>What the outbox uses to decide coalescing and drop order (see <c>MessageKind</c> in Telemetry).</summary>
        public readonly int Kind;
        /// <summary>When it was created (node time, ms).</summary>
        public readonly long CreatedMs;
        /// <summary>Outbox sequence number (order across hand-backs); set by the outbox.</summary>
        public long Sequence;
        /// <summary>How many times it was handed to a session.</summary>
        public int Attempts;
    }
}
