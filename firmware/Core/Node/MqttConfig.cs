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
        /// <summary>CA certificate (PEM) that signs the broker's certificate: a file on the device's flash
        /// (e.g. <c>I:\ca.pem</c>) or on the host; null = the platform's default store (host only: the
        /// device refuses TLS without one rather than connect unverified).</summary>
        public string TlsCaFile;
        /// <summary>Optional pin: SHA-256 of the broker certificate's public key (SubjectPublicKeyInfo), 64 hex
        /// digits; a broker presenting another key is refused even with a valid chain.</summary>
        public string TlsPinSha256;

        /// <summary>Null when valid, else "key: problem".</summary>
        public string Validate()
        {
            if (Host == null || Host.Length == 0) return "mqtt.host: must not be empty";
            if (Host.Length > 253 || Host.IndexOf(' ') >= 0 || MqttText.StringProblem(Host, 253) != null) return "mqtt.host: must be a host name or address (at most 253 characters, no spaces or control characters)";
            if (Port < 1 || Port > 65535) return "mqtt.port: must be 1..65535";
            if (KeepAliveSeconds < 5 || KeepAliveSeconds > 65535) return "mqtt.keep_alive_seconds: must be 5..65535";
            if (ConnectTimeoutMs < 500) return "mqtt.connect_timeout_ms: must be at least 500";
            if (ClientId != null && (ClientId.Length == 0 || ClientId.Length > 64)) return "mqtt.client_id: must be 1..64 characters";
            string e = MqttText.StringProblem(ClientId, 64);
            if (e != null) return "mqtt.client_id: " + e;
            // Never quote these two: a problem report must not carry the secret (issue 12).
            e = MqttText.StringProblem(Username, MqttText.MaxStringBytes);
            if (e != null) return "mqtt.username: " + e;
            e = MqttText.StringProblem(Password, MqttText.MaxStringBytes);
            if (e != null) return "mqtt.password: " + e;
            e = MqttText.StringProblem(TlsCaFile, 255);
            if (e != null) return "mqtt.tls_ca_file: " + e;
            if (TlsPinSha256 != null && !IsHex(TlsPinSha256, 64)) return "mqtt.tls_pin_sha256: must be 64 hex digits (SHA-256 of the public key)";
            return null;
        }

        private static bool IsHex(string s, int length)
        {
            if (s.Length != length) return false;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            }

            return true;
        }
    }
}
