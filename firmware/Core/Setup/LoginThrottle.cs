namespace NodeMqtt.Setup
{
    /// <summary>
    /// Growing delay after wrong admin passwords: after the n-th failure in a row no password is even checked
    /// for 2^(n-1) seconds (capped at <see cref="MaxDelayMs"/>); a right password resets it. Time comes in as
    /// an argument (Core has no clock), so the delay is a refusal with "try again in N s", never a sleep
    /// that would hold the only HTTP thread.
    /// </summary>
    public sealed class LoginThrottle
    {
        /// <summary>Delay after the first wrong password.</summary>
        public const long FirstDelayMs = 1000;

        /// <summary>Longest delay.</summary>
        public const long MaxDelayMs = 300000;

        private int _failures;
        private long _blockedUntilMs;

        /// <summary>Wrong passwords in a row.</summary>
        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>How long until a password may be checked again (0 = now).</summary>
        public long WaitMs(long nowMs)
        {
            return _blockedUntilMs > nowMs ? _blockedUntilMs - nowMs : 0;
        }

        /// <summary>A wrong password at <paramref name="nowMs"/>; returns the delay now in force.</summary>
        public long OnFailure(long nowMs)
        {
            _failures++;
            long delay = FirstDelayMs;
            for (int i = 1; i < _failures && delay < MaxDelayMs; i++) delay *= 2;
            if (delay > MaxDelayMs) delay = MaxDelayMs;
            _blockedUntilMs = nowMs + delay;
            return delay;
        }

        /// <summary>The right password: forget the failures.</summary>
        public void OnSuccess()
        {
            _failures = 0;
            _blockedUntilMs = 0;
        }
    }
}
