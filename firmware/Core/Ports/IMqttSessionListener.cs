namespace NodeMqtt.Ports
{
    /// <summary>
    /// Events of an <see cref="IMqttSession"/>. Platforms deliver them on Core's single thread (the same
    /// thread that calls Tick), never from a client's own network thread, so Core needs no locks.
    /// Each event names its session so that late events of a session already torn down can be ignored.
    /// Reason codes are MQTT 5 codes (<see cref="ReasonCodes"/>); on 3.1.1 adapters pass 0 where the
    /// protocol has none and map CONNACK return codes with <see cref="ReasonCodes.FromV311Connack"/>.
    /// </summary>
    public interface IMqttSessionListener
    {
        /// <summary>CONNACK accepted. <paramref name="info"/> carries the protocol spoken and, on MQTT 5, the
        /// broker's limits (never null).</summary>
        void OnConnected(IMqttSession session, bool sessionPresent, ConnackInfo info);

        /// <summary>The connect attempt failed; <paramref name="reasonCode"/> is the CONNACK reason code when the
        /// broker answered (kind <see cref="ConnectFailure.Refused"/> or <see cref="ConnectFailure.NotAuthorized"/>), else 0.</summary>
        void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode);

        /// <summary>A QoS 1 publish finished: acknowledged by PUBACK, or given up by the client
        /// (M2Mqtt's <c>IsPublished == false</c>), in which case the message was not delivered.
        /// <paramref name="reasonCode"/> is the PUBACK reason code on MQTT 5 (0x87: the broker denied the
        /// publish; the message was acknowledged but reached nobody), else 0.</summary>
        void OnPublished(IMqttSession session, int messageId, bool acknowledged, int reasonCode);

        /// <summary>SUBACK arrived; <paramref name="granted"/> is false for a failure code (3.1.1: 0x80; 5: ≥ 0x80,
        /// given in <paramref name="reasonCode"/>).</summary>
        void OnSubscribed(IMqttSession session, int messageId, bool granted, int reasonCode);

        /// <summary>An application message arrived on a subscribed topic.</summary>
        void OnMessage(IMqttSession session, string topic, byte[] payload);

        /// <summary>The session ended without Core asking for it; <paramref name="reasonCode"/> is the reason code
        /// of the broker's MQTT 5 DISCONNECT (kind <see cref="CloseKind.ServerDisconnect"/>), else 0.</summary>
        void OnClosed(IMqttSession session, CloseKind kind, int reasonCode);
    }
}
