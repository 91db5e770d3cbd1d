namespace NodeMqtt.Ports
{
    /// <summary>Builds a new <see cref="IMqttSession"/> for every connect attempt.</summary>
    public interface IMqttSessionFactory
    {
        /// <summary>
        /// Creates a fresh, unopened session whose events go to <paramref name="listener"/>. Never throws;
        /// creating must not touch the network (M2Mqtt's constructor resolves DNS, so the device adapter
        /// defers construction to <see cref="IMqttSession.Open"/>).
        /// </summary>
        IMqttSession Create(IMqttSessionListener listener);
    }
}
