using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    // Patterns over several closes: a regular interval, and a takeover on 3.1.1 (where the broker says nothing).
    public static partial class Verdicts
    {
        /// <summary>Shortest interval that can be a schedule (issue 11: "regular intervals from 20 s up").</summary>
        public const int RegularMinMs = 20000;
        /// <summary>Closes (at least) whose spacing must agree for a regular interval: 3 intervals.</summary>
        public const int RegularCloses = 4;
        /// <summary>Most closes compared for a regular interval.</summary>
        public const int RegularMaxCloses = 6;
        /// <summary>Default window in which unexplained closes count toward a takeover (<see cref="EpisodeLog.TakeoverWindowMs"/>).</summary>
        public const int TakeoverWindowMs = 600000;
        /// <summary>Default and longest "quick" close (<see cref="EpisodeLog.TakeoverQuickMs"/>): shorter than any
        /// schedule minus the longest transient backoff (<see cref="RegularMinMs"/> - 10 s), so a regular
        /// interval's closes are never quick.</summary>
        public const int TakeoverQuickMs = 10000;
        /// <summary>Default evidence for a takeover (<see cref="EpisodeLog.TakeoverQuickCloses"/>): an unexplained
        /// close counts 2 points when quick, else 1, and a takeover needs twice this many points; so 2 quick
        /// closes, or 4 slow ones that are not regular (a slow reconnector every 25-35 s), or mixes (the second
        /// board of a pair, kicked quickly once and then each time the first comes back from its takeover backoff).</summary>
        public const int TakeoverQuickCloses = 2;

        private static DropCause FromCloses(EpisodeLog log, StringBuilder sb)
        {
            int n = log.CloseCount;
            if (n == 0) return DropCause.None;
            CloseRecord newest = log.CloseAt(n - 1);
            if (!IsPeerClose(newest)) return DropCause.None;
            long meanMs;
            bool byUptime;
            int run = RegularRun(log, out meanMs, out byUptime);
            if (run > 0)
            {
                sb.Append(run).Append(" closes by the broker ").Append(byUptime ? "each after " : "every ").Append(meanMs / 1000)
                    .Append('.').Append((meanMs % 1000) / 100).Append(" s").Append(byUptime ? " online" : "")
                    .Append(" (within ").Append(Tolerance(meanMs) / 1000).Append('.').Append((Tolerance(meanMs) % 1000) / 100).Append(" s)");
                return DropCause.RegularInterval;
            }

            if (!newest.Unexplained) return DropCause.None;
            int unexplained = 0, quick = 0;
            long shortest = long.MaxValue, longest = 0;
            for (int i = n - 1; i >= 0; i--)
            {
                CloseRecord r = log.CloseAt(i);
                if (newest.TimeMs - r.TimeMs > log.TakeoverWindowMs) break;
                if (!r.Unexplained) continue;
                unexplained++;
                if (r.UpMs < log.TakeoverQuickMs) quick++;
                if (r.UpMs < shortest) shortest = r.UpMs;
                if (r.UpMs > longest) longest = r.UpMs;
            }

            if (2 * quick + (unexplained - quick) < 2 * log.TakeoverQuickCloses) return DropCause.None;
            sb.Append(unexplained).Append(" clean closes by the broker in ").Append((log.TakeoverWindowMs + 30000) / 60000)
                .Append(" min after ").Append(shortest / 1000).Append('-').Append(longest / 1000)
                .Append(" s online, with no burst, no oversize message, no reset and no refusal to explain them (the broker gave no reason code)");
            return DropCause.Takeover;
        }

        private static bool IsPeerClose(CloseRecord r)
        {
            return r.Reason == DropReason.PeerClosed || r.Reason == DropReason.SocketError ||
                   r.Reason == DropReason.Reset || r.Reason == DropReason.ServerDisconnect;
        }

        // The newest run of peer closes (at most RegularMaxCloses) whose up-times or spacings agree within the
        // tolerance; returns its length, or 0. Up-times catch a session limit, spacings a schedule.
        private static int RegularRun(EpisodeLog log, out long meanMs, out bool byUptime)
        {
            meanMs = 0;
            byUptime = false;
            int n = log.CloseCount;
            int run = 0;
            while (run < RegularMaxCloses && run < n && IsPeerClose(log.CloseAt(n - 1 - run))) run++;
            if (run < RegularCloses) return 0;
            int first = n - run;
            long sumUp = 0;
            for (int i = first; i < n; i++) sumUp += log.CloseAt(i).UpMs;
            long meanUp = sumUp / run;
            if (meanUp >= RegularMinMs && Agree(log, first, n, meanUp, true))
            {
                meanMs = meanUp;
                byUptime = true;
                return run;
            }

            long meanGap = (log.CloseAt(n - 1).TimeMs - log.CloseAt(first).TimeMs) / (run - 1);
            if (meanGap >= RegularMinMs && Agree(log, first + 1, n, meanGap, false))
            {
                meanMs = meanGap;
                return run;
            }

            return 0;
        }

        private static bool Agree(EpisodeLog log, int from, int to, long mean, bool uptime)
        {
            long tol = Tolerance(mean);
            for (int i = from; i < to; i++)
            {
                CloseRecord r = log.CloseAt(i);
                long v = uptime ? r.UpMs : r.TimeMs - log.CloseAt(i - 1).TimeMs;
                long d = v - mean;
                if (d > tol || d < -tol) return false;
            }

            return true;
        }

        /// <summary>How far a close may be from the mean and still be regular: 3 %, at least 1 s (a tick, a
        /// reconnect and a broker's once-a-second timer are all in there).</summary>
        public static long Tolerance(long meanMs)
        {
            long t = meanMs * 3 / 100;
            return t < 1000 ? 1000 : t;
        }
    }
}
