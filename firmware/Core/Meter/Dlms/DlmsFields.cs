namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Rows DLMS push meters send that DSMR P1 has no field for (reactive power and energy, meter type,
    /// list version, power factor, frequency). Everything DSMR also has uses the <see cref="DsmrFields"/>
    /// row, so telemetry, Home Assistant discovery and ThingsBoard see the same keys for both protocols.
    /// Codes as in the Norwegian HAN lists (NVE/NEK, Aidon, Kaifa KFM_001, Kamstrup) and IEC 62056-61.
    /// </summary>
    public static class DlmsFields
    {
        /// <summary>1-0:3.7.0 Reactive power import (Q+), sent in var, published in kvar.</summary>
        public static readonly MeterField ReactivePowerDelivered = new MeterField("1-0:3.7.0", "reactive_power_delivered_kvar", "kvar", FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:4.7.0 Reactive power export (Q-).</summary>
        public static readonly MeterField ReactivePowerReturned = new MeterField("1-0:4.7.0", "reactive_power_returned_kvar", "kvar", FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:3.8.0 Cumulative reactive energy import, sent in varh, published in kvarh.</summary>
        public static readonly MeterField ReactiveEnergyDelivered = new MeterField("1-0:3.8.0", "reactive_energy_delivered_kvarh", "kvarh", FieldKind.Counter, 3, null);
        /// <summary>1-0:4.8.0 Cumulative reactive energy export.</summary>
        public static readonly MeterField ReactiveEnergyReturned = new MeterField("1-0:4.8.0", "reactive_energy_returned_kvarh", "kvarh", FieldKind.Counter, 3, null);
        /// <summary>0-0:96.1.7 (Aidon, Kaifa) or 1-1:96.1.1 (Kamstrup) meter type.</summary>
        public static readonly MeterField MeterType = new MeterField("0-0:96.1.7", "meter_type", null, FieldKind.Text, 0, null);
        /// <summary>1-1:0.2.129 OBIS list version identifier (e.g. AIDON_V0001, KFM_001, Kamstrup_V0001).</summary>
        public static readonly MeterField ListVersion = new MeterField("1-1:0.2.129", "list_version", null, FieldKind.Text, 0, null);
        /// <summary>0-0:42.0.0 COSEM logical device name (Austrian meters).</summary>
        public static readonly MeterField DeviceName = new MeterField("0-0:42.0.0", "logical_device_name", null, FieldKind.Text, 0, null);
        /// <summary>1-0:13.7.0 Power factor.</summary>
        public static readonly MeterField PowerFactor = new MeterField("1-0:13.7.0", "power_factor", null, FieldKind.Measurement, 3, "power_factor");
        /// <summary>1-0:14.7.0 Supply frequency.</summary>
        public static readonly MeterField Frequency = new MeterField("1-0:14.7.0", "frequency_hz", "Hz", FieldKind.Measurement, 2, "frequency");
    }
}
