namespace NodeMqtt.Meter
{
    /// <summary>
    /// Stable telemetry keys for OBIS codes no field table names: <c>1-0:3.8.0</c> becomes
    /// <c>obis_1_0_3_8_0</c> (issue 9: every unknown line is published, not only the first). The DSMR and
    /// DLMS paths share it so the same quantity gets the same key whichever way the meter sends it.
    /// Allocates the key string; callers cache it per code (a steady meter sends the same codes).
    /// </summary>
    public static class ObisKey
    {
        /// <summary>The key prefix.</summary>
        public const string Prefix = "obis_";

        /// <summary>Key for value groups A..E, e.g. <c>obis_1_0_3_8_0</c>. Value group F is left out: 255
        /// ("not used", IEC 62056-61) is what every P1 line and most DLMS pushes carry.</summary>
        public static string Make(int a, int b, int c, int d, int e)
        {
            return Prefix + a + "_" + b + "_" + c + "_" + d + "_" + e;
        }

        /// <summary>Key for six value groups; F other than 255 (or negative, meaning absent) is appended,
        /// e.g. a billing-period value <c>1-0:1.8.0*101</c> becomes <c>obis_1_0_1_8_0_101</c>.</summary>
        public static string Make(int a, int b, int c, int d, int e, int f)
        {
            string key = Make(a, b, c, d, e);
            return f < 0 || f == 255 ? key : key + "_" + f;
        }

        /// <summary>Key for a code packed by <see cref="DsmrObis.Pack"/>.</summary>
        public static string Make(long packed)
        {
            return Make((int)((packed >> 32) & 0xFF), (int)((packed >> 24) & 0xFF), (int)((packed >> 16) & 0xFF), (int)((packed >> 8) & 0xFF), (int)(packed & 0xFF));
        }
    }
}
