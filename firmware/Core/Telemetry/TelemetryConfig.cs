namespace NodeMqtt.Telemetry
{
    /// <summary>Topics, payloads and publishing policy (config section <c>telemetry</c>).</summary>
    public sealed class TelemetryConfig
    {
        /// <summary><c>generic</c>, <c>homeassistant</c> or <c>thingsboard</c>.</summary>
        public string Profile = "generic";
        /// <summary>First topic level for the generic and Home Assistant profiles.</summary>
        public string TopicPrefix = "nodemqtt";
        /// <summary>Also publish one topic per field.</summary>
        public bool PerFieldTopics;
        /// <summary>Never publish a field more often than this.</summary>
        public int MinIntervalMs = 0;
        /// <summary>Publish a field at least this often even when unchanged.</summary>
        public int MaxIntervalMs = 300000;
        /// <summary>QoS for telemetry.</summary>
        public int Qos = 1;
        /// <summary>Keep every reading while offline (in order) instead of only the latest state.</summary>
        public bool HistoryMode;
        /// <summary>The node-health document (Home Assistant diagnostic sensors, ThingsBoard attributes) is
        /// published at least this often; for ThingsBoard it is also the liveness signal.</summary>
        public int HealthIntervalMs = 60000;
        /// <summary>Inbound command payloads larger than this are refused unparsed.</summary>
        public int CommandMaxBytes = 1024;

        /// <summary>Null when valid, else "telemetry.key: problem".</summary>
        public string Validate()
        {
            if (Profile != "generic" && Profile != "homeassistant" && Profile != "thingsboard") return "telemetry.profile: must be generic, homeassistant or thingsboard";
            if (TopicPrefix == null || TopicPrefix.Length == 0 || TopicPrefix.IndexOf('#') >= 0 || TopicPrefix.IndexOf('+') >= 0) return "telemetry.topic_prefix: must be a non-empty topic without wildcards";
            if (MinIntervalMs < 0) return "telemetry.min_interval_ms: must not be negative";
            if (MaxIntervalMs < MinIntervalMs) return "telemetry.max_interval_ms: must be at least min_interval_ms";
            if (Qos < 0 || Qos > 1) return "telemetry.qos: must be 0 or 1";
            if (HealthIntervalMs < 5000 || HealthIntervalMs > 3600000) return "telemetry.health_interval_ms: must be 5000..3600000";
            if (CommandMaxBytes < 16 || CommandMaxBytes > 65536) return "telemetry.command_max_bytes: must be 16..65536";
            return null;
        }
    }
}
