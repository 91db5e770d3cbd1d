namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Retry delays of the link supervisor, one method per failure class (ARCHITECTURE.md, "Backoff"):
    /// <list type="bullet">
    /// <item><see cref="Exponential"/>: full jitter (AWS "Exponential Backoff And Jitter"): uniform in
    /// [floor, min(cap, base·2^n)]. Used for broker-says-no failures, lost sessions and timeouts.</item>
    /// <item><see cref="BrokerAbsent"/>: TCP refused: short jittered retries in [floor, RefusedRetryMaxMs]
    /// so the node is back within about a second of the broker listening again (S04), but only during the
    /// first <c>RefusedShortWindowMs</c> of an outage; after that it falls through to <see cref="Exponential"/>
    /// so a broker down for long sees no tight loop (S06).</item>
    /// <item><see cref="NotAuthorized"/>: at least <c>AuthBackoffMs</c>, doubling to <c>AuthBackoffCapMs</c>,
    /// jittered upwards: wrong credentials do not fix themselves and retrying storms the broker (S22).</item>
    /// <item><see cref="Takeover"/>: at least <c>TakeoverBackoffMs</c>, jittered upwards by half: two boards
    /// sharing an id then trade the session at most about once a minute (S13).</item>
    /// </list>
    /// Streaks reset only through <see cref="Reset"/>, which the supervisor calls after a session stayed up
    /// <c>StableAfterMs</c>, never on CONNACK alone: resetting on CONNACK is what keeps Paho's rc 7 loop
    /// at one reconnect per second (FIELD-FACTS.md, the rc 7 story).
    /// </summary>
    public sealed class BackoffPolicy
    {
        private const int MaxShift = 30;
        private readonly SupervisorConfig _config;
        private readonly Prng _prng;
        private long _absentSinceMs = -1;

        /// <summary>Creates a policy drawing its jitter from <paramref name="prng"/>.</summary>
        public BackoffPolicy(SupervisorConfig config, Prng prng)
        {
            _config = config;
            _prng = prng;
        }

        /// <summary>The exponent n of the next exponential delay.</summary>
        public int Streak { get; private set; }

        /// <summary>Consecutive not-authorised refusals since the last reset.</summary>
        public int AuthStreak { get; private set; }

        /// <summary>Start of the current broker-absent short schedule, or -1.</summary>
        public long BrokerAbsentSinceMs
        {
            get { return _absentSinceMs; }
        }

        /// <summary>min(<paramref name="capMs"/>, <paramref name="baseMs"/>·2^<paramref name="n"/>) without overflow.</summary>
        public static int Bound(int baseMs, int capMs, int n)
        {
            long b = (long)baseMs << (n > MaxShift ? MaxShift : n);
            return b > capMs ? capMs : (int)b;
        }

        /// <summary>Full-jitter exponential delay; advances the streak. A <paramref name="transient"/> failure (a lost
        /// session, a refused or timed-out connect) is capped at <c>TransientCapMs</c>: the path may work again any
        /// moment and a long wait would leave a working path idle (issue 12: 43 s and 83 s idle in the soak).</summary>
        public int Exponential(bool transient)
        {
            int cap = transient && _config.TransientCapMs < _config.BackoffCapMs ? _config.TransientCapMs : _config.BackoffCapMs;
            int bound = Bound(_config.BackoffBaseMs, cap, Streak);
            if (Streak < MaxShift)
            {
                Streak++;
            }

            return Between(_config.BackoffFloorMs, bound);
        }

        /// <summary>Delay after a refused TCP connect (no broker listening) at <paramref name="nowMs"/>.</summary>
        public int BrokerAbsent(long nowMs)
        {
            if (_absentSinceMs < 0)
            {
                _absentSinceMs = nowMs;
            }

            if (nowMs - _absentSinceMs < _config.RefusedShortWindowMs)
            {
                return Between(_config.BackoffFloorMs, _config.RefusedRetryMaxMs);
            }

            return Exponential(true);
        }

        /// <summary>Delay of the safety retry after the stack found no route while the link still reports up: the
        /// node waits for a link event and only tries now and then in case the path is back without one.</summary>
        public int NetworkSafety()
        {
            return Between(_config.NetworkSafetyMinMs, _config.NetworkSafetyMaxMs);
        }

        /// <summary>Delay after a not-authorised CONNACK: never below <c>AuthBackoffMs</c>.</summary>
        public int NotAuthorized()
        {
            int d = Bound(_config.AuthBackoffMs, _config.AuthBackoffCapMs, AuthStreak);
            if (AuthStreak < MaxShift)
            {
                AuthStreak++;
            }

            return d + _prng.NextInt(d / 2 + 1);
        }

        /// <summary>Delay while a takeover is diagnosed: in [T, 1.5·T].</summary>
        public int Takeover()
        {
            int t = _config.TakeoverBackoffMs;
            return t + _prng.NextInt(t / 2 + 1);
        }

        /// <summary>Small delay after the link came up: in [0, LinkUpJitterMs], so that many nodes behind one
        /// access point do not all connect in the same millisecond.</summary>
        public int LinkUp()
        {
            return _prng.NextInt(_config.LinkUpJitterMs + 1);
        }

        /// <summary>Forgets every streak; called after a stable session.</summary>
        public void Reset()
        {
            Streak = 0;
            AuthStreak = 0;
            _absentSinceMs = -1;
        }

        private int Between(int low, int high)
        {
            if (high <= low)
            {
                return low;
            }

            return low + _prng.NextInt(high - low + 1);
        }
    }
}
