namespace NodeMqtt.Ports
{
    /// <summary>
    /// Events of an <see cref="IMqttSession"/>. Platforms deliver them on Core's single thread (the same
    /// thread that calls Tick), never from a client's own network thread, so Core needs no locks.
    /// Each event names its session so that late events of a session already torn down can be ignored.
    /// </summary>
    public interface IMqttSessionListener
    {
        /// <summary>CONNACK with return code 0 arrived.</summary>
        void OnConnected(IMqttSession session, bool sessionPresent);

        /// <summary>The connect attempt failed; <paramref name="reasonCode"/> is the CONNACK code when the
        /// broker answered (kind <see cref="ConnectFailure.Refused"/> or <see cref="ConnectFailure.NotAuthorized"/>), else 0.</summary>
        void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode);

        /// <summary>A QoS 1 publish finished: acknowledged by PUBACK, or given up by the client
        /// (M2Mqtt's <c>IsPublished == false</c>), in which case the message was not delivered.</summary>
        void OnPublished(IMqttSession session, int messageId, bool acknowledged);

        /// <summary>SUBACK arrived; <paramref name="granted"/> is false for return code 0x80.</summary>
        void OnSubscribed(IMqttSession session, int messageId, bool granted);

        /// <summary>An application message arrived on a subscribed topic.</summary>
        void OnMessage(IMqttSession session, string topic, byte[] payload);

        /// <summary>The session ended without Core asking for it.</summary>
        void OnClosed(IMqttSession session, CloseKind kind);
    }
}
