using NodeMqtt.Crypto;

namespace NodeMqtt.Meter
{
    /// <summary>Meter input settings (config section <c>meter</c>).</summary>
    public sealed class MeterConfig
    {
        /// <summary><c>auto</c> (detects DSMR text, HDLC, M-Bus or Smarty ciphering from the first bytes),
        /// <c>dsmr</c> (DSMR only, 4/5 or 2.2/3), <c>dsmr5</c> (also 4.x, with CRC), <c>dsmr22</c> (2.2/3, no CRC),
        /// <c>dlms</c> (DLMS push in HDLC: Norway, Sweden, Denmark), <c>dlms-mbus</c> (DLMS on wired M-Bus:
        /// Austria) or <c>smarty</c> (Luxembourg: DSMR 5 inside AES-GCM).</summary>
        public string Protocol = "auto";
        /// <summary>Telegram buffer size (also the DLMS APDU buffer); longer telegrams are dropped and counted.</summary>
        public int MaxTelegramBytes = 2048;
        /// <summary>A telegram stalled this long between bytes is closed as truncated.</summary>
        public int ReceiveTimeoutMs = 2000;
        /// <summary>No valid telegram for this long makes the meter "silent" (offline); 0 = automatic:
        /// three times the interval the meter has shown, at least 10 s (30 s until an interval is known).</summary>
        public int SilenceTimeoutMs = 0;
        /// <summary>AES-128 key of encrypted meters (32 hex digits, from the grid operator), or null. Never logged.</summary>
        public string Key;
        /// <summary>Authentication key (32 hex digits) of meters that send a GCM tag (security control 0x30),
        /// or null; Smarty uses its published default when unset. <see cref="NoAuthKey"/> decrypts without
        /// verifying tags, for meters whose operator gives no authentication key. Never logged.</summary>
        public string AuthKey;

        /// <summary>The <c>meter.auth_key</c> value that turns tag verification off.</summary>
        public const string NoAuthKey = "none";
        /// <summary>UART speed; 0 takes the protocol's (<see cref="MeterLine"/>).</summary>
        public int Baud;
        /// <summary>UART parity <c>none</c> or <c>even</c>; null takes the protocol's.</summary>
        public string Parity;

        /// <summary>Null when valid, else "meter.key: problem" (never containing a key).</summary>
        public string Validate()
        {
            if (!MeterLine.IsProtocol(Protocol)) return "meter.protocol: must be auto, dsmr, dsmr5, dsmr22, dlms, dlms-mbus or smarty";
            if (MaxTelegramBytes < 256 || MaxTelegramBytes > 16384) return "meter.max_telegram_bytes: must be 256..16384";
            if (ReceiveTimeoutMs < 100) return "meter.receive_timeout_ms: must be at least 100";
            if (SilenceTimeoutMs != 0 && (SilenceTimeoutMs < 1000 || SilenceTimeoutMs > 86400000)) return "meter.silence_timeout_ms: must be 0 (automatic) or 1000..86400000";
            string error;
            if (Key != null && HexKey.Parse(Key, out error) == null) return "meter.key: " + error;
            if (AuthKey != null && AuthKey != NoAuthKey && HexKey.Parse(AuthKey, out error) == null) return "meter.auth_key: " + error + ", or none";
            if (Protocol == "smarty" && Key == null) return "meter.key: required for protocol smarty (the key from your grid operator)";
            if (Baud != 0 && (Baud < 300 || Baud > 921600)) return "meter.baud: must be 300..921600 or 0 for the protocol's";
            if (Parity != null && Parity != "none" && Parity != "even") return "meter.parity: must be none or even";
            return null;
        }
    }
}
