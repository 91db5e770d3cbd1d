using NodeMqtt.Diagnostics;

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
        /// <summary>Upper bound of the full-jitter retry when the broker is not listening (TCP refused): uniform in
        /// [floor, this], 1,050 ms on average with the defaults (issue 12: at most 1 attempt/s per node; 1,000 ms measured 1.07/s).</summary>
        public int RefusedRetryMaxMs = 2000;
        /// <summary>Cap of the exponential backoff after a transient failure (lost session, refused or timed-out
        /// connect): a path that works again waits at most this long (issue 12: working-path idle ≤ 15 s).</summary>
        public int TransientCapMs = 10000;
        /// <summary>Least delay of the safety retry while the network is known down.</summary>
        public int NetworkSafetyMinMs = 5000;
        /// <summary>Largest delay of the safety retry while the stack finds no route and the link still reports up.</summary>
        public int NetworkSafetyMaxMs = 15000;
        /// <summary>A close by the peer within this long after CONNACK is a quick kick: counted in diag, and worth
        /// double toward a takeover verdict (at most 10 s, so a schedule's closes, 20 s apart at least, never are).</summary>
        public int TakeoverKickWindowMs = Verdicts.TakeoverQuickMs;
        /// <summary>Unexplained quick kicks within <see cref="TakeoverWindowMs"/> that name a takeover on MQTT 3.1.1,
        /// where the broker gives no reason; a slower unexplained close counts half.</summary>
        public int TakeoverKicks = Verdicts.TakeoverQuickCloses;
        /// <summary>Window for counting unexplained closes toward a takeover.</summary>
        public int TakeoverWindowMs = Verdicts.TakeoverWindowMs;
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
        /// <summary>No retry is scheduled sooner than this, whatever the jitter draws (no tight loop).</summary>
        public int BackoffFloorMs = 100;
        /// <summary>How long into a broker-absent outage (TCP refused) the short schedule applies; after it the
        /// exponential schedule takes over so a broker down for long sees no tight loop (S06). Three minutes
        /// covers an ordinary restart or upgrade (S04 measures a 60 s one): a refused connect costs the broker
        /// nothing, the kernel answers it, while a late return after the broker is back costs readings.</summary>
        public int RefusedShortWindowMs = 180000;
        /// <summary>Least delay after a not-authorised CONNACK; doubles per repeat up to <see cref="AuthBackoffCapMs"/> (S22).</summary>
        public int AuthBackoffMs = 60000;
        /// <summary>Cap of the not-authorised backoff.</summary>
        public int AuthBackoffCapMs = 600000;
        /// <summary>A takeover diagnosis clears only after a session stayed up this long (longer than the stable period).</summary>
        public int TakeoverClearAfterMs = 600000;
        /// <summary>Largest random delay before the first attempt after the link came up.</summary>
        public int LinkUpJitterMs = 500;
        /// <summary>Publishes within this long before a drop are reported with it (burst pattern).</summary>
        public int BurstWindowMs = 5000;

        /// <summary>Null when valid, else "supervisor.key: problem".</summary>
        public string Validate()
        {
            if (ProbePeriodMs < 1000) return "supervisor.probe_period_ms: must be at least 1000";
            if (ProbeDeadlineMs < 100 || ProbeDeadlineMs >= ProbePeriodMs) return "supervisor.probe_deadline_ms: must be 100..probe_period_ms";
            if (BackoffBaseMs < 100) return "supervisor.backoff_base_ms: must be at least 100";
            if (BackoffCapMs < BackoffBaseMs) return "supervisor.backoff_cap_ms: must be at least backoff_base_ms";
            if (MaxInflight < 1 || MaxInflight > 100) return "supervisor.max_inflight: must be 1..100";
            if (RebootAfterMs < 0) return "supervisor.reboot_after_ms: must be 0 (off) or more";
            if (StableAfterMs < 1000) return "supervisor.stable_after_ms: must be at least 1000";
            if (RefusedRetryMaxMs < 100 || RefusedRetryMaxMs > BackoffCapMs) return "supervisor.refused_retry_max_ms: must be 100..backoff_cap_ms";
            if (TakeoverKicks < 1 || TakeoverKicks > 5) return "supervisor.takeover_kicks: must be 1..5";
            if (TakeoverKickWindowMs < 1000 || TakeoverKickWindowMs > Verdicts.TakeoverQuickMs) return "supervisor.takeover_kick_window_ms: must be 1000..10000";
            if (TakeoverWindowMs < 60000 || TakeoverWindowMs > 3600000) return "supervisor.takeover_window_ms: must be 60000..3600000";
            if (TakeoverBackoffMs < 1000) return "supervisor.takeover_backoff_ms: must be at least 1000";
            if (TakeoverClearAfterMs < StableAfterMs) return "supervisor.takeover_clear_after_ms: must be at least stable_after_ms";
            if (WifiReconnectAfterFailures < 1) return "supervisor.wifi_reconnect_after_failures: must be at least 1";
            if (WifiReconnectAfterMs < 1000) return "supervisor.wifi_reconnect_after_ms: must be at least 1000";
            if (RebootAfterMs != 0 && RebootAfterMs <= WifiReconnectAfterMs) return "supervisor.reboot_after_ms: must be 0 (off) or more than wifi_reconnect_after_ms";
            if (MaxRebootsPerHour < 0) return "supervisor.max_reboots_per_hour: must be 0 or more";
            if (BackoffFloorMs < 10 || BackoffFloorMs > BackoffBaseMs) return "supervisor.backoff_floor_ms: must be 10..backoff_base_ms";
            if (RefusedShortWindowMs < 0) return "supervisor.refused_short_window_ms: must be 0 or more";
            if (AuthBackoffMs < 1000 || AuthBackoffCapMs < AuthBackoffMs) return "supervisor.auth_backoff_ms: must be at least 1000 and at most auth_backoff_cap_ms";
            if (LinkUpJitterMs < 0) return "supervisor.link_up_jitter_ms: must be 0 or more";
            if (TransientCapMs < BackoffBaseMs || TransientCapMs > BackoffCapMs) return "supervisor.transient_cap_ms: must be backoff_base_ms..backoff_cap_ms";
            if (NetworkSafetyMinMs < 1000 || NetworkSafetyMaxMs < NetworkSafetyMinMs) return "supervisor.network_safety_min_ms: must be at least 1000 and at most network_safety_max_ms";
            if (BurstWindowMs < 100) return "supervisor.burst_window_ms: must be at least 100";
            return null;
        }
    }
}
