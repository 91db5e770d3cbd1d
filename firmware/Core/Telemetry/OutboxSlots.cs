using NodeMqtt.Supervision;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The outbox's storage: preallocated parallel arrays (message, size, in-flight flag) kept sorted by
    /// sequence, with running totals. A message handed out stays in its slot, so a hand-back needs no
    /// re-insertion to be back in order. Nothing here allocates after construction.
    /// </summary>
    internal sealed class OutboxSlots
    {
        internal readonly OutboundMessage[] Items;
        internal readonly int[] Sizes;
        internal readonly bool[] InFlight;
        internal int Count;
        internal int Bytes;
        internal int InFlightCount;
        internal int InFlightBytes;

        internal OutboxSlots(int capacity)
        {
            Items = new OutboundMessage[capacity];
            Sizes = new int[capacity];
            InFlight = new bool[capacity];
        }

        /// <summary>Adds at the end; the caller guarantees room and a sequence above every held one.</summary>
        internal void Append(OutboundMessage m, int size)
        {
            Items[Count] = m;
            Sizes[Count] = size;
            InFlight[Count] = false;
            Count++;
            Bytes += size;
        }

        internal void RemoveAt(int i)
        {
            if (InFlight[i])
            {
                InFlightCount--;
                InFlightBytes -= Sizes[i];
            }

            Bytes -= Sizes[i];
            for (int k = i + 1; k < Count; k++)
            {
                Items[k - 1] = Items[k];
                Sizes[k - 1] = Sizes[k];
                InFlight[k - 1] = InFlight[k];
            }

            Count--;
            Items[Count] = null;
            InFlight[Count] = false;
        }

        internal void SetInFlight(int i, bool value)
        {
            if (InFlight[i] == value) return;
            InFlight[i] = value;
            InFlightCount += value ? 1 : -1;
            InFlightBytes += value ? Sizes[i] : -Sizes[i];
        }

        /// <summary>Index of exactly this message (binary search by sequence, then reference), or -1.</summary>
        internal int IndexOf(OutboundMessage m)
        {
            if (m == null) return -1;
            int lo = 0;
            int hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                long s = Items[mid].Sequence;
                if (s == m.Sequence) return Items[mid] == m ? mid : -1;
                if (s < m.Sequence) lo = mid + 1;
                else hi = mid - 1;
            }

            return -1;
        }

        /// <summary>The oldest message not in flight, or -1.</summary>
        internal int FirstWaiting()
        {
            for (int i = 0; i < Count; i++)
            {
                if (!InFlight[i]) return i;
            }

            return -1;
        }

        /// <summary>A waiting message of <paramref name="kind"/> on <paramref name="topic"/> other than
        /// index <paramref name="except"/>, or -1.</summary>
        internal int FindWaiting(int kind, string topic, int except)
        {
            for (int i = 0; i < Count; i++)
            {
                if (i != except && !InFlight[i] && Items[i].Kind == kind && Items[i].Topic == topic) return i;
            }

            return -1;
        }

        /// <summary>What to drop when full: the oldest waiting history entry, else the oldest waiting
        /// message that is not state, else the oldest waiting state; -1 when everything is in flight.</summary>
        internal int Victim()
        {
            int other = -1;
            int state = -1;
            for (int i = 0; i < Count; i++)
            {
                if (InFlight[i]) continue;
                int kind = Items[i].Kind;
                if (kind == MessageKind.History) return i;
                if (kind == MessageKind.State) { if (state < 0) state = i; }
                else if (other < 0) other = i;
            }

            return other >= 0 ? other : state;
        }
    }
}
