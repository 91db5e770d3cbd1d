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
        /// <summary>Commands carried out per minute on average; more are counted and dropped unanswered, so a
        /// flood can never displace readings (issue 12: 30 commands/s evicted a third of them).</summary>
        public int CommandsPerMinute = 60;
        /// <summary>Commands allowed at once above the average rate (token bucket size).</summary>
        public int CommandBurst = 5;

        /// <summary>Longest topic prefix: the topics built on it must stay short enough for a device.</summary>
        public const int MaxTopicPrefixBytes = 128;

        /// <summary>Null when valid, else "telemetry.key: problem".</summary>
        public string Validate()
        {
            if (Profile != "generic" && Profile != "homeassistant" && Profile != "thingsboard") return "telemetry.profile: must be generic, homeassistant or thingsboard";
            string e = MqttText.TopicPrefixProblem(TopicPrefix, MaxTopicPrefixBytes);
            if (e != null) return "telemetry.topic_prefix: " + e;
            if (MinIntervalMs < 0 || MinIntervalMs > 3600000) return "telemetry.min_interval_ms: must be 0..3600000";
            if (MaxIntervalMs < 1000 || MaxIntervalMs > 86400000) return "telemetry.max_interval_ms: must be 1000..86400000";
            if (MaxIntervalMs < MinIntervalMs) return "telemetry.max_interval_ms: must be at least min_interval_ms";
            if (Qos < 0 || Qos > 1) return "telemetry.qos: must be 0 or 1";
            if (HealthIntervalMs < 5000 || HealthIntervalMs > 3600000) return "telemetry.health_interval_ms: must be 5000..3600000";
            if (CommandMaxBytes < 16 || CommandMaxBytes > 65536) return "telemetry.command_max_bytes: must be 16..65536";
            if (CommandsPerMinute < 1 || CommandsPerMinute > 6000) return "telemetry.commands_per_minute: must be 1..6000";
            if (CommandBurst < 1 || CommandBurst > 100) return "telemetry.command_burst: must be 1..100";
            return null;
        }
    }
}
