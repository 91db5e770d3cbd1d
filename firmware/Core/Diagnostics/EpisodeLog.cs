using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// The last N episodes (issue 11), the closes behind them, per-cause counts since start and drops per hour for
    /// the last 24 h, all in fixed memory. The supervisor feeds it facts as they happen; after each fact the open
    /// episode's verdict is judged again (<see cref="Verdicts"/>), so the first right verdict comes as soon as the
    /// evidence does, and <see cref="VerdictChanged"/> tells the supervisor to print one console line.
    /// </summary>
    public sealed partial class EpisodeLog
    {
        /// <summary>After this long without a new episode (online, stable) the summary says "none" again: no stale
        /// "auth-refused" minutes after the credentials were fixed.</summary>
        public const int ClearAfterMs = 300000;
        /// <summary>Window for the dominant cause of the summary.</summary>
        public const int RecentWindowMs = 3600000;
        private const int HourMs = 3600000;

        private readonly Episode[] _ring;
        private readonly CloseRecord[] _closes = new CloseRecord[16];
        private readonly int[] _byCause = new int[DropCauseNames.Count];
        private readonly long[] _hourOf = new long[24];
        private readonly int[] _dropsInHour = new int[24];
        private readonly StringBuilder _sb = new StringBuilder(160);
        private int _next;
        private int _count;
        private int _closeNext;
        private int _closeCount;
        private int _numbers;
        private Episode _open;

        /// <summary>Creates a log that keeps the newest <paramref name="capacity"/> episodes (at least 2).</summary>
        public EpisodeLog(int capacity)
        {
            _ring = new Episode[capacity < 2 ? 2 : capacity];
            for (int i = 0; i < _ring.Length; i++) _ring[i] = new Episode();
            for (int i = 0; i < _closes.Length; i++) _closes[i] = new CloseRecord();
            for (int i = 0; i < _hourOf.Length; i++) _hourOf[i] = -1;
        }

        /// <summary>A close this soon after CONNACK is quick and counts double toward a takeover
        /// (<c>supervisor.takeover_kick_window_ms</c>).</summary>
        public int TakeoverQuickMs = Verdicts.TakeoverQuickMs;
        /// <summary>Unexplained quick closes within <see cref="TakeoverWindowMs"/> that name a takeover; a slow
        /// close counts half (<c>supervisor.takeover_kicks</c>).</summary>
        public int TakeoverQuickCloses = Verdicts.TakeoverQuickCloses;
        /// <summary>Window in which unexplained closes count toward a takeover (<c>supervisor.takeover_window_ms</c>).</summary>
        public int TakeoverWindowMs = Verdicts.TakeoverWindowMs;

        /// <summary>Set when the last fact changed a verdict (or added a finding); cleared by <see cref="TakeVerdictChange"/>.</summary>
        public bool VerdictChanged { get; private set; }

        /// <summary>The episode whose verdict changed last, or null.</summary>
        public Episode Changed { get; private set; }

        /// <summary>The outage in progress, or null.</summary>
        public Episode Open
        {
            get { return _open; }
        }

        /// <summary>Episodes held (at most the capacity).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Episodes begun since start, including those the ring no longer holds.</summary>
        public int Total
        {
            get { return _numbers; }
        }

        /// <summary>The episode at <paramref name="index"/>, 0 the oldest held; null out of range.</summary>
        public Episode At(int index)
        {
            if (index < 0 || index >= _count) return null;
            int start = (_next - _count + _ring.Length) % _ring.Length;
            return _ring[(start + index) % _ring.Length];
        }

        /// <summary>The newest episode or finding, or null.</summary>
        public Episode Latest
        {
            get { return At(_count - 1); }
        }

        /// <summary>Episodes (and findings) whose verdict is <paramref name="cause"/>, since start.</summary>
        public int CountOf(DropCause cause)
        {
            int i = (int)cause;
            return i >= 0 && i < _byCause.Length ? _byCause[i] : 0;
        }

        /// <summary>Clears <see cref="VerdictChanged"/> and returns the episode to report, or null.</summary>
        public Episode TakeVerdictChange()
        {
            if (!VerdictChanged) return null;
            VerdictChanged = false;
            return Changed;
        }

        /// <summary>A session was lost: opens an episode (or adds the loss to the open one) and remembers the close.</summary>
        public void SessionLost(long nowMs, LossFacts f, bool linkUp)
        {
            Episode e = _open;
            if (e == null)
            {
                e = BeginEpisode(nowMs, true);
                Copy(f, e.Loss);
                CountDrop(nowMs);
            }

            // The same message, never acknowledged, in flight at two closes in a row: the broker closes on it (a
            // 3.1.1 broker's max_packet_size says nothing else). Size alone cannot say it below 2 KB.
            bool repeated = f.UnackedLargestBytes > f.LargestAckedBytes && f.UnackedLargestBytes == e.LastUnackedBytes && e.Losses > 0;
            bool oversize = Verdicts.LooksOversize(f) || repeated;
            if (oversize) e.OversizeCloses++;
            if (repeated) Explain(e.Number);
            e.LastUnackedBytes = f.UnackedLargestBytes;
            e.Losses++;
            if (f.Close == CloseKind.Reset && IsClose(f.Reason)) e.Resets++;
            if (f.ReasonCode != 0) e.LastDisconnectCode = f.ReasonCode;
            if (!linkUp || f.Reason == DropReason.NetworkDown) e.LinkDowns++;
            AddClose(nowMs, f, e.Number, linkUp && !oversize);
            Judge(e, nowMs);
        }

        /// <summary>A connect attempt started.</summary>
        public void AttemptStarted(long nowMs)
        {
            if (_open != null) _open.Attempts++;
        }

        /// <summary>A connect attempt failed; opens an episode when none is open (a failed first connect).</summary>
        public void AttemptFailed(long nowMs, ConnectFailure kind, int reasonCode)
        {
            Episode e = _open;
            if (e == null)
            {
                e = BeginEpisode(nowMs, true);
                e.FirstConnect = true;
                e.Attempts = 1;
                CountDrop(nowMs);
            }

            e.FailedAttempts++;
            int k = (int)kind;
            if (k >= 0 && k < e.Failures.Length) e.Failures[k]++;
            if (reasonCode != 0) e.LastRefusalCode = reasonCode;
            // A takeover never makes the node's own reconnect fail: the broker accepts it (and kicks the other
            // client). Any failed attempt in the episode (refused TCP: a restart; closed before CONNACK, a timeout:
            // a middlebox or a broken path) explains the close that began it, so it no longer counts toward a
            // takeover (a 20-minute soak named one from proxy closes and broker restarts).
            Explain(e.Number);
            Judge(e, nowMs);
        }

        /// <summary>CONNACK accepted within the open episode.</summary>
        public void Connected(long nowMs)
        {
            if (_open != null) _open.Connects++;
        }

        /// <summary>A session stayed up the stable period: the open episode ends with its final verdict.</summary>
        public void Stable(long nowMs)
        {
            Episode e = _open;
            if (e == null) return;
            Judge(e, nowMs);
            e.EndMs = nowMs;
            _open = null;
        }

        /// <summary>The link went down or came up.</summary>
        public void LinkChanged(bool up, long nowMs)
        {
            if (up || _open == null) return;
            _open.LinkDowns++;
            Explain(_open.Number);
            Judge(_open, nowMs);
        }

        /// <summary>Something wrong without an outage (a denied publish or subscription, a message too large to
        /// send): a finding with its own verdict; repeats of the same cause update it instead of filling the ring.</summary>
        public void Finding(long nowMs, DropCause cause, string evidence)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                Episode old = At(i);
                if (!old.Outage && old.Verdict == cause && nowMs - old.EndMs < ClearAfterMs)
                {
                    old.Repeats++;
                    old.EndMs = nowMs;
                    old.Evidence = evidence;
                    return;
                }
            }

            Episode e = BeginEpisode(nowMs, false);
            e.Repeats = 1;
            e.EndMs = nowMs;
            SetVerdict(e, cause, evidence, nowMs);
        }

        private Episode BeginEpisode(long nowMs, bool outage)
        {
            // An evicted episode keeps its place in the per-cause counts (they count since start).
            Episode e = _ring[_next];
            _next = (_next + 1) % _ring.Length;
            if (_count < _ring.Length) _count++;
            _numbers++;
            e.Begin(_numbers, nowMs, outage);
            _byCause[(int)DropCause.Unknown]++;
            if (outage) _open = e;
            return e;
        }

        private void Judge(Episode e, long nowMs)
        {
            _sb.Length = 0;
            DropCause c = Verdicts.Judge(this, e, nowMs, _sb);
            string words = _sb.ToString();
            if (c != e.Verdict)
            {
                SetVerdict(e, c, words, nowMs);
            }
            else
            {
                e.Evidence = words;
            }
        }

        private void SetVerdict(Episode e, DropCause c, string evidence, long nowMs)
        {
            _byCause[(int)e.Verdict]--;
            _byCause[(int)c]++;
            e.Verdict = c;
            e.Evidence = evidence;
            e.VerdictMs = nowMs;
            Changed = e;
            VerdictChanged = true;
        }

        private static void Copy(LossFacts from, LossFacts to)
        {
            to.Reason = from.Reason;
            to.Close = from.Close;
            to.ReasonCode = from.ReasonCode;
            to.UpMs = from.UpMs;
            to.Protocol = from.Protocol;
            to.Burst = from.Burst;
            to.LargestBytes = from.LargestBytes;
            to.UnackedLargestBytes = from.UnackedLargestBytes;
            to.UnackedLargestAgeMs = from.UnackedLargestAgeMs;
            to.LargestAckedBytes = from.LargestAckedBytes;
            to.QuietBeforeMs = from.QuietBeforeMs;
        }

        private void CountDrop(long nowMs)
        {
            long hour = nowMs / HourMs;
            int slot = (int)(hour % _hourOf.Length);
            if (_hourOf[slot] != hour)
            {
                _hourOf[slot] = hour;
                _dropsInHour[slot] = 0;
            }

            _dropsInHour[slot]++;
        }
    }
}
