namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// The DLMS unit enumeration (IEC 62056-6-2 / Blue Book "unit" of the scaler_unit attribute) for the
    /// units push meters send, with their printed names, and powers of ten for scalers without Math.Pow.
    /// </summary>
    public static class DlmsUnit
    {
        /// <summary>W (active power).</summary>
        public const int Watt = 27;
        /// <summary>VA.</summary>
        public const int VoltAmpere = 28;
        /// <summary>var (reactive power).</summary>
        public const int Var = 29;
        /// <summary>Wh (active energy).</summary>
        public const int WattHour = 30;
        /// <summary>VAh.</summary>
        public const int VoltAmpereHour = 31;
        /// <summary>varh (reactive energy).</summary>
        public const int VarHour = 32;
        /// <summary>A.</summary>
        public const int Ampere = 33;
        /// <summary>V.</summary>
        public const int Volt = 35;
        /// <summary>Hz.</summary>
        public const int Hertz = 44;
        /// <summary>m3.</summary>
        public const int CubicMetre = 13;
        /// <summary>No unit / count.</summary>
        public const int None = 255;

        private static readonly double[] Pow10 = { 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

        /// <summary><paramref name="raw"/> × 10^<paramref name="scaler"/>, dividing for negative scalers so
        /// 620 with scaler -2 is exactly 6.2.</summary>
        public static double Apply(double raw, int scaler)
        {
            return scaler < 0 ? raw / Scale(-scaler) : raw * Scale(scaler);
        }

        /// <summary>The <see cref="MeterUnit"/> id of a DLMS unit code, or <see cref="MeterUnit.None"/>.</summary>
        public static int MeterUnitId(int unit)
        {
            string name = Name(unit);
            return name == null ? MeterUnit.None : MeterUnit.Find(name);
        }

        /// <summary>10^<paramref name="scaler"/> for scalers -9..9 (clamped).</summary>
        public static double Scale(int scaler)
        {
            if (scaler < -9) scaler = -9;
            if (scaler > 9) scaler = 9;
            return Pow10[scaler + 9];
        }

        /// <summary>Printed name of a unit code, or null when it has none we print.</summary>
        public static string Name(int unit)
        {
            switch (unit)
            {
                case Watt: return "W";
                case VoltAmpere: return "VA";
                case Var: return "var";
                case WattHour: return "Wh";
                case VoltAmpereHour: return "VAh";
                case VarHour: return "varh";
                case Ampere: return "A";
                case Volt: return "V";
                case Hertz: return "Hz";
                case CubicMetre: return "m3";
                default: return null;
            }
        }
    }
}
