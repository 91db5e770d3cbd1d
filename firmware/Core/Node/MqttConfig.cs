namespace NodeMqtt
{
    /// <summary>Broker connection settings (config section <c>mqtt</c>).</summary>
    public sealed class MqttConfig
    {
        /// <summary>Broker host name or address.</summary>
        public string Host = "127.0.0.1";
        /// <summary>Broker port.</summary>
        public int Port = 1883;
        /// <summary>Connect with TLS.</summary>
        public bool Tls;
        /// <summary>User name (ThingsBoard: the device token), or null.</summary>
        public string Username;
        /// <summary>Password, or null. Never logged.</summary>
        public string Password;
        /// <summary>Client id; null means <c>nodemqtt-&lt;chip id hex&gt;</c>. Never derive it from the clock.</summary>
        public string ClientId;
        /// <summary>MQTT keepalive.</summary>
        public int KeepAliveSeconds = 30;
        /// <summary>Clean session; false keeps QoS 1 commands queued by the broker while the node is away.</summary>
        public bool CleanSession;
        /// <summary>Deadline for TCP + CONNACK.</summary>
        public int ConnectTimeoutMs = 10000;
        /// <summary>MQTT protocol: <c>auto</c> (MQTT 5 where the broker speaks it, else 3.1.1), <c>5</c> or <c>3.1.1</c>.</summary>
        public string Protocol = "auto";
        /// <summary>CA certificate (PEM) that signs the broker's certificate: a file on the device's flash
        /// (e.g. <c>I:\ca.pem</c>) or on the host; null = the platform's default store (host only: the
        /// device refuses TLS without one rather than connect unverified). To pin a broker, put only its own
        /// CA or self-signed certificate here: neither client library lets the node check the server's key
        /// before the credentials go out, so a key-hash pin could not fail closed.</summary>
        public string TlsCaFile;

        /// <summary>Null when valid, else "key: problem".</summary>
        public string Validate()
        {
            if (Host == null || Host.Length == 0) return "mqtt.host: must not be empty";
            if (Host.Length > 253 || Host.IndexOf(' ') >= 0 || MqttText.StringProblem(Host, 253) != null) return "mqtt.host: must be a host name or address (at most 253 characters, no spaces or control characters)";
            if (Port < 1 || Port > 65535) return "mqtt.port: must be 1..65535";
            if (KeepAliveSeconds < 5 || KeepAliveSeconds > 65535) return "mqtt.keep_alive_seconds: must be 5..65535";
            if (ConnectTimeoutMs < 500) return "mqtt.connect_timeout_ms: must be at least 500";
            if (ClientId != null && (ClientId.Length == 0 || ClientId.Length > 64)) return "mqtt.client_id: must be 1..64 characters";
            if (Protocol != "auto" && Protocol != "5" && Protocol != "3.1.1") return "mqtt.protocol: must be auto, 5 or 3.1.1";
            string e = MqttText.StringProblem(ClientId, 64);
            if (e != null) return "mqtt.client_id: " + e;
            // Never quote these two: a problem report must not carry the secret (issue 12).
            e = MqttText.StringProblem(Username, MqttText.MaxStringBytes);
            if (e != null) return "mqtt.username: " + e;
            e = MqttText.StringProblem(Password, MqttText.MaxStringBytes);
            if (e != null) return "mqtt.password: " + e;
            e = MqttText.StringProblem(TlsCaFile, 255);
            if (e != null) return "mqtt.tls_ca_file: " + e;
            return null;
        }

        /// <summary>The protocol level of the first attempt: 5 for <c>auto</c> and <c>5</c>, 4 for <c>3.1.1</c>.</summary>
        public int FirstProtocolVersion()
        {
            return Protocol == "3.1.1" ? 4 : 5;
        }
    }
}
