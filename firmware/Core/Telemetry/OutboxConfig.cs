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
        /// <summary>Held messages reach flash (appended to the journal) at most this long after they were
        /// accepted, so a crash loses at most this much; 0 disables persistence. A healthy link delivers
        /// within milliseconds and causes no writes.</summary>
        public int PersistIntervalMs = 4000;
        /// <summary>The journal is compacted into one snapshot once it is this large (bounds flash use and
        /// the time to replay at boot).</summary>
        public int CompactAfterBytes = 16384;

        /// <summary>Largest <see cref="MaxBytes"/>: what a board could ever hold in RAM and on its flash partition.</summary>
        public const int MaxBytesLimit = 16777216;

        /// <summary>Null when valid, else "outbox.key: problem".</summary>
        public string Validate()
        {
            if (MaxMessages < 1 || MaxMessages > 1000000) return "outbox.max_messages: must be 1..1000000";
            if (MaxBytes < 1024 || MaxBytes > MaxBytesLimit) return "outbox.max_bytes: must be 1024..16777216";
            if (MaxAgeMs < 1000 || MaxAgeMs > 31L * 86400000) return "outbox.max_age_ms: must be 1000..2678400000 (31 days)";
            if (FlushPerSecond < 1 || FlushPerSecond > 1000) return "outbox.flush_per_second: must be 1..1000";
            if (FlushBurst < 1 || FlushBurst > 1000) return "outbox.flush_burst: must be 1..1000";
            // Under a second wears flash for nothing; over five breaks the promise "a crash loses at most the
            // last 5 s" (issue 12) unless the user means it, so allow up to an hour but not nonsense.
            if (PersistIntervalMs != 0 && (PersistIntervalMs < 1000 || PersistIntervalMs > 3600000)) return "outbox.persist_interval_ms: must be 0 (off) or 1000..3600000";
            if (CompactAfterBytes < 1024 || CompactAfterBytes > MaxBytesLimit) return "outbox.compact_after_bytes: must be 1024..16777216";
            return null;
        }
    }
}
