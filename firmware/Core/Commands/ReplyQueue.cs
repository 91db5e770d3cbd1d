using NodeMqtt.Supervision;

namespace NodeMqtt.Commands
{
    /// <summary>
    /// The small bounded queue of command answers, apart from the telemetry outbox (issue 12: replies in the
    /// outbox evicted readings). Oldest first; a reply handed to the supervisor stays in its place marked in
    /// flight until it is delivered or handed back. When full, the oldest waiting reply is dropped and
    /// counted: an answer is worth less than the next one, and nothing here can touch a reading.
    /// </summary>
    internal sealed class ReplyQueue
    {
        private readonly OutboundMessage[] _items;
        private readonly bool[] _inFlight;
        private readonly int _maxBytes;
        private int _count;
        private int _bytes;

        internal ReplyQueue(int maxMessages, int maxBytes)
        {
            _items = new OutboundMessage[maxMessages];
            _inFlight = new bool[maxMessages];
            _maxBytes = maxBytes;
        }

        internal int Count { get { return _count; } }
        internal long Dropped;
        internal long Expired;

        /// <summary>Adds a reply, dropping the oldest waiting ones while there is no room (counted).</summary>
        internal bool Add(OutboundMessage m)
        {
            int size = Size(m);
            if (size > _maxBytes)
            {
                Dropped++;
                return false;
            }

            while (_count == _items.Length || _bytes + size > _maxBytes)
            {
                int victim = FirstWaiting();
                if (victim < 0)
                {
                    Dropped++;
                    return false;
                }

                RemoveAt(victim);
                Dropped++;
            }

            _items[_count] = m;
            _inFlight[_count] = false;
            _count++;
            _bytes += size;
            return true;
        }

        /// <summary>The oldest waiting reply, marked in flight, or null. Replies older than
        /// <paramref name="maxAgeMs"/> are dropped first: an answer nobody waits for any more.</summary>
        internal OutboundMessage Take(long nowMs, long maxAgeMs)
        {
            int i = FirstWaiting();
            while (i >= 0 && nowMs - _items[i].CreatedMs > maxAgeMs)
            {
                RemoveAt(i);
                Expired++;
                i = FirstWaiting();
            }

            if (i < 0) return null;
            _inFlight[i] = true;
            return _items[i];
        }

        internal bool Contains(OutboundMessage m) { return IndexOf(m) >= 0; }

        internal void Delivered(OutboundMessage m)
        {
            int i = IndexOf(m);
            if (i >= 0) RemoveAt(i);
        }

        internal void Returned(OutboundMessage m)
        {
            int i = IndexOf(m);
            if (i >= 0) _inFlight[i] = false;
        }

        private int FirstWaiting()
        {
            for (int i = 0; i < _count; i++)
            {
                if (!_inFlight[i]) return i;
            }

            return -1;
        }

        private int IndexOf(OutboundMessage m)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_items[i] == m) return i;
            }

            return -1;
        }

        private void RemoveAt(int index)
        {
            _bytes -= Size(_items[index]);
            for (int i = index; i < _count - 1; i++)
            {
                _items[i] = _items[i + 1];
                _inFlight[i] = _inFlight[i + 1];
            }

            _count--;
            _items[_count] = null;
            _inFlight[_count] = false;
        }

        private static int Size(OutboundMessage m)
        {
            return m.Topic.Length + (m.Payload == null ? 0 : m.Payload.Length);
        }
    }
}
