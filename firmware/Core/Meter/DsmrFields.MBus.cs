namespace NodeMqtt.Meter
{
    /// <summary>
    /// M-Bus channel rows (DSMR 5.0.2 §6.12 "Gas / Thermal / Water / Slave E meter", n = 1..4).
    /// The meter value key depends on the channel's device type (0-n:24.1.0, read before the value in
    /// every telegram the spec shows): gas → <c>gas_delivered_m3</c>, water → <c>water_delivered_m3</c>,
    /// heat → <c>heat_delivered_gj</c> and so on (the parser's ValueField has the type numbers). A second
    /// meter of a kind already seen, or any other device type, is published by channel number as
    /// <c>mbusN_delivered_m3</c>; empty channels (epoch timestamp, zero value) are left out. Device type,
    /// equipment id and valve position are always published by channel number.
    /// </summary>
    public static partial class DsmrFields
    {
        /// <summary>0-n:24.2.1 (DSMR 4/5), 0-n:24.2.3 (e-MUCS) or 0-n:24.3.0 + next line (DSMR 2.2/3):
        /// last 5-minute (hourly in 2.2) gas meter reading, m3; the entry time is the capture time.</summary>
        public static readonly MeterField GasDelivered = new MeterField("0-n:24.2.1", "gas_delivered_m3", "m3", FieldKind.Counter, 3, "gas");
        /// <summary>0-n:24.2.1 on a water channel (device type 7), m3.</summary>
        public static readonly MeterField WaterDelivered = new MeterField("0-n:24.2.1", "water_delivered_m3", "m3", FieldKind.Counter, 3, "water");
        /// <summary>0-n:24.2.1 on a heat channel (device type 4), GJ.</summary>
        public static readonly MeterField HeatDelivered = new MeterField("0-n:24.2.1", "heat_delivered_gj", "GJ", FieldKind.Counter, 3, "energy");

        /// <summary>0-n:24.2.1 on a warm-water channel (device type 6 or 21), m3.</summary>
        public static readonly MeterField HotWaterDelivered = new MeterField("0-n:24.2.1", "hot_water_delivered_m3", "m3", FieldKind.Counter, 3, "water");
        /// <summary>0-n:24.2.1 on a cooling channel (device type 10 or 11), GJ.</summary>
        public static readonly MeterField CoolingDelivered = new MeterField("0-n:24.2.1", "cooling_delivered_gj", "GJ", FieldKind.Counter, 3, "energy");

        /// <summary>0-1:24.2.1 by channel number, m3.</summary>
        public static readonly MeterField Mbus1Delivered = new MeterField("0-1:24.2.1", "mbus1_delivered_m3", "m3", FieldKind.Counter, 3, null);
        /// <summary>0-2:24.2.1 by channel number, m3.</summary>
        public static readonly MeterField Mbus2Delivered = new MeterField("0-2:24.2.1", "mbus2_delivered_m3", "m3", FieldKind.Counter, 3, null);
        /// <summary>0-3:24.2.1 by channel number, m3.</summary>
        public static readonly MeterField Mbus3Delivered = new MeterField("0-3:24.2.1", "mbus3_delivered_m3", "m3", FieldKind.Counter, 3, null);
        /// <summary>0-4:24.2.1 by channel number, m3.</summary>
        public static readonly MeterField Mbus4Delivered = new MeterField("0-4:24.2.1", "mbus4_delivered_m3", "m3", FieldKind.Counter, 3, null);

        /// <summary>0-1:24.1.0 Device-Type of M-Bus channel 1 (3 gas, 4 heat, 7 water).</summary>
        public static readonly MeterField Mbus1DeviceType = new MeterField("0-1:24.1.0", "mbus1_device_type", null, FieldKind.Integer, 0, null);
        /// <summary>0-2:24.1.0 Device-Type of M-Bus channel 2.</summary>
        public static readonly MeterField Mbus2DeviceType = new MeterField("0-2:24.1.0", "mbus2_device_type", null, FieldKind.Integer, 0, null);
        /// <summary>0-3:24.1.0 Device-Type of M-Bus channel 3.</summary>
        public static readonly MeterField Mbus3DeviceType = new MeterField("0-3:24.1.0", "mbus3_device_type", null, FieldKind.Integer, 0, null);
        /// <summary>0-4:24.1.0 Device-Type of M-Bus channel 4.</summary>
        public static readonly MeterField Mbus4DeviceType = new MeterField("0-4:24.1.0", "mbus4_device_type", null, FieldKind.Integer, 0, null);

        /// <summary>0-1:96.1.0 Equipment identifier of channel 1 (e-MUCS writes 0-1:96.1.1), hex-decoded.</summary>
        public static readonly MeterField Mbus1EquipmentId = new MeterField("0-1:96.1.0", "mbus1_equipment_id", null, FieldKind.Text, 0, null);
        /// <summary>0-2:96.1.0 Equipment identifier of channel 2.</summary>
        public static readonly MeterField Mbus2EquipmentId = new MeterField("0-2:96.1.0", "mbus2_equipment_id", null, FieldKind.Text, 0, null);
        /// <summary>0-3:96.1.0 Equipment identifier of channel 3.</summary>
        public static readonly MeterField Mbus3EquipmentId = new MeterField("0-3:96.1.0", "mbus3_equipment_id", null, FieldKind.Text, 0, null);
        /// <summary>0-4:96.1.0 Equipment identifier of channel 4.</summary>
        public static readonly MeterField Mbus4EquipmentId = new MeterField("0-4:96.1.0", "mbus4_equipment_id", null, FieldKind.Text, 0, null);

        /// <summary>0-1:24.4.0 Valve position of channel 1 (DSMR 2.2/3, e-MUCS).</summary>
        public static readonly MeterField Mbus1Valve = new MeterField("0-1:24.4.0", "mbus1_valve_position", null, FieldKind.Integer, 0, null);
        /// <summary>0-2:24.4.0 Valve position of channel 2.</summary>
        public static readonly MeterField Mbus2Valve = new MeterField("0-2:24.4.0", "mbus2_valve_position", null, FieldKind.Integer, 0, null);
        /// <summary>0-3:24.4.0 Valve position of channel 3.</summary>
        public static readonly MeterField Mbus3Valve = new MeterField("0-3:24.4.0", "mbus3_valve_position", null, FieldKind.Integer, 0, null);
        /// <summary>0-4:24.4.0 Valve position of channel 4.</summary>
        public static readonly MeterField Mbus4Valve = new MeterField("0-4:24.4.0", "mbus4_valve_position", null, FieldKind.Integer, 0, null);

        /// <summary>Per-channel value rows, index = channel - 1.</summary>
        public static readonly MeterField[] MbusDelivered = new MeterField[] { Mbus1Delivered, Mbus2Delivered, Mbus3Delivered, Mbus4Delivered };
        /// <summary>Per-channel device type rows, index = channel - 1.</summary>
        public static readonly MeterField[] MbusDeviceType = new MeterField[] { Mbus1DeviceType, Mbus2DeviceType, Mbus3DeviceType, Mbus4DeviceType };
        /// <summary>Per-channel equipment id rows, index = channel - 1.</summary>
        public static readonly MeterField[] MbusEquipmentId = new MeterField[] { Mbus1EquipmentId, Mbus2EquipmentId, Mbus3EquipmentId, Mbus4EquipmentId };
        /// <summary>Per-channel valve position rows, index = channel - 1.</summary>
        public static readonly MeterField[] MbusValve = new MeterField[] { Mbus1Valve, Mbus2Valve, Mbus3Valve, Mbus4Valve };
    }
}
