using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// Names the cause of an episode from its evidence, and says the evidence in words (issue 11). Order:
    /// what the broker said (reason codes, refusals) and what the node saw directly (TLS, DNS, link down, probe
    /// timeouts, resets, oversize messages, bursts) come first; patterns over several closes (regular interval,
    /// takeover on 3.1.1) only when nothing direct explains a close; then the weak signals (refused connects).
    /// A takeover needs the broker's 0x8E, or on 3.1.1 repeated clean closes that nothing the node did explains.
    /// </summary>
    public static partial class Verdicts
    {
        /// <summary>Publishes within the burst window before a close that make it "after a burst".</summary>
        public const int BurstMessages = 20;
        /// <summary>A probe unanswered after at least this much quiet is an idle black hole, else a black hole while sending.</summary>
        public const int IdleQuietMs = 10000;
        /// <summary>An unacknowledged message at a close counts as oversize from this size on (when twice the largest acknowledged).</summary>
        public const int OversizeMinBytes = 2048;
        /// <summary>Smaller messages count when the close came within <see cref="OversizeCloseMs"/> of sending them: a broker
        /// closes on an oversize packet as soon as it reads the header.</summary>
        public const int OversizeQuickMinBytes = 256;
        /// <summary>See <see cref="OversizeQuickMinBytes"/>.</summary>
        public const int OversizeCloseMs = 1000;

        /// <summary>The cause of <paramref name="e"/>; its evidence in words is appended to <paramref name="sb"/>.</summary>
        public static DropCause Judge(EpisodeLog log, Episode e, long nowMs, StringBuilder sb)
        {
            if (!e.Outage) return e.Verdict;
            DropCause c = FromFailures(e, sb, true);
            if (c != DropCause.None) return c;
            if (!e.FirstConnect)
            {
                c = FromLoss(log, e, sb);
                if (c != DropCause.None) return c;
            }

            c = FromFailures(e, sb, false);
            if (c != DropCause.None) return c;
            if (!e.FirstConnect)
            {
                sb.Append("closed: ").Append(CloseKindNames.Of(e.Loss.Close)).Append(" after ").Append(e.Loss.UpMs / 1000)
                    .Append(" s online; no refusal, reset, probe timeout or pattern to explain it yet");
            }
            else
            {
                sb.Append("no connect succeeded yet and no evidence of why");
            }

            return DropCause.Unknown;
        }

        /// <summary>True when the loss came with an unacknowledged message much larger than anything acknowledged.</summary>
        public static bool LooksOversize(LossFacts f)
        {
            int twice = f.LargestAckedBytes * 2;
            if (f.UnackedLargestBytes < twice || f.UnackedLargestBytes == 0) return false;
            if (f.UnackedLargestBytes >= OversizeMinBytes) return true;
            return f.UnackedLargestBytes >= OversizeQuickMinBytes && f.UnackedLargestAgeMs >= 0 && f.UnackedLargestAgeMs <= OversizeCloseMs;
        }

        // What the session's end says by itself.
        private static DropCause FromLoss(EpisodeLog log, Episode e, StringBuilder sb)
        {
            LossFacts f = e.Loss;
            if (f.ReasonCode != 0 || e.LastDisconnectCode != 0)
            {
                int code = e.LastDisconnectCode != 0 ? e.LastDisconnectCode : f.ReasonCode;
                DropCause byCode = FromCode(code, false);
                if (byCode != DropCause.None)
                {
                    sb.Append("the broker disconnected the node with reason code ").Append(ReasonCodes.Describe(code));
                    return byCode;
                }
            }

            if (e.LinkDowns > 0 || f.Reason == DropReason.NetworkDown || e.FailuresOf(ConnectFailure.NetworkDown) > 0)
            {
                sb.Append("the network link went down (").Append(e.LinkDowns).Append(" link-down events, ")
                    .Append(e.FailuresOf(ConnectFailure.NetworkDown)).Append(" attempts found no network)");
                return DropCause.WifiLoss;
            }

            if (f.Reason == DropReason.ProbeTimeout || f.Reason == DropReason.KeepAliveTimeout || f.Reason == DropReason.PublishGaveUp)
            {
                // Idle: the unanswered message came after a quiet period and nothing else was sent while waiting
                // (a NAT that forgot the mapping). Anything else is a path that died under traffic.
                bool idle = f.QuietBeforeMs >= IdleQuietMs && f.Burst <= 1;
                sb.Append(DropReasonNames.Of(f.Reason)).Append(": no answer from the broker for a message sent after ")
                    .Append(f.QuietBeforeMs / 1000).Append(" s of quiet, ").Append(f.Burst).Append(" messages sent in the last 5 s");
                return idle ? DropCause.IdleBlackHole : DropCause.BlackHole;
            }

            if (LooksOversize(f) || e.OversizeCloses > 0)
            {
                int bytes = e.LastUnackedBytes > f.UnackedLargestBytes ? e.LastUnackedBytes : f.UnackedLargestBytes;
                sb.Append(e.OversizeCloses > 1 || !LooksOversize(f) ? e.OversizeCloses + " closes" : "closed").Append(" while a ").Append(bytes)
                    .Append("-byte message was unacknowledged; the largest message the broker ever acknowledged is ")
                    .Append(f.LargestAckedBytes).Append(" bytes");
                return DropCause.MessageTooLarge;
            }

            if (e.Resets > 0 && e.Resets * 2 >= e.Losses)
            {
                sb.Append(e.Resets).Append(" of ").Append(e.Losses).Append(" sessions ended with a reset (RST), after ")
                    .Append(f.UpMs / 1000).Append(" s online");
                return DropCause.ConnectionReset;
            }

            if (f.Burst >= BurstMessages && f.Close != CloseKind.Reset)
            {
                sb.Append("closed by the broker right after ").Append(f.Burst).Append(" messages in 5 s (largest ")
                    .Append(f.LargestBytes).Append(" bytes)");
                return DropCause.AfterBurst;
            }

            DropCause pattern = FromCloses(log, sb);
            if (pattern != DropCause.None) return pattern;
            if (e.FailuresOf(ConnectFailure.TcpRefused) > 0 && f.Close != CloseKind.Reset)
            {
                sb.Append("closed by the broker (").Append(CloseKindNames.Of(f.Close)).Append("), then ")
                    .Append(e.FailuresOf(ConnectFailure.TcpRefused)).Append(" connects refused while it was down");
                return DropCause.BrokerRestart;
            }

            return DropCause.None;
        }
    }
}
