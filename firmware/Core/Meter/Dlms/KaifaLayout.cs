namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// The positional lists of Kaifa's Norwegian HAN interface (list version KFM_001, the Kaifa "HAN OBIS
    /// codes KFM_001" sheet): the values come without OBIS codes, in this order, and the element count says
    /// which list and phase count it is. List 1: active power import only (every 2 s); list 2: identity,
    /// powers, currents, voltages (every 10 s); list 3: list 2 plus clock and cumulative energies (hourly).
    /// </summary>
    public static class KaifaLayout
    {
        private static readonly long ListVersion = DsmrObis.Pack(1, 1, 0, 2, 129);
        private static readonly long MeterId = DsmrObis.Pack(0, 0, 96, 1, 0);
        private static readonly long MeterType = DsmrObis.Pack(0, 0, 96, 1, 7);
        private static readonly long PPlus = DsmrObis.Pack(1, 1, 1, 7, 0);
        private static readonly long PMinus = DsmrObis.Pack(1, 1, 2, 7, 0);
        private static readonly long QPlus = DsmrObis.Pack(1, 1, 3, 7, 0);
        private static readonly long QMinus = DsmrObis.Pack(1, 1, 4, 7, 0);
        private static readonly long I1 = DsmrObis.Pack(1, 1, 31, 7, 0);
        private static readonly long I2 = DsmrObis.Pack(1, 1, 51, 7, 0);
        private static readonly long I3 = DsmrObis.Pack(1, 1, 71, 7, 0);
        private static readonly long U1 = DsmrObis.Pack(1, 1, 32, 7, 0);
        private static readonly long U2 = DsmrObis.Pack(1, 1, 52, 7, 0);
        private static readonly long U3 = DsmrObis.Pack(1, 1, 72, 7, 0);
        private static readonly long Clock = DsmrObis.Pack(0, 0, 1, 0, 0);
        private static readonly long APlus = DsmrObis.Pack(1, 1, 1, 8, 0);
        private static readonly long AMinus = DsmrObis.Pack(1, 1, 2, 8, 0);
        private static readonly long RPlus = DsmrObis.Pack(1, 1, 3, 8, 0);
        private static readonly long RMinus = DsmrObis.Pack(1, 1, 4, 8, 0);

        private static readonly long[] List1 = { PPlus };
        private static readonly long[] List2Single = { ListVersion, MeterId, MeterType, PPlus, PMinus, QPlus, QMinus, I1, U1 };
        private static readonly long[] List2Three = { ListVersion, MeterId, MeterType, PPlus, PMinus, QPlus, QMinus, I1, I2, I3, U1, U2, U3 };
        private static readonly long[] List3Single = { ListVersion, MeterId, MeterType, PPlus, PMinus, QPlus, QMinus, I1, U1, Clock, APlus, AMinus, RPlus, RMinus };
        private static readonly long[] List3Three = { ListVersion, MeterId, MeterType, PPlus, PMinus, QPlus, QMinus, I1, I2, I3, U1, U2, U3, Clock, APlus, AMinus, RPlus, RMinus };

        /// <summary>The OBIS codes of a list with <paramref name="elements"/> values, or null.</summary>
        public static long[] For(int elements)
        {
            switch (elements)
            {
                case 1: return List1;
                case 9: return List2Single;
                case 13: return List2Three;
                case 14: return List3Single;
                case 18: return List3Three;
                default: return null;
            }
        }
    }
}
