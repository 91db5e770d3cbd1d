using System;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// Optional overrides of the compiled configuration from a small text file on the device's flash,
    /// <c>I:\nodemqtt.cfg</c>: one <c>key=value</c> per line, <c>#</c> starts a comment, keys as in the host's
    /// JSON (section.key, snake_case; the table is Core's <see cref="NodeConfigKeys"/>). Unknown keys and bad
    /// values are logged and skipped; the file never stops the node from starting. Upload it with the nanoFramework Device Explorer or a deploy of your own.
    /// </summary>
    /// <remarks>
    /// Deliberately tiny (no JSON parser on the device). Secrets (mqtt.password) are never logged.
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
                string error = NodeConfigKeys.TrySet(config, key, value);
                if (error == null)
                {
                    applied++;
                }
                else
                {
                    // The table's errors name the key and never a secret's value.
                    log.Line("config", Name + " line " + (i + 1).ToString() + ": " + error);
                }
            }

            return applied;
        }
    }
}
