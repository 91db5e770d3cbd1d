namespace NodeMqtt
{
    /// <summary>
    /// The one table of configuration keys (<c>section.key</c>, snake_case): every way a setting arrives as
    /// text goes through <see cref="TrySet"/> — the device's config file, the <c>set</c> command, the virtual
    /// board's <c>--set</c> and JSON file, the setup page. A value is parsed by the key's type, assigned, and the
    /// section's own rules are checked; a refused value leaves the setting as it was. Errors are one line,
    /// start with the key and never contain a secret's value (issue 12: config errors echoed passwords).
    /// </summary>
    public static partial class NodeConfigKeys
    {
        /// <summary>Longest piece of a refused (non-secret) value echoed in an error.</summary>
        public const int EchoMaxChars = 32;

        /// <summary>Every key, in documentation order.</summary>
        public static readonly string[] Names = new string[]
        {
            "node_id",
            "mqtt.host", "mqtt.port", "mqtt.tls", "mqtt.tls_ca_file", "mqtt.username", "mqtt.password",
            "mqtt.client_id", "mqtt.keep_alive_seconds", "mqtt.clean_session", "mqtt.connect_timeout_ms", "mqtt.protocol",
            "meter.protocol", "meter.max_telegram_bytes", "meter.receive_timeout_ms", "meter.silence_timeout_ms", "meter.key", "meter.auth_key", "meter.baud", "meter.parity",
            "supervisor.probe_period_ms", "supervisor.probe_deadline_ms", "supervisor.backoff_base_ms", "supervisor.backoff_cap_ms",
            "supervisor.stable_after_ms", "supervisor.refused_retry_max_ms", "supervisor.transient_cap_ms", "supervisor.network_safety_min_ms", "supervisor.network_safety_max_ms", "supervisor.takeover_kick_window_ms",
            "supervisor.takeover_kicks", "supervisor.takeover_window_ms", "supervisor.takeover_backoff_ms",
            "supervisor.wifi_reconnect_after_failures", "supervisor.wifi_reconnect_after_ms", "supervisor.reboot_after_ms",
            "supervisor.max_reboots_per_hour", "supervisor.max_inflight", "supervisor.backoff_floor_ms",
            "supervisor.refused_short_window_ms", "supervisor.auth_backoff_ms", "supervisor.auth_backoff_cap_ms",
            "supervisor.takeover_clear_after_ms", "supervisor.link_up_jitter_ms", "supervisor.burst_window_ms",
            "telemetry.profile", "telemetry.topic_prefix", "telemetry.per_field_topics", "telemetry.min_interval_ms",
            "telemetry.max_interval_ms", "telemetry.qos", "telemetry.history_mode", "telemetry.command_max_bytes", "telemetry.health_interval_ms",
            "telemetry.commands_per_minute", "telemetry.command_burst",
            "outbox.max_messages", "outbox.max_bytes", "outbox.max_age_ms", "outbox.flush_per_second", "outbox.flush_burst",
            "outbox.persist_interval_ms", "outbox.compact_after_bytes",
        };

        /// <summary>
        /// Sets <paramref name="key"/> from <paramref name="value"/>. Returns null when applied, else one line
        /// "key: problem" (the setting is unchanged). Rules that tie two keys together (min ≤ max) are left to
        /// <see cref="NodeConfig.Validate"/> after the last key, so the order of keys in a file does not matter.
        /// </summary>
        public static string TrySet(NodeConfig config, string key, string value)
        {
            if (config == null || key == null || key.Length == 0) return "config: empty key";
            if (value == null) value = string.Empty;
            string old = Get(config, key);
            if (old == Unknown) return key + ": unknown key" + Suggest(key);
            string error = Assign(config, key, value);
            if (error != null) return error;
            string rule = SectionProblem(config, key);
            if (rule == null) return null;
            Assign(config, key, old == null ? string.Empty : old);
            // Section rules name the key and the bound, never the value, so this is safe for secrets too.
            return rule;
        }

        /// <summary>True when the key holds a secret whose value must never be shown: passwords, tokens and
        /// keys, including keys other sections add later (<c>meter.key</c>, <c>meter.auth_key</c>,
        /// <c>setup.admin_password</c>): any last part named or ending in password, token, secret or key; and
        /// <c>mqtt.username</c>, which is the device token with ThingsBoard.</summary>
        public static bool IsSecret(string key)
        {
            if (key == null) return false;
            if (key == "mqtt.username") return true;
            int dot = key.LastIndexOf('.');
            string last = dot < 0 ? key : key.Substring(dot + 1);
            return EndsWith(last, "password") || EndsWith(last, "token") || EndsWith(last, "secret") || last == "key" || EndsWith(last, "_key");
        }

        /// <summary>A value as it may be shown in an error or a page: secrets become <c>(hidden)</c>, others
        /// are cut to <see cref="EchoMaxChars"/> with control characters shown as '?'.</summary>
        public static string Shown(string key, string value)
        {
            if (IsSecret(key)) return "(hidden)";
            if (value == null) return "null";
            int n = value.Length <= EchoMaxChars ? value.Length : EchoMaxChars;
            char[] chars = new char[n];
            for (int i = 0; i < n; i++)
            {
                char c = value[i];
                chars[i] = c < ' ' || c == (char)0x7F ? '?' : c;
            }

            string s = new string(chars);
            return value.Length <= EchoMaxChars ? s : s + "...";
        }

        private static string SectionProblem(NodeConfig c, string key)
        {
            string e;
            if (key == "node_id") e = c.Validate();
            else if (StartsWith(key, "mqtt.")) e = c.Mqtt.Validate();
            else if (StartsWith(key, "meter.")) e = c.Meter.Validate();
            else if (StartsWith(key, "supervisor.")) e = c.Supervisor.Validate();
            else if (StartsWith(key, "telemetry.")) e = c.Telemetry.Validate();
            else e = c.Outbox.Validate();
            // Only a problem with this very key refuses it; another key's problem is reported by Validate later.
            if (e == null || !StartsWith(e, key + ":")) return null;
            return e;
        }

        private static string Suggest(string key)
        {
            string best = null;
            int bestDistance = 4;
            for (int i = 0; i < Names.Length; i++)
            {
                int d = Distance(Names[i], key);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = Names[i];
                }
            }

            return best == null ? string.Empty : " (did you mean '" + best + "'?)";
        }

        private static int Distance(string a, string b)
        {
            if (a.Length > 64 || b.Length > 64) return 99;
            int[] prev = new int[b.Length + 1];
            int[] cur = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) prev[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int best = prev[j] + 1;
                    if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
                    if (prev[j - 1] + cost < best) best = prev[j - 1] + cost;
                    cur[j] = best;
                }

                int[] t = prev;
                prev = cur;
                cur = t;
            }

            return prev[b.Length];
        }

        internal static bool StartsWith(string s, string prefix)
        {
            return s.Length >= prefix.Length && s.Substring(0, prefix.Length) == prefix;
        }

        private static bool EndsWith(string s, string suffix)
        {
            return s.Length >= suffix.Length && s.Substring(s.Length - suffix.Length) == suffix;
        }
    }
}
