namespace NodeMqtt.Ports
{
    /// <summary>The device itself.</summary>
    public interface ISystem
    {
        /// <summary>A unique, stable chip identifier in lower-case hex (the MAC address on ESP32);
        /// the default client id is derived from it, never from the clock.</summary>
        string ChipIdHex { get; }

        /// <summary>Free managed heap in bytes, or -1 when unknown.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>Reboots the device (host: ends the process with a distinct exit code). Core persists
        /// what it must before calling this.</summary>
        void Reboot();
    }
}
