namespace NodeMqtt
{
    public static partial class NodeConfigKeys
    {
        /// <summary>What <see cref="Get"/> returns for a key that is not in the table.</summary>
        public const string Unknown = "\u0000unknown";

        /// <summary>The current value of <paramref name="key"/> as text (null for an unset optional text,
        /// <see cref="Unknown"/> for a key not in the table). Secrets are returned as they are: show them
        /// through <see cref="Shown"/>.</summary>
        public static string Get(NodeConfig c, string key)
        {
            switch (key)
            {
                case "node_id": return c.NodeId;
                case "mqtt.host": return c.Mqtt.Host;
                case "mqtt.port": return c.Mqtt.Port.ToString();
                case "mqtt.tls": return c.Mqtt.Tls ? "true" : "false";
                case "mqtt.tls_ca_file": return c.Mqtt.TlsCaFile;
                case "mqtt.username": return c.Mqtt.Username;
                case "mqtt.password": return c.Mqtt.Password;
                case "mqtt.client_id": return c.Mqtt.ClientId;
                case "mqtt.keep_alive_seconds": return c.Mqtt.KeepAliveSeconds.ToString();
                case "mqtt.clean_session": return c.Mqtt.CleanSession ? "true" : "false";
                case "mqtt.connect_timeout_ms": return c.Mqtt.ConnectTimeoutMs.ToString();
                case "mqtt.protocol": return c.Mqtt.Protocol;
                case "meter.protocol": return c.Meter.Protocol;
                case "meter.max_telegram_bytes": return c.Meter.MaxTelegramBytes.ToString();
                case "meter.receive_timeout_ms": return c.Meter.ReceiveTimeoutMs.ToString();
                case "meter.silence_timeout_ms": return c.Meter.SilenceTimeoutMs.ToString();
                case "meter.key": return c.Meter.Key;
                case "meter.auth_key": return c.Meter.AuthKey;
                case "meter.baud": return c.Meter.Baud.ToString();
                case "meter.parity": return c.Meter.Parity;
                case "supervisor.probe_period_ms": return c.Supervisor.ProbePeriodMs.ToString();
                case "supervisor.probe_deadline_ms": return c.Supervisor.ProbeDeadlineMs.ToString();
                case "supervisor.backoff_base_ms": return c.Supervisor.BackoffBaseMs.ToString();
                case "supervisor.backoff_cap_ms": return c.Supervisor.BackoffCapMs.ToString();
                case "supervisor.stable_after_ms": return c.Supervisor.StableAfterMs.ToString();
                case "supervisor.refused_retry_max_ms": return c.Supervisor.RefusedRetryMaxMs.ToString();
                case "supervisor.transient_cap_ms": return c.Supervisor.TransientCapMs.ToString();
                case "supervisor.network_safety_min_ms": return c.Supervisor.NetworkSafetyMinMs.ToString();
                case "supervisor.network_safety_max_ms": return c.Supervisor.NetworkSafetyMaxMs.ToString();
                case "supervisor.takeover_kick_window_ms": return c.Supervisor.TakeoverKickWindowMs.ToString();
                case "supervisor.takeover_kicks": return c.Supervisor.TakeoverKicks.ToString();
                case "supervisor.takeover_window_ms": return c.Supervisor.TakeoverWindowMs.ToString();
                case "supervisor.takeover_backoff_ms": return c.Supervisor.TakeoverBackoffMs.ToString();
                case "supervisor.wifi_reconnect_after_failures": return c.Supervisor.WifiReconnectAfterFailures.ToString();
                case "supervisor.wifi_reconnect_after_ms": return c.Supervisor.WifiReconnectAfterMs.ToString();
                case "supervisor.reboot_after_ms": return c.Supervisor.RebootAfterMs.ToString();
                case "supervisor.max_reboots_per_hour": return c.Supervisor.MaxRebootsPerHour.ToString();
                case "supervisor.max_inflight": return c.Supervisor.MaxInflight.ToString();
                case "supervisor.backoff_floor_ms": return c.Supervisor.BackoffFloorMs.ToString();
                case "supervisor.refused_short_window_ms": return c.Supervisor.RefusedShortWindowMs.ToString();
                case "supervisor.auth_backoff_ms": return c.Supervisor.AuthBackoffMs.ToString();
                case "supervisor.auth_backoff_cap_ms": return c.Supervisor.AuthBackoffCapMs.ToString();
                case "supervisor.takeover_clear_after_ms": return c.Supervisor.TakeoverClearAfterMs.ToString();
                case "supervisor.link_up_jitter_ms": return c.Supervisor.LinkUpJitterMs.ToString();
                case "supervisor.burst_window_ms": return c.Supervisor.BurstWindowMs.ToString();
                case "telemetry.profile": return c.Telemetry.Profile;
                case "telemetry.topic_prefix": return c.Telemetry.TopicPrefix;
                case "telemetry.per_field_topics": return c.Telemetry.PerFieldTopics ? "true" : "false";
                case "telemetry.min_interval_ms": return c.Telemetry.MinIntervalMs.ToString();
                case "telemetry.max_interval_ms": return c.Telemetry.MaxIntervalMs.ToString();
                case "telemetry.qos": return c.Telemetry.Qos.ToString();
                case "telemetry.history_mode": return c.Telemetry.HistoryMode ? "true" : "false";
                case "telemetry.command_max_bytes": return c.Telemetry.CommandMaxBytes.ToString();
                case "telemetry.health_interval_ms": return c.Telemetry.HealthIntervalMs.ToString();
                case "telemetry.commands_per_minute": return c.Telemetry.CommandsPerMinute.ToString();
                case "telemetry.command_burst": return c.Telemetry.CommandBurst.ToString();
                case "outbox.max_messages": return c.Outbox.MaxMessages.ToString();
                case "outbox.max_bytes": return c.Outbox.MaxBytes.ToString();
                case "outbox.max_age_ms": return c.Outbox.MaxAgeMs.ToString();
                case "outbox.flush_per_second": return c.Outbox.FlushPerSecond.ToString();
                case "outbox.flush_burst": return c.Outbox.FlushBurst.ToString();
                case "outbox.persist_interval_ms": return c.Outbox.PersistIntervalMs.ToString();
                case "outbox.compact_after_bytes": return c.Outbox.CompactAfterBytes.ToString();
                default: return Unknown;
            }
        }

        // Parses and assigns one key; a parse error changes nothing. Rules are checked by the caller.
        private static string Assign(NodeConfig c, string key, string v)
        {
            string e;
            long n;
            bool flag;
            switch (key)
            {
                case "node_id": c.NodeId = v.Length == 0 ? null : v; return null;
                case "mqtt.host": c.Mqtt.Host = v; return null;
                case "mqtt.port": e = Int(key, v, out n); if (e == null) c.Mqtt.Port = (int)n; return e;
                case "mqtt.tls": e = Bool(key, v, out flag); if (e == null) c.Mqtt.Tls = flag; return e;
                case "mqtt.tls_ca_file": c.Mqtt.TlsCaFile = v.Length == 0 ? null : v; return null;
                case "mqtt.username": c.Mqtt.Username = v.Length == 0 ? null : v; return null;
                case "mqtt.password": c.Mqtt.Password = v.Length == 0 ? null : v; return null;
                case "mqtt.client_id": c.Mqtt.ClientId = v.Length == 0 ? null : v; return null;
                case "mqtt.keep_alive_seconds": e = Int(key, v, out n); if (e == null) c.Mqtt.KeepAliveSeconds = (int)n; return e;
                case "mqtt.clean_session": e = Bool(key, v, out flag); if (e == null) c.Mqtt.CleanSession = flag; return e;
                case "mqtt.connect_timeout_ms": e = Int(key, v, out n); if (e == null) c.Mqtt.ConnectTimeoutMs = (int)n; return e;
                case "mqtt.protocol": c.Mqtt.Protocol = v; return null;
                case "meter.protocol": c.Meter.Protocol = v; return null;
                case "meter.max_telegram_bytes": e = Int(key, v, out n); if (e == null) c.Meter.MaxTelegramBytes = (int)n; return e;
                case "meter.receive_timeout_ms": e = Int(key, v, out n); if (e == null) c.Meter.ReceiveTimeoutMs = (int)n; return e;
                case "meter.silence_timeout_ms": e = Int(key, v, out n); if (e == null) c.Meter.SilenceTimeoutMs = (int)n; return e;
                case "meter.key": c.Meter.Key = v.Length == 0 ? null : v; return null;
                case "meter.auth_key": c.Meter.AuthKey = v.Length == 0 ? null : v; return null;
                case "meter.baud": e = Int(key, v, out n); if (e == null) c.Meter.Baud = (int)n; return e;
                case "meter.parity": c.Meter.Parity = v.Length == 0 ? null : v; return null;
                case "supervisor.probe_period_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.ProbePeriodMs = (int)n; return e;
                case "supervisor.probe_deadline_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.ProbeDeadlineMs = (int)n; return e;
                case "supervisor.backoff_base_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.BackoffBaseMs = (int)n; return e;
                case "supervisor.backoff_cap_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.BackoffCapMs = (int)n; return e;
                case "supervisor.stable_after_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.StableAfterMs = (int)n; return e;
                case "supervisor.refused_retry_max_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.RefusedRetryMaxMs = (int)n; return e;
                case "supervisor.transient_cap_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.TransientCapMs = (int)n; return e;
                case "supervisor.network_safety_min_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.NetworkSafetyMinMs = (int)n; return e;
                case "supervisor.network_safety_max_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.NetworkSafetyMaxMs = (int)n; return e;
                case "supervisor.takeover_kick_window_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.TakeoverKickWindowMs = (int)n; return e;
                case "supervisor.takeover_kicks": e = Int(key, v, out n); if (e == null) c.Supervisor.TakeoverKicks = (int)n; return e;
                case "supervisor.takeover_window_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.TakeoverWindowMs = (int)n; return e;
                case "supervisor.takeover_backoff_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.TakeoverBackoffMs = (int)n; return e;
                case "supervisor.wifi_reconnect_after_failures": e = Int(key, v, out n); if (e == null) c.Supervisor.WifiReconnectAfterFailures = (int)n; return e;
                case "supervisor.wifi_reconnect_after_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.WifiReconnectAfterMs = (int)n; return e;
                case "supervisor.reboot_after_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.RebootAfterMs = (int)n; return e;
                case "supervisor.max_reboots_per_hour": e = Int(key, v, out n); if (e == null) c.Supervisor.MaxRebootsPerHour = (int)n; return e;
                case "supervisor.max_inflight": e = Int(key, v, out n); if (e == null) c.Supervisor.MaxInflight = (int)n; return e;
                case "supervisor.backoff_floor_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.BackoffFloorMs = (int)n; return e;
                case "supervisor.refused_short_window_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.RefusedShortWindowMs = (int)n; return e;
                case "supervisor.auth_backoff_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.AuthBackoffMs = (int)n; return e;
                case "supervisor.auth_backoff_cap_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.AuthBackoffCapMs = (int)n; return e;
                case "supervisor.takeover_clear_after_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.TakeoverClearAfterMs = (int)n; return e;
                case "supervisor.link_up_jitter_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.LinkUpJitterMs = (int)n; return e;
                case "supervisor.burst_window_ms": e = Int(key, v, out n); if (e == null) c.Supervisor.BurstWindowMs = (int)n; return e;
                case "telemetry.profile": c.Telemetry.Profile = v; return null;
                case "telemetry.topic_prefix": c.Telemetry.TopicPrefix = v; return null;
                case "telemetry.per_field_topics": e = Bool(key, v, out flag); if (e == null) c.Telemetry.PerFieldTopics = flag; return e;
                case "telemetry.min_interval_ms": e = Int(key, v, out n); if (e == null) c.Telemetry.MinIntervalMs = (int)n; return e;
                case "telemetry.max_interval_ms": e = Int(key, v, out n); if (e == null) c.Telemetry.MaxIntervalMs = (int)n; return e;
                case "telemetry.qos": e = Int(key, v, out n); if (e == null) c.Telemetry.Qos = (int)n; return e;
                case "telemetry.history_mode": e = Bool(key, v, out flag); if (e == null) c.Telemetry.HistoryMode = flag; return e;
                case "telemetry.command_max_bytes": e = Int(key, v, out n); if (e == null) c.Telemetry.CommandMaxBytes = (int)n; return e;
                case "telemetry.health_interval_ms": e = Int(key, v, out n); if (e == null) c.Telemetry.HealthIntervalMs = (int)n; return e;
                case "telemetry.commands_per_minute": e = Int(key, v, out n); if (e == null) c.Telemetry.CommandsPerMinute = (int)n; return e;
                case "telemetry.command_burst": e = Int(key, v, out n); if (e == null) c.Telemetry.CommandBurst = (int)n; return e;
                case "outbox.max_messages": e = Int(key, v, out n); if (e == null) c.Outbox.MaxMessages = (int)n; return e;
                case "outbox.max_bytes": e = Int(key, v, out n); if (e == null) c.Outbox.MaxBytes = (int)n; return e;
                case "outbox.max_age_ms": e = Long(key, v, out n); if (e == null) c.Outbox.MaxAgeMs = n; return e;
                case "outbox.flush_per_second": e = Int(key, v, out n); if (e == null) c.Outbox.FlushPerSecond = (int)n; return e;
                case "outbox.flush_burst": e = Int(key, v, out n); if (e == null) c.Outbox.FlushBurst = (int)n; return e;
                case "outbox.persist_interval_ms": e = Int(key, v, out n); if (e == null) c.Outbox.PersistIntervalMs = (int)n; return e;
                case "outbox.compact_after_bytes": e = Int(key, v, out n); if (e == null) c.Outbox.CompactAfterBytes = (int)n; return e;
                default: return key + ": unknown key";
            }
        }
    }
}
