namespace NodeMqtt.Ports
{
    /// <summary>Builds a new <see cref="IMqttSession"/> for every connect attempt.</summary>
    public interface IMqttSessionFactory
    {
        /// <summary>
        /// Creates a fresh, unopened session whose events reach <paramref name="listener"/> on Core's thread:
        /// a client raises them on its own network thread, so the platform queues them in a
        /// <see cref="SessionEventQueue"/> and its tick loop drains that queue into <paramref name="listener"/>
        /// before each Tick. An adapter must never call <paramref name="listener"/> from a client thread.
        /// Never throws; creating must not touch the network (M2Mqtt's constructor resolves DNS, so the device
        /// adapter defers construction to <see cref="IMqttSession.Open"/>).
        /// </summary>
        IMqttSession Create(IMqttSessionListener listener);
    }
}
