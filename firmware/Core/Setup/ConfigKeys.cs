namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup page's view of configuration keys: setting goes through <see cref="NodeConfigKeys.TrySet"/>,
    /// the same rules as the config file and the <c>set</c> command; reading gives text for the form.
    /// </summary>
    public static class ConfigKeys
    {
        /// <summary>Sets <paramref name="key"/> on <paramref name="config"/>; null, or "key: problem" (never the
        /// value of a secret).</summary>
        public static string TrySet(NodeConfig config, string key, string value)
        {
            return NodeConfigKeys.TrySet(config, key, value);
        }

        /// <summary>The current value of a key as text ("" when unset or unknown). Secrets are returned too, for
        /// "is it set?" checks only: pages never write them.</summary>
        public static string TextOf(NodeConfig config, string key)
        {
            string v = NodeConfigKeys.Get(config, key);
            return v == null || v == NodeConfigKeys.Unknown ? string.Empty : v;
        }
    }
}
