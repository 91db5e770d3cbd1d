namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// A few payload arrays kept for reuse, matched by exact length. Why: <c>OutboundMessage.Payload</c> is
    /// an exact-length array, and a state document of a steady meter keeps its length from one telegram
    /// to the next (fixed decimals), so recycling the delivered document's array makes the next one free.
    /// Bounded: at most <see cref="Slots"/> arrays are held.
    /// </summary>
    internal sealed class PayloadPool
    {
        internal const int Slots = 4;
        private readonly byte[][] _arrays = new byte[Slots][];
        private int _next;

        internal int Hits;
        internal int Misses;

        /// <summary>An array of exactly <paramref name="length"/> bytes, reused when one is held.</summary>
        internal byte[] Rent(int length)
        {
            for (int i = 0; i < Slots; i++)
            {
                byte[] a = _arrays[i];
                if (a != null && a.Length == length)
                {
                    _arrays[i] = null;
                    Hits++;
                    return a;
                }
            }

            Misses++;
            return new byte[length];
        }

        /// <summary>Keeps <paramref name="array"/> for reuse; the caller must hold no other reference to it.</summary>
        internal void Return(byte[] array)
        {
            if (array == null) return;
            for (int i = 0; i < Slots; i++)
            {
                if (_arrays[i] == array) return;
            }

            for (int i = 0; i < Slots; i++)
            {
                if (_arrays[i] == null)
                {
                    _arrays[i] = array;
                    return;
                }
            }

            _arrays[_next] = array;
            _next = (_next + 1) % Slots;
        }
    }
}
