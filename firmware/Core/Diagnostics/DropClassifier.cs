using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// Names the likely cause of drops from the events in a <see cref="DiagnosticsLog"/>, following the
    /// drop-pattern table of FIELD-FACTS.md. Explicit evidence wins first (a takeover diagnosis, a
    /// not-authorised CONNACK, DNS failures); then the patterns that need several drops (bursts, a regular
    /// interval); then the most frequent of Wi-Fi loss, broker restart and idle black hole.
    /// </summary>
    public static class DropClassifier
    {
        /// <summary>Publishes within the burst window before a drop that make it a "drop after a burst".</summary>
        public const int BurstMessages = 20;
        /// <summary>A drop this close after a link-down event belongs to the Wi-Fi loss.</summary>
        public const int LinkDownAssociationMs = 2000;
        /// <summary>A broker restart counts when the node is back within this long after the close.</summary>
        public const int RestartRecoveryMs = 300000;
        /// <summary>Quick kicks that make a takeover loop even before the supervisor's own diagnosis.</summary>
        public const int TakeoverKicks = 3;
        /// <summary>Intervals between drops (at least this many) that must agree for "regular interval".</summary>
        public const int RegularIntervals = 3;
        /// <summary>Shortest interval considered regular (shorter is a loop, not a schedule).</summary>
        public const int RegularMinIntervalMs = 60000;

        private const int MaxDropTimes = 16;

        /// <summary>The likely cause of the drops held in <paramref name="log"/>.</summary>
        public static DropCause Classify(DiagnosticsLog log)
        {
            int drops = 0, failures = 0, wifi = 0, blackHole = 0, restart = 0, burst = 0;
            int kicks = 0, takeovers = 0, auth = 0, dns = 0;
            long lastLinkDownMs = long.MinValue / 2;
            bool peerClosePending = false, refusedSincePeerClose = false;
            long peerCloseMs = 0;
            long[] dropTimes = new long[MaxDropTimes];
            int dropTimeCount = 0;

            for (int i = 0; i < log.Count; i++)
            {
                DiagnosticEvent e = log.EventAt(i);
                switch (e.Kind)
                {
                    case EventKind.Takeover: takeovers++; break;
                    case EventKind.QuickKick: kicks++; break;
                    case EventKind.LinkDown: lastLinkDownMs = e.TimeMs; break;
                    case EventKind.ConnectFailed:
                        failures++;
                        if (e.Detail == (int)ConnectFailure.NotAuthorized) auth++;
                        if (e.Detail == (int)ConnectFailure.Dns) dns++;
                        if (e.Detail == (int)ConnectFailure.TcpRefused || e.Detail == (int)ConnectFailure.Timeout)
                        {
                            refusedSincePeerClose = true;
                        }

                        break;
                    case EventKind.Connected:
                        // Broker restart: the broker closed us, refused while it was down, and we came back soon.
                        if (peerClosePending && refusedSincePeerClose && e.TimeMs - peerCloseMs <= RestartRecoveryMs)
                        {
                            restart++;
                        }

                        peerClosePending = false;
                        break;
                    case EventKind.Dropped:
                        drops++;
                        DropReason r = (DropReason)e.Detail;
                        if (r == DropReason.Command || r == DropReason.Stopped)
                        {
                            drops--;
                            break;
                        }

                        if (e.Value >= BurstMessages) burst++;
                        if (r == DropReason.NetworkDown || e.TimeMs - lastLinkDownMs <= LinkDownAssociationMs)
                        {
                            wifi++;
                            break;
                        }

                        if (dropTimeCount < MaxDropTimes) dropTimes[dropTimeCount++] = e.TimeMs;
                        if (r == DropReason.ProbeTimeout || r == DropReason.KeepAliveTimeout ||
                            r == DropReason.NotConnected || r == DropReason.PublishGaveUp)
                        {
                            blackHole++;
                        }
                        else if (r == DropReason.PeerClosed || r == DropReason.SocketError)
                        {
                            peerClosePending = true;
                            refusedSincePeerClose = false;
                            peerCloseMs = e.TimeMs;
                        }

                        break;
                }
            }

            if (takeovers > 0 || kicks >= TakeoverKicks) return DropCause.TakeoverLoop;
            if (auth > 0) return DropCause.AuthRefused;
            if (dns > 0 && dns * 2 >= failures) return DropCause.DnsFailure;
            if (drops == 0) return failures > 0 ? DropCause.Unknown : DropCause.None;
            if (burst > 0 && burst * 2 >= drops) return DropCause.AfterBurst;
            if (IsRegular(dropTimes, dropTimeCount)) return DropCause.RegularInterval;
            if (wifi == 0 && restart == 0 && blackHole == 0) return DropCause.Unknown;
            if (wifi >= restart && wifi >= blackHole) return DropCause.WifiLoss;
            return restart >= blackHole ? DropCause.BrokerRestart : DropCause.IdleBlackHole;
        }

        // Regular: at least RegularIntervals intervals, each within 10 % of their mean, the mean at least
        // RegularMinIntervalMs ("drops at a regular interval (e.g. every 20 min)", FIELD-FACTS.md).
        private static bool IsRegular(long[] times, int count)
        {
            int intervals = count - 1;
            if (intervals < RegularIntervals) return false;
            long mean = (times[count - 1] - times[0]) / intervals;
            if (mean < RegularMinIntervalMs) return false;
            long tolerance = mean / 10;
            for (int i = 1; i < count; i++)
            {
                long d = times[i] - times[i - 1] - mean;
                if (d > tolerance || d < -tolerance) return false;
            }

            return true;
        }
    }
}
