namespace NodeMqtt.Setup
{
    /// <summary>
    /// What the setup handler needs from the platform: the running node (null while the device is only in
    /// access-point setup mode), the Wi-Fi networks it sees, randomness for salts and session tokens, a
    /// fresh base configuration to validate changes on, and a way to put saved settings into effect.
    /// </summary>
    public interface ISetupPlatform
    {
        /// <summary>The running node, or null.</summary>
        Node Node { get; }

        /// <summary>True in access-point mode (the board's own network): unknown pages redirect to the setup page
        /// so a phone's captive-portal check opens it.</summary>
        bool AccessPointMode { get; }

        /// <summary>Free managed heap in bytes for the status page, or -1 when unknown.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>SSIDs of the networks in range (from the last scan), possibly empty, never null.</summary>
        string[] NetworkNames();

        /// <summary>Fills <paramref name="buffer"/> with unpredictable bytes.</summary>
        void FillRandom(byte[] buffer);

        /// <summary>A new configuration as the platform builds it at boot before saved settings are applied
        /// (compiled defaults plus the config file); changes are validated on it, never on the live one.</summary>
        NodeConfig NewBaseConfig();

        /// <summary>Settings were saved: restart the node with them (device: reboot into station mode).
        /// Called after the response is written.</summary>
        void OnSettingsSaved();
    }
}
