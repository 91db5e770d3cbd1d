namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup page's way to set a configuration key from text. It goes through the same rules as the
    /// config file and the <c>set</c> command.
    /// </summary>
    public static class ConfigKeys
    {
        /// <summary>Sets <paramref name="key"/> on <paramref name="config"/>; null, or "key: problem".</summary>
        public static string TrySet(NodeConfig config, string key, string value)
        {
            switch (key)
            {
                case "mqtt.host": config.Mqtt.Host = value; return null;
                case "mqtt.port": return Int(value, key, ref config.Mqtt.Port);
                case "mqtt.tls":
                    if (value == "true") config.Mqtt.Tls = true;
                    else if (value == "false") config.Mqtt.Tls = false;
                    else return key + ": must be true or false";
                    return null;
                case "mqtt.username": config.Mqtt.Username = value.Length == 0 ? null : value; return null;
                case "mqtt.password": config.Mqtt.Password = value.Length == 0 ? null : value; return null;
                case "telemetry.profile": config.Telemetry.Profile = value; return null;
                case "meter.protocol": config.Meter.Protocol = value; return null;
                default: return key + ": unknown key";
            }
        }

        /// <summary>The current value of a key the setup form shows, as text ("" when unset). Secrets are
        /// returned too, for "is it set?" checks only: pages never write them.</summary>
        public static string TextOf(NodeConfig config, string key)
        {
            switch (key)
            {
                case "mqtt.host": return OrEmpty(config.Mqtt.Host);
                case "mqtt.port": return config.Mqtt.Port.ToString();
                case "mqtt.tls": return config.Mqtt.Tls ? "true" : "false";
                case "mqtt.username": return OrEmpty(config.Mqtt.Username);
                case "mqtt.password": return OrEmpty(config.Mqtt.Password);
                case "telemetry.profile": return OrEmpty(config.Telemetry.Profile);
                case "meter.protocol": return OrEmpty(config.Meter.Protocol);
                default: return string.Empty;
            }
        }

        private static string OrEmpty(string s)
        {
            return s == null ? string.Empty : s;
        }

        private static string Int(string value, string key, ref int field)
        {
            if (value.Length == 0 || value.Length > 9) return key + ": must be a whole number";
            int n = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9') return key + ": must be a whole number";
                n = n * 10 + (c - '0');
            }

            field = n;
            return null;
        }
    }
}
