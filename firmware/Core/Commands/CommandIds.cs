namespace NodeMqtt.Commands
{
    /// <summary>
    /// The ids of the last few commands carried out, so a command delivered again (QoS 1 redelivery after a
    /// reconnect, issue 12: 77 <c>reconnect</c> sent, 120 executed) is answered but not run twice. A fixed
    /// ring: memory is bounded, and an id older than the ring is long past any redelivery.
    /// </summary>
    internal sealed class CommandIds
    {
        private readonly string[] _ring;
        private int _next;

        internal CommandIds(int capacity)
        {
            _ring = new string[capacity];
        }

        internal bool Seen(string id)
        {
            for (int i = 0; i < _ring.Length; i++)
            {
                if (_ring[i] != null && _ring[i] == id) return true;
            }

            return false;
        }

        internal void Add(string id)
        {
            _ring[_next] = id;
            _next = (_next + 1) % _ring.Length;
        }
    }
}
