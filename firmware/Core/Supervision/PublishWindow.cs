namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Times of the last few publishes, so a drop can say how many messages went out just before it
    /// (the "drops after a burst of messages" pattern of FIELD-FACTS.md). A fixed ring: counts saturate at
    /// its size, which is above the classifier's burst threshold.
    /// </summary>
    public sealed class PublishWindow
    {
        private readonly long[] _times = new long[32];
        private readonly int[] _bytes = new int[32];
        private int _next;
        private int _count;

        /// <summary>Notes a publish at <paramref name="nowMs"/>.</summary>
        public void Add(long nowMs, int bytes)
        {
            _times[_next] = nowMs;
            _bytes[_next] = bytes;
            _next = (_next + 1) % _times.Length;
            if (_count < _times.Length)
            {
                _count++;
            }
        }

        /// <summary>The largest message (bytes) published within the last <paramref name="windowMs"/>.</summary>
        public int LargestWithin(long nowMs, int windowMs)
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (nowMs - _times[i] <= windowMs && _bytes[i] > n) n = _bytes[i];
            }

            return n;
        }

        /// <summary>The newest publish strictly before <paramref name="timeMs"/>, or long.MinValue / 4 when none is held.</summary>
        public long LastBefore(long timeMs)
        {
            long best = long.MinValue / 4;
            for (int i = 0; i < _count; i++)
            {
                if (_times[i] < timeMs && _times[i] > best) best = _times[i];
            }

            return best;
        }

        /// <summary>Publishes within the last <paramref name="windowMs"/> before <paramref name="nowMs"/>.</summary>
        public int CountWithin(long nowMs, int windowMs)
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (nowMs - _times[i] <= windowMs)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
