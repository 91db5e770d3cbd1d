namespace NodeMqtt.Ports
{
    /// <summary>Everything a session needs to connect. Built by the supervisor, read by adapters.</summary>
    public sealed class SessionOptions
    {
        /// <summary>Broker host name or address.</summary>
        public string Host;
        /// <summary>Broker TCP port.</summary>
        public int Port;
        /// <summary>Use TLS.</summary>
        public bool Tls;
        /// <summary>Client identifier; unique and stable per device (FIELD-FACTS.md, the rc 7 story).</summary>
        public string ClientId;
        /// <summary>User name, or null.</summary>
        public string Username;
        /// <summary>Password, or null. Never logged.</summary>
        public string Password;
        /// <summary>Will topic (the node's status topic), or null for no will.</summary>
        public string WillTopic;
        /// <summary>Will payload (retained "offline").</summary>
        public byte[] WillPayload;
        /// <summary>Will QoS.</summary>
        public int WillQos;
        /// <summary>Will retain flag.</summary>
        public bool WillRetain;
        /// <summary>MQTT keepalive in seconds.</summary>
        public int KeepAliveSeconds;
        /// <summary>MQTT clean-session flag.</summary>
        public bool CleanSession;
        /// <summary>How long the adapter may take to reach CONNACK before it reports a timeout.
        /// Core enforces its own deadline as well.</summary>
        public int ConnectTimeoutMs;
        /// <summary>MQTT protocol level to connect with: 5 (MQTT 5) or 4 (MQTT 3.1.1). The supervisor sets it per
        /// attempt (config <c>mqtt.protocol</c>; <c>auto</c> starts with 5 and falls back on a version refusal).</summary>
        public int ProtocolVersion = 4;
        /// <summary>True for <c>mqtt.protocol = auto</c>: a CONNACK refusing MQTT 5 makes the supervisor fall back to 3.1.1.</summary>
        public bool ProtocolAuto;
    }
}
