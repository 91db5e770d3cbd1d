namespace NodeMqtt.Supervision
{
    /// <summary>Link supervision settings (config section <c>supervisor</c>). Defaults from issue 5.</summary>
    public sealed class SupervisorConfig
    {
        /// <summary>Health probe period; a probe is skipped when a QoS 1 ack arrived within it.</summary>
        public int ProbePeriodMs = 15000;
        /// <summary>How long a probe may wait for its PUBACK.</summary>
        public int ProbeDeadlineMs = 5000;
        /// <summary>Backoff base (first retry bound).</summary>
        public int BackoffBaseMs = 1000;
        /// <summary>Backoff cap.</summary>
        public int BackoffCapMs = 120000;
        /// <summary>A session must stay up this long before the backoff resets.</summary>
        public int StableAfterMs = 30000;
        /// <summary>Retry bound when the broker is not listening (TCP refused): short, jittered.</summary>
        public int RefusedRetryMaxMs = 1000;
        /// <summary>A close by the peer within this long after CONNACK counts as a quick kick.</summary>
        public int TakeoverKickWindowMs = 10000;
        /// <summary>Quick kicks within <see cref="TakeoverWindowMs"/> that diagnose a takeover.</summary>
        public int TakeoverKicks = 3;
        /// <summary>Window for counting quick kicks.</summary>
        public int TakeoverWindowMs = 300000;
        /// <summary>Backoff used once a takeover is diagnosed; it does not reset.</summary>
        public int TakeoverBackoffMs = 60000;
        /// <summary>Consecutive failed attempts (link up) before a Wi-Fi reconnect.</summary>
        public int WifiReconnectAfterFailures = 10;
        /// <summary>Time offline before a Wi-Fi reconnect.</summary>
        public int WifiReconnectAfterMs = 300000;
        /// <summary>Time offline before a reboot; 0 disables.</summary>
        public int RebootAfterMs = 1800000;
        /// <summary>Most reboots per hour for link reasons.</summary>
        public int MaxRebootsPerHour = 3;
        /// <summary>Most QoS 1 messages in flight at once.</summary>
        public int MaxInflight = 10;

        /// <summary>Null when valid, else "supervisor.key: problem".</summary>
        public string Validate()
        {
            if (ProbePeriodMs < 1000) return "supervisor.probe_period_ms: must be at least 1000";
            if (ProbeDeadlineMs < 100 || ProbeDeadlineMs >= ProbePeriodMs) return "supervisor.probe_deadline_ms: must be 100..probe_period_ms";
            if (BackoffBaseMs < 100) return "supervisor.backoff_base_ms: must be at least 100";
            if (BackoffCapMs < BackoffBaseMs) return "supervisor.backoff_cap_ms: must be at least backoff_base_ms";
            if (MaxInflight < 1 || MaxInflight > 100) return "supervisor.max_inflight: must be 1..100";
            if (RebootAfterMs < 0) return "supervisor.reboot_after_ms: must be 0 (off) or more";
            return null;
        }
    }
}
