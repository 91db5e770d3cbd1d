namespace NodeMqtt.Meter
{
    /// <summary>
    /// One row of a meter protocol's field table: the OBIS code, the name telemetry publishes, the canonical
    /// unit values are converted to, the kind of value and how many decimals to print. Rows are static data,
    /// created once; readings point at them instead of copying names.
    /// </summary>
    public sealed class MeterField
    {
        /// <summary>Creates a table row.</summary>
        public MeterField(string obis, string key, string unit, FieldKind kind, int decimals, string deviceClass)
        {
            Obis = obis;
            Key = key;
            Unit = unit;
            Kind = kind;
            Decimals = decimals;
            DeviceClass = deviceClass;
            UnitId = MeterUnit.Find(unit);
        }

        /// <summary>OBIS code as written in the telegram, e.g. <c>1-0:1.8.1</c>.</summary>
        public readonly string Obis;
        /// <summary>Published name with its unit as a suffix, e.g. <c>energy_delivered_tariff1_kwh</c>.</summary>
        public readonly string Key;
        /// <summary>Unit as the meter writes it (<c>kWh</c>, <c>kW</c>, <c>V</c>, <c>A</c>, <c>m3</c>, <c>s</c>), or null.</summary>
        public readonly string Unit;
        /// <summary>Kind of value.</summary>
        public readonly FieldKind Kind;
        /// <summary>Decimals to print for numbers.</summary>
        public readonly int Decimals;
        /// <summary>The canonical unit as a <see cref="MeterUnit"/> id (values in other units of the same
        /// quantity are converted to it), or <see cref="MeterUnit.None"/>.</summary>
        public readonly int UnitId;
        /// <summary>Home Assistant device class (energy, power, voltage, current, gas, timestamp), or null.</summary>
        public readonly string DeviceClass;
    }
}
