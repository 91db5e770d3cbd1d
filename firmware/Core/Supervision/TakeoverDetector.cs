namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Diagnoses a client-id takeover: a peer close within <c>TakeoverKickWindowMs</c> of CONNACK is a
    /// "quick kick"; <c>TakeoverKicks</c> of them within <c>TakeoverWindowMs</c> mean another client uses this
    /// client id or token (FIELD-FACTS.md, the rc 7 story: mosquitto closes the older session without
    /// DISCONNECT when the newer one connects). Once diagnosed the mode stays on until a session stays up
    /// <c>TakeoverClearAfterMs</c> (longer than the stable period on purpose: in a loop between two boards
    /// each may hold the session for a minute, which is "stable" but not "cured").
    /// </summary>
    public sealed class TakeoverDetector
    {
        private readonly long[] _kicks;
        private readonly int _windowMs;
        private int _next;
        private int _count;

        /// <summary>Creates a detector that diagnoses after <paramref name="kicks"/> quick kicks within <paramref name="windowMs"/>.</summary>
        public TakeoverDetector(int kicks, int windowMs)
        {
            _kicks = new long[kicks < 1 ? 1 : kicks];
            _windowMs = windowMs;
        }

        /// <summary>True while a takeover is diagnosed and not yet cleared.</summary>
        public bool Active { get; private set; }

        /// <summary>True after a diagnosis until <see cref="MarkReported"/>: the supervisor reports it once the
        /// next session is stable, so the report itself reaches the broker.</summary>
        public bool Unreported { get; private set; }

        /// <summary>Quick kicks within the window at the last <see cref="RecordKick"/>.</summary>
        public int RecentKicks { get; private set; }

        /// <summary>Records a quick kick; returns true when this kick turns the diagnosis on.</summary>
        public bool RecordKick(long nowMs)
        {
            _kicks[_next] = nowMs;
            _next = (_next + 1) % _kicks.Length;
            if (_count < _kicks.Length)
            {
                _count++;
            }

            int recent = 0;
            for (int i = 0; i < _count; i++)
            {
                if (nowMs - _kicks[i] <= _windowMs)
                {
                    recent++;
                }
            }

            RecentKicks = recent;
            if (Active || recent < _kicks.Length)
            {
                return false;
            }

            Active = true;
            Unreported = true;
            return true;
        }

        /// <summary>Ends the takeover mode (a session stayed up long enough) and forgets old kicks.</summary>
        public void Clear()
        {
            Active = false;
            _count = 0;
            _next = 0;
        }

        /// <summary>Notes that the diagnosis was reported.</summary>
        public void MarkReported()
        {
            Unreported = false;
        }
    }
}
