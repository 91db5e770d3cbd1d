namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// One row of the DLMS OBIS table: which canonical field an object fills, the DLMS unit the meter
    /// counts in when it does not say (converted to the field's unit with <see cref="MeterUnit"/>), and the
    /// implicit scalers of the families that send bare values without a scaler-unit structure.
    /// </summary>
    public sealed class DlmsObisRow
    {
        /// <summary>Creates a row; <paramref name="code"/> is <see cref="DsmrObis.Pack"/> with B = 0.</summary>
        public DlmsObisRow(long code, MeterField field, int unit, int kamstrupScaler, int kaifaScaler)
        {
            Code = code;
            Field = field;
            Unit = unit;
            KamstrupScaler = kamstrupScaler;
            KaifaScaler = kaifaScaler;
        }

        /// <summary>Packed OBIS code with the channel (B) set to 0: Norwegian lists use B = 1, Aidon and
        /// the Austrian lists B = 0, for the same quantity.</summary>
        public readonly long Code;
        /// <summary>The canonical field.</summary>
        public readonly MeterField Field;
        /// <summary>The DLMS unit code of the raw value (<see cref="DlmsUnit"/>), or <see cref="DlmsUnit.None"/>.</summary>
        public readonly int Unit;
        /// <summary>Scaler Kamstrup's HAN lists imply (the Kamstrup HAN information sheet: 0.01 A, 1 V, 10 Wh).</summary>
        public readonly int KamstrupScaler;
        /// <summary>Scaler Kaifa's KFM_001 lists imply (mA, 0.1 V, W, Wh).</summary>
        public readonly int KaifaScaler;
    }
}
