namespace NodeMqtt.Meter
{
    /// <summary>Meter input settings (config section <c>meter</c>).</summary>
    public sealed class MeterConfig
    {
        /// <summary><c>auto</c>, <c>dsmr5</c> (also 4.x, with CRC) or <c>dsmr22</c> (2.2/3, no CRC).</summary>
        public string Protocol = "auto";
        /// <summary>Telegram buffer size; longer telegrams are dropped and counted.</summary>
        public int MaxTelegramBytes = 2048;
        /// <summary>A telegram stalled this long between bytes is closed as truncated.</summary>
        public int ReceiveTimeoutMs = 2000;
        /// <summary>No valid telegram for this long makes the meter "silent" (offline); 0 = automatic:
        /// three times the interval the meter has shown, at least 10 s (30 s until an interval is known).</summary>
        public int SilenceTimeoutMs = 0;

        /// <summary>Null when valid, else "meter.key: problem".</summary>
        public string Validate()
        {
            if (Protocol != "auto" && Protocol != "dsmr5" && Protocol != "dsmr22") return "meter.protocol: must be auto, dsmr5 or dsmr22";
            if (MaxTelegramBytes < 256 || MaxTelegramBytes > 16384) return "meter.max_telegram_bytes: must be 256..16384";
            if (ReceiveTimeoutMs < 100) return "meter.receive_timeout_ms: must be at least 100";
            if (SilenceTimeoutMs != 0 && (SilenceTimeoutMs < 1000 || SilenceTimeoutMs > 86400000)) return "meter.silence_timeout_ms: must be 0 (automatic) or 1000..86400000";
            return null;
        }
    }
}
