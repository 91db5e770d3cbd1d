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
            Count++;
            return true;
        }

        /// <summary>The table row of entry <paramref name="index"/>.</summary>
        public MeterField FieldAt(int index) { return _fields[index]; }

        /// <summary>The number of entry <paramref name="index"/> (0 for text entries).</summary>
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
