namespace NodeMqtt.Meter
{
    /// <summary>
    /// Units meters write and how they convert. Each spelling belongs to one quantity (energy, power,
    /// voltage, …) with a factor to that quantity's base unit, so a field whose canonical unit is kWh
    /// accepts <c>Wh</c>, <c>kWh</c>, <c>kwh</c> or <c>MWh</c> and refuses only another quantity (issue 9:
    /// Sagemcom T210-D sends Wh and W, EasyMeter Q3D W, some meters lower case). Shared by the DSMR and
    /// DLMS paths. Lookups by bytes do not allocate.
    /// </summary>
    public static class MeterUnit
    {
        /// <summary>Returned for a spelling not in the table.</summary>
        public const int None = -1;

        // Quantities.
        private const int Energy = 1, Power = 2, Apparent = 3, Reactive = 4, ReactiveEnergy = 5, ApparentEnergy = 6,
            Voltage = 7, Current = 8, Volume = 9, Frequency = 10, Time = 11, Percent = 12;

        // Exact spellings first (case matters for M/m prefixes); a case-insensitive pass follows, in this
        // order, so "mw" reads as MW (no meter reports milliwatts) and "kVAr" as kvar.
        private static readonly string[] Spellings =
        {
            "kWh", "Wh", "MWh", "GJ", "MJ",
            "kW", "W", "MW",
            "kVA", "VA",
            "kvar", "var",
            "kvarh", "varh",
            "kVAh", "VAh",
            "V", "kV",
            "A", "mA",
            "m3", "dm3", "l",
            "Hz", "s", "min", "h", "%"
        };

        private static readonly int[] Quantities =
        {
            Energy, Energy, Energy, Energy, Energy,
            Power, Power, Power,
            Apparent, Apparent,
            Reactive, Reactive,
            ReactiveEnergy, ReactiveEnergy,
            ApparentEnergy, ApparentEnergy,
            Voltage, Voltage,
            Current, Current,
            Volume, Volume, Volume,
            Frequency, Time, Time, Time, Percent
        };

        // Factor to the quantity's base unit (kWh, kW, kVA, kvar, kvarh, kVAh, V, A, m3, Hz, s, %).
        private static readonly double[] ToBase =
        {
            1, 0.001, 1000, 1000000.0 / 3600.0, 1000.0 / 3600.0,
            1, 0.001, 1000,
            1, 0.001,
            1, 0.001,
            1, 0.001,
            1, 0.001,
            1, 1000,
            1, 0.001,
            1, 0.001, 0.001,
            1, 1, 60, 3600, 1
        };

        /// <summary>The unit id of a spelling, or <see cref="None"/>.</summary>
        public static int Find(string unit)
        {
            if (unit == null) return None;
            for (int i = 0; i < Spellings.Length; i++)
            {
                if (Spellings[i] == unit) return i;
            }

            for (int i = 0; i < Spellings.Length; i++)
            {
                if (SameIgnoringCase(Spellings[i], unit)) return i;
            }

            return None;
        }

        /// <summary>The unit id of the <paramref name="count"/> bytes at <paramref name="offset"/>, or <see cref="None"/>.</summary>
        public static int Find(byte[] data, int offset, int count)
        {
            for (int i = 0; i < Spellings.Length; i++)
            {
                if (Ascii.SameText(data, offset, count, Spellings[i])) return i;
            }

            for (int i = 0; i < Spellings.Length; i++)
            {
                string s = Spellings[i];
                if (s.Length != count) continue;
                int k = 0;
                while (k < count && Lower((char)data[offset + k]) == Lower(s[k])) k++;
                if (k == count) return i;
            }

            return None;
        }

        /// <summary>The table spelling of a unit id (e.g. <c>kWh</c>), or null.</summary>
        public static string Name(int unit)
        {
            return unit >= 0 && unit < Spellings.Length ? Spellings[unit] : null;
        }

        /// <summary>True when both ids are units of the same quantity.</summary>
        public static bool SameQuantity(int a, int b)
        {
            return a >= 0 && b >= 0 && a < Quantities.Length && b < Quantities.Length && Quantities[a] == Quantities[b];
        }

        /// <summary>
        /// <paramref name="value"/> in unit <paramref name="from"/> expressed in unit <paramref name="to"/>.
        /// Divides for scale-downs (Wh→kWh) so decimal readings stay exact (185000 Wh is 185 kWh, not
        /// 185.00000000000003). The ids must be of the same quantity (<see cref="SameQuantity"/>).
        /// </summary>
        public static double Convert(double value, int from, int to)
        {
            if (from == to) return value;
            double f = ToBase[from];
            double t = ToBase[to];
            return f >= t ? value * (f / t) : value / (t / f);
        }

        /// <summary>Converts between spellings; NaN when either is unknown or they are different quantities.</summary>
        public static double Convert(double value, string from, string to)
        {
            int a = Find(from);
            int b = Find(to);
            return SameQuantity(a, b) ? Convert(value, a, b) : double.NaN;
        }

        /// <summary>The base unit of <paramref name="unit"/>'s quantity (kWh for Wh, kW for W, V, A, m3, …):
        /// what a value without a table row is published in. <see cref="None"/> for <see cref="None"/>.</summary>
        public static int BaseOf(int unit)
        {
            if (unit < 0 || unit >= Quantities.Length) return None;
            for (int i = 0; i < Quantities.Length; i++)
            {
                if (Quantities[i] == Quantities[unit] && ToBase[i] == 1) return i;
            }

            return unit;
        }

        /// <summary>The Home Assistant device class of a unit's quantity, or null when it has none that fits.</summary>
        public static string DeviceClass(int unit)
        {
            if (unit < 0 || unit >= Quantities.Length) return null;
            switch (Quantities[unit])
            {
                case Energy: return "energy";
                case Power: return "power";
                case Apparent: return "apparent_power";
                case Reactive: return "reactive_power";
                case Voltage: return "voltage";
                case Current: return "current";
                case Frequency: return "frequency";
                case Time: return "duration";
                default: return null;
            }
        }

        private static bool SameIgnoringCase(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (Lower(a[i]) != Lower(b[i])) return false;
            }

            return true;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
}
