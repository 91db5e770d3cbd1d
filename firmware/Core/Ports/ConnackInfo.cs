namespace NodeMqtt.Ports
{
    /// <summary>
    /// What the broker said in its CONNACK beyond "accepted" (MQTT 5.0 §3.2.2.3). On 3.1.1 only
    /// <see cref="ProtocolVersion"/> is set; the limits stay "none". Core obeys them: never send a packet larger
    /// than <see cref="MaximumPacketSize"/>, never have more than <see cref="ReceiveMaximum"/> QoS 1 in flight.
    /// </summary>
    public sealed class ConnackInfo
    {
        /// <summary>4 for MQTT 3.1.1, 5 for MQTT 5.</summary>
        public int ProtocolVersion = 4;
        /// <summary>Largest packet the broker accepts in bytes, or 0 when it set no limit.</summary>
        public int MaximumPacketSize;
        /// <summary>Most QoS 1/2 publishes the broker will process at once, or 0 when it set none (65,535).</summary>
        public int ReceiveMaximum;
        /// <summary>Keepalive the broker imposes in seconds, or -1 when it kept the client's.</summary>
        public int ServerKeepAliveSeconds = -1;
    }
}
