namespace NodeMqtt.Telemetry
{
    /// <summary>Offline outbox bounds and persistence (config section <c>outbox</c>); defaults sized for an ESP32.</summary>
    public sealed class OutboxConfig
    {
        /// <summary>Most messages held.</summary>
        public int MaxMessages = 512;
        /// <summary>Most payload + topic bytes held.</summary>
        public int MaxBytes = 65536;
        /// <summary>Messages older than this are dropped (counted).</summary>
        public long MaxAgeMs = 86400000;
        /// <summary>Flush rate after reconnect (token bucket refill).</summary>
        public int FlushPerSecond = 20;
        /// <summary>Token bucket size.</summary>
        public int FlushBurst = 20;
        /// <summary>Persist at most this often while offline; 0 disables persistence.</summary>
        public int PersistIntervalMs = 30000;

        /// <summary>Null when valid, else "outbox.key: problem".</summary>
        public string Validate()
        {
            if (MaxMessages < 1 || MaxMessages > 1000000) return "outbox.max_messages: must be 1..1000000";
            if (MaxBytes < 1024) return "outbox.max_bytes: must be at least 1024";
            if (MaxAgeMs < 1000) return "outbox.max_age_ms: must be at least 1000";
            if (FlushPerSecond < 1) return "outbox.flush_per_second: must be at least 1";
            if (FlushBurst < 1) return "outbox.flush_burst: must be at least 1";
            if (PersistIntervalMs < 0) return "outbox.persist_interval_ms: must be 0 (off) or more";
            return null;
        }
    }
}
