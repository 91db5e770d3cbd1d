namespace NodeMqtt.Supervision
{
    /// <summary>
    /// QoS 1 messages handed to the current session and not yet acknowledged, in publish order, so that a
    /// dying session hands them back in that order (ISupervisorListener.OnReturned). Fixed capacity
    /// (<c>MaxInflight</c>, at most 100): removal shifts, which is cheap at that size and keeps order simple.
    /// </summary>
    public sealed class InflightTable
    {
        private readonly int[] _ids;
        private readonly OutboundMessage[] _messages;
        private readonly long[] _sentMs;

        /// <summary>Creates a table holding at most <paramref name="capacity"/> messages.</summary>
        public InflightTable(int capacity)
        {
            _ids = new int[capacity < 1 ? 1 : capacity];
            _messages = new OutboundMessage[_ids.Length];
            _sentMs = new long[_ids.Length];
        }

        /// <summary>Messages in flight.</summary>
        public int Count { get; private set; }

        /// <summary>Whether another message fits (within <see cref="Limit"/>).</summary>
        public bool HasRoom
        {
            get { return Count < _ids.Length && Count < Limit; }
        }

        /// <summary>A lower bound on the window for the current session: the broker's MQTT 5 receive maximum.</summary>
        public int Limit { get; set; } = int.MaxValue;

        /// <summary>When the largest message in flight was handed to the session; meaningless when empty.</summary>
        public long LargestSentMs
        {
            get
            {
                int n = -1;
                long at = 0;
                for (int i = 0; i < Count; i++)
                {
                    byte[] p = _messages[i].Payload;
                    int len = p != null ? p.Length : 0;
                    if (len > n)
                    {
                        n = len;
                        at = _sentMs[i];
                    }
                }

                return at;
            }
        }

        /// <summary>The payload size of the largest message in flight, 0 when empty.</summary>
        public int LargestBytes
        {
            get
            {
                int n = 0;
                for (int i = 0; i < Count; i++)
                {
                    byte[] p = _messages[i].Payload;
                    if (p != null && p.Length > n) n = p.Length;
                }

                return n;
            }
        }

        /// <summary>When the oldest message still in flight was handed to the session; meaningless when empty.</summary>
        public long OldestSentMs
        {
            get { return _sentMs[0]; }
        }

        /// <summary>Appends a message handed to the session at <paramref name="sentMs"/>; false when full.</summary>
        public bool Add(int messageId, OutboundMessage message, long sentMs)
        {
            if (Count >= _ids.Length)
            {
                return false;
            }

            _ids[Count] = messageId;
            _messages[Count] = message;
            _sentMs[Count] = sentMs;
            Count++;
            return true;
        }

        /// <summary>Removes and returns the message with <paramref name="messageId"/>, or null when unknown.</summary>
        public OutboundMessage Remove(int messageId)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_ids[i] != messageId)
                {
                    continue;
                }

                OutboundMessage m = _messages[i];
                for (int j = i + 1; j < Count; j++)
                {
                    _ids[j - 1] = _ids[j];
                    _messages[j - 1] = _messages[j];
                    _sentMs[j - 1] = _sentMs[j];
                }

                Count--;
                _messages[Count] = null;
                return m;
            }

            return null;
        }

        /// <summary>Empties the table, returning its messages in publish order.</summary>
        public OutboundMessage[] TakeAll()
        {
            OutboundMessage[] all = new OutboundMessage[Count];
            for (int i = 0; i < Count; i++)
            {
                all[i] = _messages[i];
                _messages[i] = null;
            }

            Count = 0;
            return all;
        }
    }
}
