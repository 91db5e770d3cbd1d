namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Paces the outbox flush: <c>burst</c> messages at once, then <c>perSecond</c>. Kept in milli-tokens
    /// so integer arithmetic refills exactly at any tick rate. Starts full. Why: after a long outage the
    /// outbox may hold hundreds of messages, and brokers (and ThingsBoard rate limits) punish a burst.
    /// </summary>
    internal sealed class TokenBucket
    {
        private long _milli;
        private long _lastMs;
        private bool _started;

        /// <summary>Adds what <paramref name="perSecond"/> earns since the last call, capped at <paramref name="burst"/>.</summary>
        internal void Refill(long nowMs, int perSecond, int burst)
        {
            long capacity = burst * 1000L;
            if (!_started || nowMs < _lastMs)
            {
                if (!_started) _milli = capacity;
                _started = true;
                _lastMs = nowMs;
                return;
            }

            // perSecond tokens per 1000 ms = perSecond milli-tokens per ms.
            _milli += (nowMs - _lastMs) * perSecond;
            if (_milli > capacity) _milli = capacity;
            _lastMs = nowMs;
        }

        /// <summary>True when a whole token is available.</summary>
        internal bool HasToken { get { return _milli >= 1000; } }

        /// <summary>Spends one token.</summary>
        internal void Spend() { _milli -= 1000; }

        /// <summary>Milliseconds until a whole token is available at <paramref name="perSecond"/>.</summary>
        internal long MsUntilToken(int perSecond)
        {
            if (_milli >= 1000) return 0;
            return (1000 - _milli + perSecond - 1) / perSecond;
        }
    }
}
