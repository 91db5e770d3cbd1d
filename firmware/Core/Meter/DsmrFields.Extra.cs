namespace NodeMqtt.Meter
{
    /// <summary>
    /// Rows beyond the Dutch and Belgian P1 tables: codes that Austrian, Hungarian, Luxembourg and German
    /// meters send (issue 9: an E.ON Hungary telegram had 23 lines no row named). Quantities and codes
    /// from IEC 62056-61 / the DLMS blue book OBIS list: C = 1/2 active +/-, 3/4 reactive +/-, 5..8 the
    /// reactive quadrants, 9 apparent, 13 power factor, 14 frequency, 15 absolute active; D = 7
    /// instantaneous, 8 cumulative. Several rows may share a code when the meter may send different
    /// quantities under it (the limiter in kW, kVA or A): the parser takes the first whose unit fits.
    /// </summary>
    public static partial class DsmrFields
    {
        private const string Kvarh = "kvarh";
        private const string Kvar = "kvar";

        /// <summary>1-0:1.8.3 Energy delivered to client, tariff 3.</summary>
        public static readonly MeterField EnergyDeliveredTariff3 = new MeterField("1-0:1.8.3", "energy_delivered_tariff3_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:1.8.4 Energy delivered to client, tariff 4.</summary>
        public static readonly MeterField EnergyDeliveredTariff4 = new MeterField("1-0:1.8.4", "energy_delivered_tariff4_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:2.8.3 Energy delivered by client, tariff 3.</summary>
        public static readonly MeterField EnergyReturnedTariff3 = new MeterField("1-0:2.8.3", "energy_returned_tariff3_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:2.8.4 Energy delivered by client, tariff 4.</summary>
        public static readonly MeterField EnergyReturnedTariff4 = new MeterField("1-0:2.8.4", "energy_returned_tariff4_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:15.8.0 Absolute active energy |+A| + |-A|.</summary>
        public static readonly MeterField EnergyAbsolute = new MeterField("1-0:15.8.0", "energy_absolute_kwh", KWh, FieldKind.Counter, 3, "energy");

        /// <summary>1-0:3.8.0 Reactive energy import (+R).</summary>
        public static readonly MeterField ReactiveEnergyDelivered = new MeterField("1-0:3.8.0", "reactive_energy_delivered_kvarh", Kvarh, FieldKind.Counter, 3, null);
        /// <summary>1-0:4.8.0 Reactive energy export (-R).</summary>
        public static readonly MeterField ReactiveEnergyReturned = new MeterField("1-0:4.8.0", "reactive_energy_returned_kvarh", Kvarh, FieldKind.Counter, 3, null);
        /// <summary>1-0:5.8.0 Reactive energy, quadrant I.</summary>
        public static readonly MeterField ReactiveEnergyQ1 = new MeterField("1-0:5.8.0", "reactive_energy_q1_kvarh", Kvarh, FieldKind.Counter, 3, null);
        /// <summary>1-0:6.8.0 Reactive energy, quadrant II.</summary>
        public static readonly MeterField ReactiveEnergyQ2 = new MeterField("1-0:6.8.0", "reactive_energy_q2_kvarh", Kvarh, FieldKind.Counter, 3, null);
        /// <summary>1-0:7.8.0 Reactive energy, quadrant III.</summary>
        public static readonly MeterField ReactiveEnergyQ3 = new MeterField("1-0:7.8.0", "reactive_energy_q3_kvarh", Kvarh, FieldKind.Counter, 3, null);
        /// <summary>1-0:8.8.0 Reactive energy, quadrant IV.</summary>
        public static readonly MeterField ReactiveEnergyQ4 = new MeterField("1-0:8.8.0", "reactive_energy_q4_kvarh", Kvarh, FieldKind.Counter, 3, null);

        /// <summary>1-0:3.7.0 Instantaneous reactive power import (+R).</summary>
        public static readonly MeterField ReactivePowerDelivered = new MeterField("1-0:3.7.0", "reactive_power_delivered_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:4.7.0 Instantaneous reactive power export (-R).</summary>
        public static readonly MeterField ReactivePowerReturned = new MeterField("1-0:4.7.0", "reactive_power_returned_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:5.7.0 Instantaneous reactive power, quadrant I.</summary>
        public static readonly MeterField ReactivePowerQ1 = new MeterField("1-0:5.7.0", "reactive_power_q1_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:6.7.0 Instantaneous reactive power, quadrant II.</summary>
        public static readonly MeterField ReactivePowerQ2 = new MeterField("1-0:6.7.0", "reactive_power_q2_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:7.7.0 Instantaneous reactive power, quadrant III.</summary>
        public static readonly MeterField ReactivePowerQ3 = new MeterField("1-0:7.7.0", "reactive_power_q3_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");
        /// <summary>1-0:8.7.0 Instantaneous reactive power, quadrant IV.</summary>
        public static readonly MeterField ReactivePowerQ4 = new MeterField("1-0:8.7.0", "reactive_power_q4_kvar", Kvar, FieldKind.Measurement, 3, "reactive_power");

        /// <summary>1-0:9.7.0 Instantaneous apparent power import (Luxembourg Smarty).</summary>
        public static readonly MeterField ApparentPowerDelivered = new MeterField("1-0:9.7.0", "apparent_power_delivered_kva", "kVA", FieldKind.Measurement, 3, "apparent_power");
        /// <summary>1-0:10.7.0 Instantaneous apparent power export.</summary>
        public static readonly MeterField ApparentPowerReturned = new MeterField("1-0:10.7.0", "apparent_power_returned_kva", "kVA", FieldKind.Measurement, 3, "apparent_power");

        /// <summary>1-0:13.7.0 Instantaneous power factor (no unit).</summary>
        public static readonly MeterField PowerFactor = new MeterField("1-0:13.7.0", "power_factor", null, FieldKind.Measurement, 3, "power_factor");
        /// <summary>1-0:33.7.0 Instantaneous power factor L1.</summary>
        public static readonly MeterField PowerFactorL1 = new MeterField("1-0:33.7.0", "power_factor_l1", null, FieldKind.Measurement, 3, "power_factor");
        /// <summary>1-0:53.7.0 Instantaneous power factor L2.</summary>
        public static readonly MeterField PowerFactorL2 = new MeterField("1-0:53.7.0", "power_factor_l2", null, FieldKind.Measurement, 3, "power_factor");
        /// <summary>1-0:73.7.0 Instantaneous power factor L3.</summary>
        public static readonly MeterField PowerFactorL3 = new MeterField("1-0:73.7.0", "power_factor_l3", null, FieldKind.Measurement, 3, "power_factor");
        /// <summary>1-0:14.7.0 Supply frequency.</summary>
        public static readonly MeterField Frequency = new MeterField("1-0:14.7.0", "frequency_hz", "Hz", FieldKind.Measurement, 2, "frequency");

        /// <summary>1-0:51.4.0 Fuse supervision threshold L2 in A.</summary>
        public static readonly MeterField FuseThresholdL2 = new MeterField("1-0:51.4.0", "fuse_threshold_l2_a", "A", FieldKind.Measurement, 0, "current");
        /// <summary>1-0:71.4.0 Fuse supervision threshold L3 in A.</summary>
        public static readonly MeterField FuseThresholdL3 = new MeterField("1-0:71.4.0", "fuse_threshold_l3_a", "A", FieldKind.Measurement, 0, "current");
        /// <summary>0-0:17.0.0 Limiter threshold sent in kVA (Luxembourg Smarty).</summary>
        public static readonly MeterField LimiterThresholdKva = new MeterField("0-0:17.0.0", "limiter_threshold_kva", "kVA", FieldKind.Measurement, 1, "apparent_power");
        /// <summary>0-0:17.0.0 Limiter threshold sent in A (DSMR 2.2/3 Kamstrup, Kaifa).</summary>
        public static readonly MeterField LimiterThresholdCurrent = new MeterField("0-0:17.0.0", "limiter_threshold_a", "A", FieldKind.Measurement, 0, "current");

        /// <summary>0-0:96.1.0 Meter identifier (Sagemcom, E.ON Hungary), hex-decoded when printable.</summary>
        public static readonly MeterField MeterId = new MeterField("0-0:96.1.0", "meter_id", null, FieldKind.Text, 0, null);
        /// <summary>0-0:96.1.2 Serial number / EAN (e-MUCS 2.x, Sagemcom XT211), hex-decoded when printable.</summary>
        public static readonly MeterField SerialNumber = new MeterField("0-0:96.1.2", "serial_number", null, FieldKind.Text, 0, null);
        /// <summary>0-0:42.0.0 COSEM logical device name, hex-decoded when printable.</summary>
        public static readonly MeterField DeviceName = new MeterField("0-0:42.0.0", "device_name", null, FieldKind.Text, 0, null);
        /// <summary>1-0:0.0.0 Meter number (EasyMeter Q3D).</summary>
        public static readonly MeterField MeterNumber = new MeterField("1-0:0.0.0", "meter_number", null, FieldKind.Text, 0, null);

        /// <summary>The rows of this file, looked up after <see cref="All"/>.</summary>
        public static readonly MeterField[] Extra = new MeterField[]
        {
            EnergyDeliveredTariff3, EnergyDeliveredTariff4, EnergyReturnedTariff3, EnergyReturnedTariff4, EnergyAbsolute,
            ReactiveEnergyDelivered, ReactiveEnergyReturned, ReactiveEnergyQ1, ReactiveEnergyQ2, ReactiveEnergyQ3, ReactiveEnergyQ4,
            ReactivePowerDelivered, ReactivePowerReturned, ReactivePowerQ1, ReactivePowerQ2, ReactivePowerQ3, ReactivePowerQ4, ApparentPowerDelivered, ApparentPowerReturned,
            PowerFactor, PowerFactorL1, PowerFactorL2, PowerFactorL3, Frequency, FuseThresholdL2, FuseThresholdL3,
            LimiterThresholdKva, LimiterThresholdCurrent, MeterId, SerialNumber, DeviceName, MeterNumber
        };
    }
}
