using System.Collections;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// What the setup page saved: <c>key=value</c> lines in one <see cref="IStore"/> blob (<see cref="BlobName"/>),
    /// with config keys as in the config file (<c>mqtt.host</c>), the Wi-Fi keys and the admin password's hash.
    /// Applied over the platform's base configuration at every boot through the same rules as the config file
    /// and the <c>set</c> command (<see cref="NodeConfigKeys.TrySet"/>). Secrets are stored as the node needs them
    /// to log in (the flash is the device's own); only the admin password is hashed.
    /// </summary>
    public sealed class SetupSettings
    {
        /// <summary>Blob name in the store.</summary>
        public const string BlobName = "setup.cfg";

        /// <summary>Key of the admin password hash.</summary>
        public const string AdminHashKey = "admin.hash";

        /// <summary>Key of the Wi-Fi network name.</summary>
        public const string WifiSsidKey = "wifi.ssid";

        /// <summary>Key of the Wi-Fi password.</summary>
        public const string WifiPasswordKey = "wifi.password";

        private readonly ArrayList _keys = new ArrayList();
        private readonly ArrayList _values = new ArrayList();

        /// <summary>True once an admin password is set (first setup done).</summary>
        public bool HasAdmin
        {
            get { return Get(AdminHashKey) != null; }
        }

        /// <summary>Number of settings.</summary>
        public int Count
        {
            get { return _keys.Count; }
        }

        /// <summary>Key of setting <paramref name="i"/>.</summary>
        public string KeyAt(int i)
        {
            return (string)_keys[i];
        }

        /// <summary>The saved value for <paramref name="key"/>, or null.</summary>
        public string Get(string key)
        {
            int i = _keys.IndexOf(key);
            return i < 0 ? null : (string)_values[i];
        }

        /// <summary>Sets (or with null removes) a value.</summary>
        public void Set(string key, string value)
        {
            int i = _keys.IndexOf(key);
            if (value == null)
            {
                if (i >= 0)
                {
                    _keys.RemoveAt(i);
                    _values.RemoveAt(i);
                }

                return;
            }

            if (i >= 0)
            {
                _values[i] = value;
            }
            else
            {
                _keys.Add(key);
                _values.Add(value);
            }
        }

        /// <summary>A copy (changes are made on a copy and saved only when all are valid).</summary>
        public SetupSettings Copy()
        {
            SetupSettings c = new SetupSettings();
            for (int i = 0; i < _keys.Count; i++) c.Set((string)_keys[i], (string)_values[i]);
            return c;
        }

        /// <summary>Reads the blob; false when it is absent or not readable (then there are no settings).</summary>
        public bool Load(IStore store)
        {
            _keys.Clear();
            _values.Clear();
            byte[] data = store.Read(BlobName);
            if (data == null) return false;
            string text = Encoding.UTF8.GetString(data, 0, data.Length);
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int eq = line.IndexOf('=');
                if (eq > 0) Set(line.Substring(0, eq), line.Substring(eq + 1));
            }

            return true;
        }

        /// <summary>Writes the blob (atomically, by the store's contract); false when the store failed.</summary>
        public bool Save(IStore store)
        {
            StringBuilder sb = new StringBuilder(512);
            for (int i = 0; i < _keys.Count; i++) sb.Append((string)_keys[i]).Append('=').Append((string)_values[i]).Append('\n');
            byte[] data = Encoding.UTF8.GetBytes(sb.ToString());
            return store.Write(BlobName, data, data.Length);
        }

        /// <summary>Applies the config keys to <paramref name="config"/>; null, or the first "key: problem".
        /// The Wi-Fi and admin keys are the platform's and the handler's, not the node's.</summary>
        public string ApplyTo(NodeConfig config)
        {
            for (int i = 0; i < _keys.Count; i++)
            {
                string key = (string)_keys[i];
                if (!IsConfigKey(key)) continue;
                string problem = NodeConfigKeys.TrySet(config, key, (string)_values[i]);
                if (problem != null) return problem;
            }

            return config.Validate();
        }

        /// <summary>True for keys that belong to <see cref="NodeConfig"/>.</summary>
        public static bool IsConfigKey(string key)
        {
            return key.IndexOf("wifi.") != 0 && key.IndexOf("admin.") != 0;
        }
    }
}
