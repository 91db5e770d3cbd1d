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
        private int _next;
        private int _count;

        /// <summary>Notes a publish at <paramref name="nowMs"/>.</summary>
        public void Add(long nowMs)
        {
            _times[_next] = nowMs;
            _next = (_next + 1) % _times.Length;
            if (_count < _times.Length)
            {
                _count++;
            }
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
