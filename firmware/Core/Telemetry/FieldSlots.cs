using NodeMqtt.Meter;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// What telemetry remembers per meter field between readings: the value last put in a state document,
    /// the value and time last published on the field's own topic, its cached topic, and whether its
    /// discovery document was sent. Fields are found by reference (table rows are static) with the
    /// entry's position as a hint, so a steady meter finds each field at the first probe. Bounded by
    /// <see cref="Reading.MaxEntries"/> fields; values are compared as printed (scaled integers), so noise
    /// below the printed decimals is not a change.
    /// </summary>
    internal sealed class FieldSlots
    {
        internal const int Capacity = Reading.MaxEntries;
        internal const long NoNumber = long.MinValue;
        /// <summary>Entry mark: the field already appeared earlier in the same reading.</summary>
        internal const int Duplicate = -2;

        internal readonly MeterField[] Fields = new MeterField[Capacity];
        internal readonly long[] DocNumber = new long[Capacity];
        internal readonly string[] DocText = new string[Capacity];
        internal readonly bool[] InDoc = new bool[Capacity];
        internal readonly long[] SentNumber = new long[Capacity];
        internal readonly string[] SentText = new string[Capacity];
        internal readonly long[] SentMs = new long[Capacity];
        internal readonly bool[] Sent = new bool[Capacity];
        internal readonly string[] Topics = new string[Capacity];
        internal readonly bool[] Announced = new bool[Capacity];
        internal readonly int[] Generation = new int[Capacity];
        internal int Count;

        /// <summary>The slot of <paramref name="field"/>, added when new; -1 when every slot is taken.</summary>
        internal int SlotOf(MeterField field, int hint)
        {
            if (hint < Count && Fields[hint] == field) return hint;
            for (int i = 0; i < Count; i++)
            {
                if (Fields[i] == field) return i;
            }

            if (Count == Capacity) return -1;
            Fields[Count] = field;
            return Count++;
        }

        /// <summary>The value of entry <paramref name="index"/> as printed, scaled to an integer (numbers and
        /// timestamps); <see cref="NoNumber"/> for text and for NaN.</summary>
        internal static long Scaled(Reading reading, int index)
        {
            MeterField f = reading.FieldAt(index);
            if (f.Kind == FieldKind.Text) return NoNumber;
            if (f.Kind == FieldKind.Timestamp) return TimestampMs(reading, index);
            if (f.Kind == FieldKind.List) return ListDigest(reading, index);
            double v = reading.NumberAt(index);
            if (double.IsNaN(v) || double.IsInfinity(v)) return NoNumber;
            int d = f.Decimals < 0 ? 0 : (f.Decimals > NumberText.MaxDecimals ? NumberText.MaxDecimals : f.Decimals);
            double s = v;
            for (int i = 0; i < d; i++) s *= 10.0;
            if (s > 9.0e18 || s < -9.0e18) return (long)(s / 1000.0);
            return s < 0 ? -(long)(-s + 0.5) : (long)(s + 0.5);
        }

        // A list changes when any item does: a digest of item count, times and values stands for it.
        private static long ListDigest(Reading reading, int index)
        {
            long h = reading.ItemCount(index);
            for (int k = 0; k < reading.ItemCount(index); k++)
            {
                h = h * 31 + reading.ItemTime(index, k);
                h = h * 31 + (long)(reading.ItemNumber(index, k) * 1000.0);
            }

            return h == NoNumber ? h + 1 : h;
        }

        /// <summary>A timestamp entry's UTC ms: its own time when present, else its number.</summary>
        internal static long TimestampMs(Reading reading, int index)
        {
            long t = reading.TimeAt(index);
            return t != 0 ? t : (long)reading.NumberAt(index);
        }
    }
}
