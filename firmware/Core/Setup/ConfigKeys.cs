namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup page's view of configuration keys: text for the form. Setting goes straight through
    /// <see cref="NodeConfigKeys.TrySet"/>, the same rules as the config file and the <c>set</c> command.
    /// </summary>
    public static class ConfigKeys
    {
        /// <summary>The current value of a key as text ("" when unset or unknown). Secrets are returned too, for
        /// "is it set?" checks only: pages never write them.</summary>
        public static string TextOf(NodeConfig config, string key)
        {
            string v = NodeConfigKeys.Get(config, key);
            return v == null || v == NodeConfigKeys.Unknown ? string.Empty : v;
        }
    }
}
