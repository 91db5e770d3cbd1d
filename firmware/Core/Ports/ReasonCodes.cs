namespace NodeMqtt.Ports
{
    /// <summary>
    /// MQTT 5 reason codes the node acts on (MQTT 5.0 §2.4), and 3.1.1 CONNACK return codes mapped onto them
    /// (§3.2.2.3 of 3.1.1) so the rest of Core reads one set. Names and words are for the log, the diag document
    /// and the verdicts.
    /// </summary>
    public static class ReasonCodes
    {
        /// <summary>Success / normal disconnection.</summary>
        public const int Success = 0x00;
        /// <summary>PUBACK: accepted, but nobody subscribes to the topic (still a success).</summary>
        public const int NoMatchingSubscribers = 0x10;
        /// <summary>Unspecified error.</summary>
        public const int Unspecified = 0x80;
        /// <summary>Malformed packet.</summary>
        public const int Malformed = 0x81;
        /// <summary>Protocol error.</summary>
        public const int ProtocolError = 0x82;
        /// <summary>Implementation-specific error.</summary>
        public const int ImplementationSpecific = 0x83;
        /// <summary>Unsupported protocol version (CONNACK): fall back to 3.1.1.</summary>
        public const int UnsupportedProtocol = 0x84;
        /// <summary>Client identifier not valid.</summary>
        public const int ClientIdNotValid = 0x85;
        /// <summary>Bad user name or password.</summary>
        public const int BadCredentials = 0x86;
        /// <summary>Not authorised (CONNACK, PUBACK, SUBACK, DISCONNECT).</summary>
        public const int NotAuthorized = 0x87;
        /// <summary>Server unavailable.</summary>
        public const int ServerUnavailable = 0x88;
        /// <summary>Server busy.</summary>
        public const int ServerBusy = 0x89;
        /// <summary>Banned.</summary>
        public const int Banned = 0x8A;
        /// <summary>Server shutting down.</summary>
        public const int ServerShuttingDown = 0x8B;
        /// <summary>Keep alive timeout (the broker saw nothing from us for 1.5 × keepalive).</summary>
        public const int KeepAliveTimeout = 0x8D;
        /// <summary>Session taken over: another client connected with this client id.</summary>
        public const int SessionTakenOver = 0x8E;
        /// <summary>Topic name invalid.</summary>
        public const int TopicNameInvalid = 0x90;
        /// <summary>Receive maximum exceeded.</summary>
        public const int ReceiveMaximumExceeded = 0x93;
        /// <summary>Packet too large.</summary>
        public const int PacketTooLarge = 0x95;
        /// <summary>Message rate too high.</summary>
        public const int MessageRateTooHigh = 0x96;
        /// <summary>Quota exceeded.</summary>
        public const int QuotaExceeded = 0x97;
        /// <summary>Administrative action.</summary>
        public const int AdministrativeAction = 0x98;
        /// <summary>Use another server.</summary>
        public const int UseAnotherServer = 0x9C;
        /// <summary>Server moved.</summary>
        public const int ServerMoved = 0x9D;
        /// <summary>Connection rate exceeded.</summary>
        public const int ConnectionRateExceeded = 0x9F;
        /// <summary>Maximum connect time.</summary>
        public const int MaximumConnectTime = 0xA0;

        /// <summary>The 3.1.1 CONNACK return code <paramref name="rc"/> (1..5) as an MQTT 5 reason code.</summary>
        public static int FromV311Connack(int rc)
        {
            switch (rc)
            {
                case 0: return Success;
                case 1: return UnsupportedProtocol;
                case 2: return ClientIdNotValid;
                case 3: return ServerUnavailable;
                case 4: return BadCredentials;
                case 5: return NotAuthorized;
                default: return Unspecified;
            }
        }

        /// <summary>True for codes that mean failure (0x80 and above).</summary>
        public static bool IsFailure(int code)
        {
            return code >= 0x80;
        }

        /// <summary>Short words for <paramref name="code"/>, e.g. "session taken over (0x8E)".</summary>
        public static string Describe(int code)
        {
            return Words(code) + " (0x" + code.ToString("X2") + ")";
        }

        private static string Words(int code)
        {
            switch (code)
            {
                case Success: return "success";
                case NoMatchingSubscribers: return "no matching subscribers";
                case Malformed: return "malformed packet";
                case ProtocolError: return "protocol error";
                case ImplementationSpecific: return "implementation-specific error";
                case UnsupportedProtocol: return "unsupported protocol version";
                case ClientIdNotValid: return "client identifier not valid";
                case BadCredentials: return "bad user name or password";
                case NotAuthorized: return "not authorised";
                case ServerUnavailable: return "server unavailable";
                case ServerBusy: return "server busy";
                case Banned: return "banned";
                case ServerShuttingDown: return "server shutting down";
                case KeepAliveTimeout: return "keep alive timeout";
                case SessionTakenOver: return "session taken over";
                case TopicNameInvalid: return "topic name invalid";
                case ReceiveMaximumExceeded: return "receive maximum exceeded";
                case PacketTooLarge: return "packet too large";
                case MessageRateTooHigh: return "message rate too high";
                case QuotaExceeded: return "quota exceeded";
                case AdministrativeAction: return "administrative action";
                case UseAnotherServer: return "use another server";
                case ServerMoved: return "server moved";
                case ConnectionRateExceeded: return "connection rate exceeded";
                case MaximumConnectTime: return "maximum connect time";
                default: return code >= 0x80 ? "error" : "reason";
            }
        }
    }
}
