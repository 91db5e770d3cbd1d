using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    // Verdicts from failed connect attempts and from reason codes.
    public static partial class Verdicts
    {
        // strong: only failures that name their cause by themselves (TLS, auth, DNS, broker refusals, closed before
        // CONNACK). Weak ones (refused TCP, timeouts) come after the loss has had its say.
        private static DropCause FromFailures(Episode e, StringBuilder sb, bool strong)
        {
            if (e.FailedAttempts == 0) return DropCause.None;
            ConnectFailure k = e.DominantFailure();
            int n = e.FailuresOf(k);
            if (strong)
            {
                DropCause tls = TlsCause(k);
                if (tls != DropCause.None)
                {
                    sb.Append(n).Append(" of ").Append(e.FailedAttempts).Append(" connects failed in TLS: ").Append(ConnectFailureNames.Of(k));
                    return tls;
                }

                if (k == ConnectFailure.NotAuthorized || k == ConnectFailure.Refused)
                {
                    int code = e.LastRefusalCode;
                    DropCause byCode = k == ConnectFailure.NotAuthorized ? DropCause.AuthRefused : FromCode(code, true);
                    if (byCode == DropCause.None) return DropCause.None;
                    sb.Append(n).Append(" connects refused by the broker: ").Append(ReasonCodes.Describe(code != 0 ? code : ReasonCodes.NotAuthorized));
                    return byCode;
                }

                if (k == ConnectFailure.Dns)
                {
                    sb.Append(n).Append(" connects failed: the broker's host name does not resolve");
                    return DropCause.DnsFailure;
                }

                if (k == ConnectFailure.ClosedBeforeConnack && e.Resets == 0)
                {
                    sb.Append(n).Append(" connects accepted by TCP and closed by the broker before CONNACK (connection limit or busy)");
                    return DropCause.BrokerBusy;
                }

                return DropCause.None;
            }

            if (k == ConnectFailure.NetworkDown)
            {
                sb.Append(n).Append(" attempts found no network");
                return DropCause.WifiLoss;
            }

            if (k == ConnectFailure.TcpRefused)
            {
                if (e.FirstConnect)
                {
                    sb.Append(n).Append(" connects refused at TCP: nothing listens on the broker's port");
                    return DropCause.NotListening;
                }

                sb.Append("session lost, then ").Append(n).Append(" connects refused at TCP while the broker was down");
                return DropCause.BrokerRestart;
            }

            if (k == ConnectFailure.Timeout)
            {
                sb.Append(n).Append(" connects got no answer within the deadline (packets dropped on the way)");
                return DropCause.BlackHole;
            }

            return DropCause.None;
        }

        private static DropCause TlsCause(ConnectFailure k)
        {
            switch (k)
            {
                case ConnectFailure.Tls: return DropCause.TlsHandshake;
                case ConnectFailure.TlsUntrusted: return DropCause.TlsUntrusted;
                case ConnectFailure.TlsNameMismatch: return DropCause.TlsNameMismatch;
                case ConnectFailure.TlsExpired: return DropCause.TlsExpired;
                case ConnectFailure.TlsPortMismatch: return DropCause.TlsPortMismatch;
                default: return DropCause.None;
            }
        }

        /// <summary>The cause an MQTT reason code names, or None when it names none (connack: from a CONNACK).</summary>
        public static DropCause FromCode(int code, bool connack)
        {
            switch (code)
            {
                case ReasonCodes.SessionTakenOver: return DropCause.Takeover;
                case ReasonCodes.PacketTooLarge: return DropCause.MessageTooLarge;
                case ReasonCodes.ServerBusy:
                case ReasonCodes.ServerUnavailable:
                case ReasonCodes.QuotaExceeded:
                case ReasonCodes.MessageRateTooHigh:
                case ReasonCodes.ConnectionRateExceeded:
                case ReasonCodes.ReceiveMaximumExceeded:
                case ReasonCodes.UseAnotherServer:
                case ReasonCodes.ServerMoved:
                    return DropCause.BrokerBusy;
                case ReasonCodes.ServerShuttingDown: return DropCause.BrokerRestart;
                case ReasonCodes.KeepAliveTimeout: return DropCause.IdleBlackHole;
                case ReasonCodes.MaximumConnectTime: return DropCause.RegularInterval;
                case ReasonCodes.BadCredentials:
                case ReasonCodes.Banned:
                case ReasonCodes.ClientIdNotValid:
                    return DropCause.AuthRefused;
                case ReasonCodes.NotAuthorized: return connack ? DropCause.AuthRefused : DropCause.PublishDenied;
                default: return DropCause.None;
            }
        }
    }
}
