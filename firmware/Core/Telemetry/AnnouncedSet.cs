using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The Home Assistant discovery objects this node has announced (<c>component/object</c>, e.g.
    /// <c>sensor/gas_delivered_m3</c>), kept in the store so that after a reboot with another meter the node
    /// still knows which retained configs are its own and can clear the ones no longer sent. Written only
    /// when the set changes (a new field, a cleared one): a handful of flash writes per meter change.
    /// Bounded by <see cref="Capacity"/>; the blob is plain text, one object per line.
    /// </summary>
    public sealed class AnnouncedSet
    {
        /// <summary>Store blob name.</summary>
        public const string BlobName = "ha-announced.txt";
        /// <summary>Most objects remembered (every meter field plus the node's own entities).</summary>
        public const int Capacity = 128;

        private readonly string[] _items = new string[Capacity];
        private readonly IStore _store;
        private bool _dirty;

        /// <summary>Loads the set from <paramref name="store"/> (null: remembered for this run only).</summary>
        public AnnouncedSet(IStore store)
        {
            _store = store;
            if (store == null) return;
            byte[] data = store.Read(BlobName);
            if (data == null) return;
            int start = 0;
            for (int i = 0; i <= data.Length; i++)
            {
                if (i == data.Length || data[i] == (byte)'\n')
                {
                    if (i > start && Count < Capacity)
                    {
                        string item = Decode(data, start, i - start);
                        if (item != null && IndexOf(item) < 0) _items[Count++] = item;
                    }

                    start = i + 1;
                }
            }
        }

        /// <summary>Objects held.</summary>
        public int Count { get; private set; }

        /// <summary>The object at <paramref name="index"/>.</summary>
        public string At(int index) { return _items[index]; }

        /// <summary>True when <paramref name="item"/> is held.</summary>
        public bool Contains(string item) { return IndexOf(item) >= 0; }

        /// <summary>Adds <paramref name="item"/>; false when the set is full (the object is still announced,
        /// only not remembered).</summary>
        public bool Add(string item)
        {
            if (IndexOf(item) >= 0) return true;
            if (Count == Capacity) return false;
            _items[Count++] = item;
            _dirty = true;
            return true;
        }

        /// <summary>Removes <paramref name="item"/> if held.</summary>
        public void Remove(string item)
        {
            int i = IndexOf(item);
            if (i < 0) return;
            _items[i] = _items[Count - 1];
            _items[--Count] = null;
            _dirty = true;
        }

        /// <summary>Writes the set when it changed since the last save. Returns true when it wrote.</summary>
        public bool SaveIfChanged()
        {
            if (!_dirty || _store == null) return false;
            StringBuilder sb = new StringBuilder(Count * 24);
            for (int i = 0; i < Count; i++) sb.Append(_items[i]).Append('\n');
            byte[] data = Encoding.UTF8.GetBytes(sb.ToString());
            _dirty = !_store.Write(BlobName, data, data.Length);
            return !_dirty;
        }

        private int IndexOf(string item)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_items[i] == item) return i;
            }

            return -1;
        }

        // Only topic-safe ASCII survives; anything else means a damaged blob line, which is skipped.
        private static string Decode(byte[] data, int start, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                byte b = data[start + i];
                bool ok = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-' || b == '/';
                if (!ok) return null;
                chars[i] = (char)b;
            }

            return new string(chars);
        }
    }
}
