namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// A notification body flattened into a bounded list of items, in document order: containers
    /// (structure/array with their element count) and leaves (numbers, byte strings pointing into the
    /// frame buffer). Flattening first lets the list mapper look ahead (value then scaler-unit) without
    /// recursion or allocation. Bounds: <see cref="MaxItems"/> items, <see cref="MaxDepth"/> levels of
    /// nesting, every length checked against the end of the body; anything else makes the body malformed
    /// (IEC 62056-6-2 A-XDR; issue 10: "a malformed body costs that frame only").
    /// </summary>
    public sealed class AxdrItems
    {
        /// <summary>The most items one body may hold (the longest known list, Kaifa list 3, has 19).</summary>
        public const int MaxItems = 192;
        /// <summary>The deepest nesting accepted (known lists use 3: array, structure, scaler-unit).</summary>
        public const int MaxDepth = 6;

        private readonly byte[] _tags = new byte[MaxItems];
        private readonly long[] _integers = new long[MaxItems];
        private readonly double[] _floats = new double[MaxItems];
        private readonly int[] _offsets = new int[MaxItems];
        private readonly int[] _lengths = new int[MaxItems];
        private byte[] _data;

        /// <summary>Items in the last body read.</summary>
        public int Count { get; private set; }
        /// <summary>The buffer the byte-string items point into.</summary>
        public byte[] Data { get { return _data; } }

        /// <summary>Tag of item <paramref name="i"/>.</summary>
        public byte TagAt(int i) { return _tags[i]; }
        /// <summary>Integer value (integers, enum, boolean), or element count for containers.</summary>
        public long IntegerAt(int i) { return _integers[i]; }
        /// <summary>Numeric value of a number item as a double.</summary>
        public double NumberAt(int i) { return _tags[i] == AxdrTag.Float32 || _tags[i] == AxdrTag.Float64 || _tags[i] == AxdrTag.UInt64 ? _floats[i] : _integers[i]; }
        /// <summary>Offset of a byte-string item in <see cref="Data"/>.</summary>
        public int OffsetAt(int i) { return _offsets[i]; }
        /// <summary>Length in bytes of a byte-string item.</summary>
        public int LengthAt(int i) { return _lengths[i]; }

        /// <summary>Reads one A-XDR value (and everything inside it) from <paramref name="offset"/>; false
        /// when malformed or past a bound. <paramref name="next"/> is the offset after the value.</summary>
        public bool Read(byte[] data, int offset, int end, out int next)
        {
            _data = data;
            Count = 0;
            next = offset;
            int p = offset;
            if (!Value(data, ref p, end, 0)) return false;
            next = p;
            return true;
        }

        private bool Value(byte[] d, ref int p, int end, int depth)
        {
            if (p >= end || Count >= MaxItems) return false;
            byte tag = d[p++];
            int i = Count++;
            _tags[i] = tag;
            _integers[i] = 0;
            _offsets[i] = p;
            _lengths[i] = 0;
            int n;
            switch (tag)
            {
                case AxdrTag.Null: return true;
                case AxdrTag.Array:
                case AxdrTag.Structure:
                    if (depth >= MaxDepth || !Length(d, ref p, end, out n)) return false;
                    _integers[i] = n;
                    for (int k = 0; k < n; k++) if (!Value(d, ref p, end, depth + 1)) return false;
                    return true;
                case AxdrTag.Boolean: case AxdrTag.Bcd: case AxdrTag.UInt8: case AxdrTag.Enum:
                    return Unsigned(d, ref p, end, 1, i);
                case AxdrTag.Int8: return Signed(d, ref p, end, 1, i);
                case AxdrTag.Int16: return Signed(d, ref p, end, 2, i);
                case AxdrTag.UInt16: return Unsigned(d, ref p, end, 2, i);
                case AxdrTag.Int32: return Signed(d, ref p, end, 4, i);
                case AxdrTag.UInt32: return Unsigned(d, ref p, end, 4, i);
                case AxdrTag.Int64: return Signed(d, ref p, end, 8, i);
                case AxdrTag.UInt64:
                    if (!Signed(d, ref p, end, 8, i)) return false;
                    long raw = _integers[i];
                    _floats[i] = raw >= 0 ? raw : 18446744073709551616.0 + raw;
                    return true;
                case AxdrTag.Float32:
                    if (!Unsigned(d, ref p, end, 4, i)) return false;
                    _floats[i] = Float32Bits((int)_integers[i]);
                    return true;
                case AxdrTag.Float64:
                    if (!Signed(d, ref p, end, 8, i)) return false;
                    _floats[i] = Float64Bits(_integers[i]);
                    return true;
                case AxdrTag.DateTime: return Fixed(ref p, end, 12, i);
                case AxdrTag.Date: return Fixed(ref p, end, 5, i);
                case AxdrTag.Time: return Fixed(ref p, end, 4, i);
                case AxdrTag.BitString:
                    if (!Length(d, ref p, end, out n)) return false;
                    return Fixed(ref p, end, (n + 7) / 8, i);
                case AxdrTag.OctetString: case AxdrTag.VisibleString: case AxdrTag.Utf8String:
                    if (!Length(d, ref p, end, out n)) return false;
                    return Fixed(ref p, end, n, i);
                default: return false; // compact-array and unknown tags: not sent by push meters
            }
        }

        private bool Fixed(ref int p, int end, int n, int i)
        {
            if (n < 0 || n > end - p) return false;
            _offsets[i] = p;
            _lengths[i] = n;
            p += n;
            return true;
        }

        private bool Unsigned(byte[] d, ref int p, int end, int n, int i)
        {
            if (n > end - p) return false;
            long v = 0;
            for (int k = 0; k < n; k++) v = (v << 8) | d[p++];
            _integers[i] = v;
            return true;
        }

        private bool Signed(byte[] d, ref int p, int end, int n, int i)
        {
            if (!Unsigned(d, ref p, end, n, i)) return false;
            if (n < 8)
            {
                long sign = 1L << (n * 8 - 1);
                long v = _integers[i];
                _integers[i] = (v ^ sign) - sign;
            }

            return true;
        }

        /// <summary>A-XDR length: one byte below 0x80, else 0x81/0x82 followed by 1 or 2 bytes.</summary>
        public static bool Length(byte[] d, ref int p, int end, out int n)
        {
            n = 0;
            if (p >= end) return false;
            int b = d[p++];
            if (b < 0x80)
            {
                n = b;
                return true;
            }

            int bytes = b & 0x7F;
            if (bytes < 1 || bytes > 2 || bytes > end - p) return false;
            for (int k = 0; k < bytes; k++) n = (n << 8) | d[p++];
            return true;
        }

        // IEEE 754 by hand: BitConverter's float members are not all on the device's mscorlib.
        private static double Float32Bits(int bits)
        {
            return Ieee((bits >> 23) & 0xFF, (bits & 0x7FFFFF) / 8388608.0, 127, bits < 0);
        }

        private static double Float64Bits(long bits)
        {
            return Ieee((int)((bits >> 52) & 0x7FF), (bits & 0xFFFFFFFFFFFFFL) / 4503599627370496.0, 1023, bits < 0);
        }

        private static double Ieee(int exponent, double fraction, int bias, bool negative)
        {
            if (exponent == bias * 2 + 1) return double.NaN;
            double m = exponent == 0 ? fraction : 1.0 + fraction;
            int e = exponent == 0 ? 1 - bias : exponent - bias;
            double scale = 1.0;
            if (e > 0) for (int k = 0; k < e; k++) scale *= 2.0;
            else for (int k = 0; k < -e; k++) scale *= 0.5;
            return negative ? -m * scale : m * scale;
        }
    }
}
