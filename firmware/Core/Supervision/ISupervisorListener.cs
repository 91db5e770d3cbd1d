namespace NodeMqtt.Supervision
{
    /// <summary>What the supervisor tells the rest of the node (telemetry, outbox, diagnostics).</summary>
    public interface ISupervisorListener
    {
        /// <summary>A session reached CONNACK, the birth was sent and subscriptions were requested.</summary>
        void OnOnline(long nowMs, bool sessionPresent);

        /// <summary>The session was lost or closed; in-flight messages have already been returned.</summary>
        void OnOffline(long nowMs);

        /// <summary>A message given to <see cref="LinkSupervisor.TryPublish"/> was delivered (PUBACK for QoS 1,
        /// handed to the client for QoS 0).</summary>
        void OnDelivered(OutboundMessage message, long nowMs);

        /// <summary>A message was not delivered (no PUBACK, client gave up, session died). Messages come back
        /// in the order they were published, so the outbox can put them back at the front in order.</summary>
        void OnReturned(OutboundMessage message, long nowMs);

        /// <summary>An application message arrived on a subscribed topic.</summary>
        void OnMessage(string topic, byte[] payload, long nowMs);

        /// <summary>The supervisor is about to reboot the device (escalation): persist what must survive.
        /// Called right before <see cref="NodeMqtt.Ports.ISystem.Reboot"/>.</summary>
        void OnBeforeReboot(long nowMs);
    }
}
