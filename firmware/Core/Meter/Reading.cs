namespace NodeMqtt.Meter
{
    /// <summary>
    /// What one telegram said: a bounded list of (field, value) entries plus the meter's clock.
    /// The parser fills one instance again for every telegram (no allocation per entry beyond the
    /// values themselves), so a sink must copy what it keeps before it returns.
    /// </summary>
    public sealed class Reading
    {
        /// <summary>The most entries one reading holds; more are counted in <see cref="Overflowed"/>.</summary>
        public const int MaxEntries = 96;

        private readonly MeterField[] _fields = new MeterField[MaxEntries];
        private readonly double[] _numbers = new double[MaxEntries];
        private readonly string[] _texts = new string[MaxEntries];
        private readonly long[] _timesUtcMs = new long[MaxEntries];
        private readonly int[] _firstItem = new int[MaxEntries];
        private readonly long[] _itemTimesUtcMs = new long[MaxItems];
        private readonly double[] _itemNumbers = new double[MaxItems];
        private int _items;

        /// <summary>The most list items (<see cref="FieldKind.List"/>) one reading holds, all lists together:
        /// a 10-entry power failure log plus a 13-month peak history fit with room to spare.</summary>
        public const int MaxItems = 32;

        /// <summary>Number of entries.</summary>
        public int Count { get; private set; }

        /// <summary>Entries that did not fit.</summary>
        public int Overflowed { get; private set; }

        /// <summary>The meter's own clock for this telegram in UTC milliseconds since 1970, or 0 when the telegram had none.</summary>
        public long MeterTimeUtcMs;

        /// <summary>The telegram's header identification (after '/'), or null.</summary>
        public string Header;

        /// <summary>Empties the reading for reuse.</summary>
        public void Clear()
        {
            for (int i = 0; i < Count; i++)
            {
                _fields[i] = null;
                _texts[i] = null;
            }

            Count = 0;
            _items = 0;
            Overflowed = 0;
            MeterTimeUtcMs = 0;
            Header = null;
        }

        /// <summary>Adds an entry; <paramref name="text"/> is null for numbers, <paramref name="timeUtcMs"/>
        /// is the entry's own capture time (gas, maximum demand) or 0. Returns false when full.</summary>
        public bool Add(MeterField field, double number, string text, long timeUtcMs)
        {
            if (Count >= MaxEntries)
            {
                Overflowed++;
                return false;
            }

            _fields[Count] = field;
            _numbers[Count] = number;
            _texts[Count] = text;
            _timesUtcMs[Count] = timeUtcMs;
            _firstItem[Count] = _items;
            Count++;
            return true;
        }

        /// <summary>Adds one (time, number) item to the list entry the next <see cref="AddList"/> call adds.
        /// Returns false (and counts in <see cref="Overflowed"/>) when <see cref="MaxItems"/> are taken.</summary>
        public bool AddItem(long timeUtcMs, double number)
        {
            if (_items >= MaxItems)
            {
                Overflowed++;
                return false;
            }

            _itemTimesUtcMs[_items] = timeUtcMs;
            _itemNumbers[_items] = number;
            _items++;
            return true;
        }

        /// <summary>Adds a <see cref="FieldKind.List"/> entry holding the items added since
        /// <paramref name="firstItem"/> (the <see cref="ItemsUsed"/> value read before adding them).</summary>
        public bool AddList(MeterField field, int firstItem)
        {
            int before = _items;
            if (!Add(field, before - firstItem, null, 0))
            {
                _items = firstItem;
                return false;
            }

            _firstItem[Count - 1] = firstItem;
            return true;
        }

        /// <summary>Items taken so far in this reading (mark it before adding a list's items).</summary>
        public int ItemsUsed { get { return _items; } }

        /// <summary>The number of items of list entry <paramref name="index"/> (0 for other kinds).</summary>
        public int ItemCount(int index) { return _fields[index].Kind == FieldKind.List ? (int)_numbers[index] : 0; }

        /// <summary>The time (UTC ms, 0 when the meter sent none that parses) of item <paramref name="item"/> of entry <paramref name="index"/>.</summary>
        public long ItemTime(int index, int item) { return _itemTimesUtcMs[_firstItem[index] + item]; }

        /// <summary>The number of item <paramref name="item"/> of entry <paramref name="index"/>, in the field's unit.</summary>
        public double ItemNumber(int index, int item) { return _itemNumbers[_firstItem[index] + item]; }

        /// <summary>Makes this reading a copy of <paramref name="other"/>, list items included (for sinks that keep readings).</summary>
        public void CopyFrom(Reading other)
        {
            Clear();
            for (int i = 0; i < other.Count; i++) Add(other._fields[i], other._numbers[i], other._texts[i], other._timesUtcMs[i]);
            for (int i = 0; i < other.Count; i++) _firstItem[i] = other._firstItem[i];
            for (int k = 0; k < other._items; k++)
            {
                _itemTimesUtcMs[k] = other._itemTimesUtcMs[k];
                _itemNumbers[k] = other._itemNumbers[k];
            }

            _items = other._items;
            Overflowed = other.Overflowed;
            MeterTimeUtcMs = other.MeterTimeUtcMs;
            Header = other.Header;
        }

        /// <summary>Removes the entries of <paramref name="field"/> (a channel found to be a placeholder).</summary>
        public void Remove(MeterField field)
        {
            int w = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_fields[i] == field) continue;
                _fields[w] = _fields[i];
                _numbers[w] = _numbers[i];
                _texts[w] = _texts[i];
                _timesUtcMs[w] = _timesUtcMs[i];
                _firstItem[w] = _firstItem[i];
                w++;
            }

            for (int i = w; i < Count; i++)
            {
                _fields[i] = null;
                _texts[i] = null;
            }

            Count = w;
        }

        /// <summary>The table row of entry <paramref name="index"/>.</summary>
        public MeterField FieldAt(int index) { return _fields[index]; }

        /// <summary>The number of entry <paramref name="index"/> (0 for text entries, the item count for lists).</summary>
        public double NumberAt(int index) { return _numbers[index]; }

        /// <summary>The text of entry <paramref name="index"/>, or null for numbers.</summary>
        public string TextAt(int index) { return _texts[index]; }

        /// <summary>The entry's own timestamp (UTC ms) or 0.</summary>
        public long TimeAt(int index) { return _timesUtcMs[index]; }

        /// <summary>Index of the first entry whose field key is <paramref name="key"/>, or -1.</summary>
        public int IndexOf(string key)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_fields[i].Key == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
