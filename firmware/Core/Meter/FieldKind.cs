namespace NodeMqtt.Meter
{
    /// <summary>What kind of value a meter field carries. Telemetry derives Home Assistant's
    /// state class from it (counters are <c>total_increasing</c>, measurements <c>measurement</c>).</summary>
    public enum FieldKind
    {
        /// <summary>A number that only grows (energy, gas volume, failure counts).</summary>
        Counter = 0,
        /// <summary>An instantaneous number (power, voltage, current).</summary>
        Measurement = 1,
        /// <summary>A small integer that is neither (tariff indicator, version).</summary>
        Integer = 2,
        /// <summary>Text (equipment id, text message, raw power failure log).</summary>
        Text = 3,
        /// <summary>A point in time (meter clock, gas capture time), as UTC milliseconds.</summary>
        Timestamp = 4,
        /// <summary>A list of (time, number) items in the field's unit: the power failure log (duration in s)
        /// and the Belgian 13-month peak history (kW). See <see cref="Reading.ItemCount"/>.</summary>
        List = 5
    }
}
