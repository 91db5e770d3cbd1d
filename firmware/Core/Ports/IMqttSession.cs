namespace NodeMqtt.Ports
{
    /// <summary>
    /// One MQTT session: one client object, used once. The supervisor creates a new session for every
    /// connect attempt and closes it on every loss (ARCHITECTURE.md, "Explicit teardown"), so nothing
    /// is reused across sessions. Every member is a protected call: an adapter never throws into Core,
    /// it reports outcomes through return values and <see cref="IMqttSessionListener"/>.
    /// </summary>
    public interface IMqttSession
    {
        /// <summary>
        /// Starts connecting. Returns at once; the outcome arrives as <see cref="IMqttSessionListener.OnConnected"/>
        /// or <see cref="IMqttSessionListener.OnConnectFailed"/>. Called at most once per session.
        /// </summary>
        void Open(SessionOptions options);

        /// <summary>
        /// Hands a message to the client. Returns the message id (&gt; 0) for QoS 1, 1 for an accepted QoS 0
        /// message, or 0 when the client refused it (not connected, queue full, error). For QoS 1 the
        /// outcome arrives later as <see cref="IMqttSessionListener.OnPublished"/>.
        /// </summary>
        int Publish(string topic, byte[] payload, int qos, bool retain);

        /// <summary>Requests a subscription; returns a message id (&gt; 0) or 0 on refusal.
        /// The broker's answer arrives as <see cref="IMqttSessionListener.OnSubscribed"/>.</summary>
        int Subscribe(string topic, int qos);

        /// <summary>What the client itself believes about its connection.</summary>
        bool IsConnected { get; }

        /// <summary>
        /// Ordered teardown: detach handlers, DISCONNECT inside try (only when <paramref name="graceful"/>),
        /// close inside try, drop the client. Idempotent and exception-proof. After it returns the listener
        /// may still see stale events for this session, which Core ignores.
        /// </summary>
        void Close(bool graceful);
    }
}
