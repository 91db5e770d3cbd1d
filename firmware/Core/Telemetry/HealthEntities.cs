namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The node-health values: keys of the health document (<c>P/N/health</c>, ThingsBoard client attributes)
    /// and their Home Assistant diagnostic sensors. One table, so the document and the discovery agree.
    /// </summary>
    public static class HealthEntities
    {
        /// <summary>Link supervisor state (text).</summary>
        public const int LinkState = 0;
        /// <summary>Last drop cause in words (text).</summary>
        public const int LastDropCause = 1;
        /// <summary>Session drops in the last 24 h.</summary>
        public const int Drops24h = 2;
        /// <summary>Messages waiting in the outbox.</summary>
        public const int OutboxMessages = 3;
        /// <summary>Seconds since boot.</summary>
        public const int Uptime = 4;
        /// <summary>Free managed heap in bytes.</summary>
        public const int FreeMemory = 5;
        /// <summary>Meter state: online, silent, waiting.</summary>
        public const int MeterState = 6;
        /// <summary>Times the meter went silent since boot.</summary>
        public const int MeterSilences = 7;
        /// <summary>Wi-Fi signal in dBm (only where the platform knows it).</summary>
        public const int WifiSignal = 8;
        /// <summary>Number of entities.</summary>
        public const int Count = 9;

        private static readonly string[] Keys =
        {
            "link_state", "last_drop_cause", "drops_24h", "outbox_messages", "uptime_s", "free_memory_bytes",
            "meter_state", "meter_silences", "wifi_signal_dbm"
        };

        private static readonly string[] Titles =
        {
            "Link state", "Last drop cause", "Drops in 24 h", "Outbox messages", "Uptime", "Free memory",
            "Meter state", "Meter silences", "Wi-Fi signal"
        };

        private static readonly string[] Units = { null, null, null, null, "s", "B", null, null, "dBm" };
        private static readonly string[] DeviceClasses = { null, null, null, null, "duration", "data_size", null, null, "signal_strength" };
        private static readonly string[] StateClasses = { null, null, "measurement", "measurement", "total_increasing", "measurement", null, "total_increasing", "measurement" };

        /// <summary>The document key.</summary>
        public static string Key(int entity) { return Keys[entity]; }
        /// <summary>The Home Assistant name.</summary>
        public static string Title(int entity) { return Titles[entity]; }
        /// <summary>The unit, or null.</summary>
        public static string Unit(int entity) { return Units[entity]; }
        /// <summary>The Home Assistant device class, or null.</summary>
        public static string DeviceClass(int entity) { return DeviceClasses[entity]; }
        /// <summary>The Home Assistant state class, or null.</summary>
        public static string StateClass(int entity) { return StateClasses[entity]; }
    }
}
