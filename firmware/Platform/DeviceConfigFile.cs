using System;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// Optional overrides of the compiled configuration from a small text file on the device's flash,
    /// <c>I:\nodemqtt.cfg</c>: one <c>key=value</c> per line, <c>#</c> starts a comment, keys as in the host's
    /// JSON (section.key, snake_case). Unknown keys and bad values are logged and skipped; the file never stops
    /// the node from starting. Upload it with the nanoFramework Device Explorer or a deploy of your own.
    /// </summary>
    /// <remarks>
    /// Deliberately tiny (no JSON parser on the device): only the settings a user must change per installation.
    /// Secrets (mqtt.password) are never logged.
    /// </remarks>
    internal static class DeviceConfigFile
    {
        /// <summary>Blob name in the <see cref="IStore"/> rooted at <c>I:\</c>.</summary>
        public const string Name = "nodemqtt.cfg";

        /// <summary>Applies the overrides found in <paramref name="store"/> to <paramref name="config"/>.
        /// Returns the number of keys applied.</summary>
        public static int Apply(NodeConfig config, IStore store, ILog log)
        {
            byte[] data = store.Read(Name);
            if (data == null)
            {
                return 0;
            }

            string text;
            try
            {
                text = Encoding.UTF8.GetString(data, 0, data.Length);
            }
            catch (Exception)
            {
                log.Line("config", Name + " is not UTF-8 text; ignored");
                return 0;
            }

            int applied = 0;
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int eq = line.IndexOf('=');
                if (eq <= 0)
                {
                    log.Line("config", Name + " line " + (i + 1).ToString() + ": expected key=value");
                    continue;
                }

                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                if (Set(config, key, value))
                {
                    applied++;
                }
                else
                {
                    log.Line("config", Name + " line " + (i + 1).ToString() + ": " + key + " unknown or invalid");
                }
            }

            return applied;
        }

        private static bool Set(NodeConfig c, string key, string v)
        {
            try
            {
                switch (key)
                {
                    case "node_id": c.NodeId = v.Length == 0 ? null : v; return true;
                    case "mqtt.host": c.Mqtt.Host = v; return true;
                    case "mqtt.port": c.Mqtt.Port = int.Parse(v); return true;
                    case "mqtt.tls": c.Mqtt.Tls = ParseBool(v); return true;
                    case "mqtt.username": c.Mqtt.Username = v.Length == 0 ? null : v; return true;
                    case "mqtt.password": c.Mqtt.Password = v.Length == 0 ? null : v; return true;
                    case "mqtt.client_id": c.Mqtt.ClientId = v.Length == 0 ? null : v; return true;
                    case "mqtt.keep_alive_seconds": c.Mqtt.KeepAliveSeconds = int.Parse(v); return true;
                    case "mqtt.clean_session": c.Mqtt.CleanSession = ParseBool(v); return true;
                    case "meter.protocol": c.Meter.Protocol = v; return true;
                    case "meter.key": c.Meter.Key = v.Length == 0 ? null : v; return true;
                    case "meter.auth_key": c.Meter.AuthKey = v.Length == 0 ? null : v; return true;
                    case "meter.baud": c.Meter.Baud = int.Parse(v); return true;
                    case "meter.parity": c.Meter.Parity = v.Length == 0 ? null : v; return true;
                    case "telemetry.profile": c.Telemetry.Profile = v; return true;
                    case "telemetry.topic_prefix": c.Telemetry.TopicPrefix = v; return true;
                    default: return false;
                }
            }
            catch (Exception)
            {
                return false;
            }
        }

        // true/1 or false/0; anything else throws, which Set reports as invalid.
        private static bool ParseBool(string v)
        {
            if (v == "true" || v == "1")
            {
                return true;
            }

            if (v == "false" || v == "0")
            {
                return false;
            }

            throw new ArgumentException();
        }
    }
}
