namespace NodeMqtt.Meter
{
    /// <summary>
    /// The DSMR P1 field table: one row per OBIS field with the key telemetry publishes (unit as a
    /// suffix), the unit the meter must send, the kind and the printed decimals. Sources: DSMR 5.0.2 P1
    /// Companion Standard §6.12 ("Representation of P1 telegram data objects"), DSMR 4.2.2 §6.12,
    /// DSMR 2.2+ §5.3, and Fluvius e-MUCS P1 1.7.1 §3 for the Belgian extras. M-Bus channel rows
    /// (gas, water, heat and 0-n: codes) are in DsmrFields.MBus.cs.
    /// </summary>
    public static partial class DsmrFields
    {
        private const string KWh = "kWh";
        private const string KW = "kW";

        /// <summary>1-3:0.2.8 Version information for P1 output (DSMR 4/5 §6.12), e.g. 50 for 5.0.</summary>
        public static readonly MeterField Version = new MeterField("1-3:0.2.8", "p1_version", null, FieldKind.Integer, 0, null);
        /// <summary>0-0:96.1.4 Version information, Belgian e-MUCS (§3), e.g. 50217.</summary>
        public static readonly MeterField VersionBelgium = new MeterField("0-0:96.1.4", "p1_version_be", null, FieldKind.Integer, 0, null);
        /// <summary>0-0:1.0.0 Date-time stamp of the P1 message (TST); also sets <see cref="Reading.MeterTimeUtcMs"/>.</summary>
        public static readonly MeterField Timestamp = new MeterField("0-0:1.0.0", "timestamp", null, FieldKind.Timestamp, 0, "timestamp");
        /// <summary>0-0:96.1.1 Equipment identifier (hex-encoded ASCII, decoded).</summary>
        public static readonly MeterField EquipmentId = new MeterField("0-0:96.1.1", "equipment_id", null, FieldKind.Text, 0, null);

        /// <summary>1-0:1.8.0 Meter reading electricity delivered to client, total (Luxembourg Smarty, EasyMeter) in 0,001 kWh.</summary>
        public static readonly MeterField EnergyDelivered = new MeterField("1-0:1.8.0", "energy_delivered_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:2.8.0 Meter reading electricity delivered by client, total, in 0,001 kWh.</summary>
        public static readonly MeterField EnergyReturned = new MeterField("1-0:2.8.0", "energy_returned_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:1.8.1 Meter Reading electricity delivered to client (Tariff 1) in 0,001 kWh.</summary>
        public static readonly MeterField EnergyDeliveredTariff1 = new MeterField("1-0:1.8.1", "energy_delivered_tariff1_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:1.8.2 Meter Reading electricity delivered to client (Tariff 2) in 0,001 kWh.</summary>
        public static readonly MeterField EnergyDeliveredTariff2 = new MeterField("1-0:1.8.2", "energy_delivered_tariff2_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:2.8.1 Meter Reading electricity delivered by client (Tariff 1) in 0,001 kWh.</summary>
        public static readonly MeterField EnergyReturnedTariff1 = new MeterField("1-0:2.8.1", "energy_returned_tariff1_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>1-0:2.8.2 Meter Reading electricity delivered by client (Tariff 2) in 0,001 kWh.</summary>
        public static readonly MeterField EnergyReturnedTariff2 = new MeterField("1-0:2.8.2", "energy_returned_tariff2_kwh", KWh, FieldKind.Counter, 3, "energy");
        /// <summary>0-0:96.14.0 Tariff indicator electricity (1 = low/night, 2 = normal/day in NL).</summary>
        public static readonly MeterField TariffIndicator = new MeterField("0-0:96.14.0", "tariff_indicator", null, FieldKind.Integer, 0, null);

        /// <summary>1-0:1.7.0 Actual electricity power delivered (+P) in 1 Watt resolution, sent in kW.</summary>
        public static readonly MeterField PowerDelivered = new MeterField("1-0:1.7.0", "power_delivered_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:2.7.0 Actual electricity power received (-P) in 1 Watt resolution, sent in kW.</summary>
        public static readonly MeterField PowerReturned = new MeterField("1-0:2.7.0", "power_returned_kw", KW, FieldKind.Measurement, 3, "power");

        /// <summary>0-0:96.7.21 Number of power failures in any phase.</summary>
        public static readonly MeterField PowerFailures = new MeterField("0-0:96.7.21", "power_failures", null, FieldKind.Counter, 0, null);
        /// <summary>0-0:96.7.9 Number of long power failures in any phase.</summary>
        public static readonly MeterField LongPowerFailures = new MeterField("0-0:96.7.9", "long_power_failures", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:99.97.0 Power Failure Event Log: the number of entries (0 for the bare <c>()</c> seen in the field).</summary>
        public static readonly MeterField PowerFailureLogCount = new MeterField("1-0:99.97.0", "power_failure_log_count", null, FieldKind.Integer, 0, null);
        /// <summary>1-0:99.97.0 Power Failure Event Log as a list of (end time, duration in s) items.</summary>
        public static readonly MeterField PowerFailureLog = new MeterField("1-0:99.97.0", "power_failure_log", "s", FieldKind.List, 0, null);

        /// <summary>1-0:32.32.0 Number of voltage sags in phase L1.</summary>
        public static readonly MeterField VoltageSagsL1 = new MeterField("1-0:32.32.0", "voltage_sags_l1", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:52.32.0 Number of voltage sags in phase L2.</summary>
        public static readonly MeterField VoltageSagsL2 = new MeterField("1-0:52.32.0", "voltage_sags_l2", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:72.32.0 Number of voltage sags in phase L3.</summary>
        public static readonly MeterField VoltageSagsL3 = new MeterField("1-0:72.32.0", "voltage_sags_l3", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:32.36.0 Number of voltage swells in phase L1.</summary>
        public static readonly MeterField VoltageSwellsL1 = new MeterField("1-0:32.36.0", "voltage_swells_l1", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:52.36.0 Number of voltage swells in phase L2.</summary>
        public static readonly MeterField VoltageSwellsL2 = new MeterField("1-0:52.36.0", "voltage_swells_l2", null, FieldKind.Counter, 0, null);
        /// <summary>1-0:72.36.0 Number of voltage swells in phase L3.</summary>
        public static readonly MeterField VoltageSwellsL3 = new MeterField("1-0:72.36.0", "voltage_swells_l3", null, FieldKind.Counter, 0, null);
        /// <summary>0-0:96.13.1 Text message code, DSMR 2.2-4 (hex-encoded, decoded).</summary>
        public static readonly MeterField TextMessageCode = new MeterField("0-0:96.13.1", "text_message_code", null, FieldKind.Text, 0, null);
        /// <summary>0-0:96.13.0 Text message, max 1024 characters (hex-encoded, decoded).</summary>
        public static readonly MeterField TextMessage = new MeterField("0-0:96.13.0", "text_message", null, FieldKind.Text, 0, null);

        /// <summary>1-0:32.7.0 Instantaneous voltage L1 in V resolution.</summary>
        public static readonly MeterField VoltageL1 = new MeterField("1-0:32.7.0", "voltage_l1_v", "V", FieldKind.Measurement, 1, "voltage");
        /// <summary>1-0:52.7.0 Instantaneous voltage L2 in V resolution.</summary>
        public static readonly MeterField VoltageL2 = new MeterField("1-0:52.7.0", "voltage_l2_v", "V", FieldKind.Measurement, 1, "voltage");
        /// <summary>1-0:72.7.0 Instantaneous voltage L3 in V resolution.</summary>
        public static readonly MeterField VoltageL3 = new MeterField("1-0:72.7.0", "voltage_l3_v", "V", FieldKind.Measurement, 1, "voltage");
        /// <summary>1-0:31.7.0 Instantaneous current L1 in A resolution (Belgian meters send 0,01 A).</summary>
        public static readonly MeterField CurrentL1 = new MeterField("1-0:31.7.0", "current_l1_a", "A", FieldKind.Measurement, 2, "current");
        /// <summary>1-0:51.7.0 Instantaneous current L2 in A resolution.</summary>
        public static readonly MeterField CurrentL2 = new MeterField("1-0:51.7.0", "current_l2_a", "A", FieldKind.Measurement, 2, "current");
        /// <summary>1-0:71.7.0 Instantaneous current L3 in A resolution.</summary>
        public static readonly MeterField CurrentL3 = new MeterField("1-0:71.7.0", "current_l3_a", "A", FieldKind.Measurement, 2, "current");
        /// <summary>1-0:21.7.0 Instantaneous active power L1 (+P) in W resolution, sent in kW.</summary>
        public static readonly MeterField PowerDeliveredL1 = new MeterField("1-0:21.7.0", "power_delivered_l1_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:41.7.0 Instantaneous active power L2 (+P).</summary>
        public static readonly MeterField PowerDeliveredL2 = new MeterField("1-0:41.7.0", "power_delivered_l2_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:61.7.0 Instantaneous active power L3 (+P).</summary>
        public static readonly MeterField PowerDeliveredL3 = new MeterField("1-0:61.7.0", "power_delivered_l3_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:22.7.0 Instantaneous active power L1 (-P) in W resolution, sent in kW.</summary>
        public static readonly MeterField PowerReturnedL1 = new MeterField("1-0:22.7.0", "power_returned_l1_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:42.7.0 Instantaneous active power L2 (-P).</summary>
        public static readonly MeterField PowerReturnedL2 = new MeterField("1-0:42.7.0", "power_returned_l2_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:62.7.0 Instantaneous active power L3 (-P).</summary>
        public static readonly MeterField PowerReturnedL3 = new MeterField("1-0:62.7.0", "power_returned_l3_kw", KW, FieldKind.Measurement, 3, "power");

        /// <summary>1-0:1.4.0 Current average demand, active energy import (e-MUCS §3, quarter-hour peak tariff).</summary>
        public static readonly MeterField AverageDemand = new MeterField("1-0:1.4.0", "current_average_demand_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>1-0:1.6.0 Maximum demand of the running month, <c>(timestamp)(value*kW)</c>; the entry time is when it occurred.</summary>
        public static readonly MeterField MaximumDemandMonth = new MeterField("1-0:1.6.0", "maximum_demand_month_kw", KW, FieldKind.Measurement, 3, "power");
        /// <summary>0-0:98.1.0 Maximum demand of the last 13 months (e-MUCS profile) as a list of (time of the
        /// peak, kW) items.</summary>
        public static readonly MeterField MaximumDemandHistory = new MeterField("0-0:98.1.0", "maximum_demand_13_months", KW, FieldKind.List, 3, null);
        /// <summary>0-0:96.3.10 Breaker state (e-MUCS: 0 disconnected, 1 connected, 2 ready for connection).</summary>
        public static readonly MeterField BreakerState = new MeterField("0-0:96.3.10", "breaker_state", null, FieldKind.Integer, 0, null);
        /// <summary>0-0:17.0.0 Limiter threshold in kW (e-MUCS, DSMR 2.2).</summary>
        public static readonly MeterField LimiterThreshold = new MeterField("0-0:17.0.0", "limiter_threshold_kw", KW, FieldKind.Measurement, 1, "power");
        /// <summary>1-0:31.4.0 Fuse supervision threshold L1 in A (e-MUCS).</summary>
        public static readonly MeterField FuseThresholdL1 = new MeterField("1-0:31.4.0", "fuse_threshold_l1_a", "A", FieldKind.Measurement, 0, "current");

        /// <summary>
        /// The electricity rows the parser looks up by OBIS code. <see cref="PowerFailureLogCount"/> is
        /// absent (it shares 1-0:99.97.0 with <see cref="PowerFailureLog"/>, which the parser handles).
        /// </summary>
        public static readonly MeterField[] All = new MeterField[]
        {
            Version, VersionBelgium, Timestamp, EquipmentId,
            EnergyDelivered, EnergyReturned, EnergyDeliveredTariff1, EnergyDeliveredTariff2, EnergyReturnedTariff1, EnergyReturnedTariff2,
            TariffIndicator, PowerDelivered, PowerReturned, PowerFailures, LongPowerFailures, PowerFailureLog,
            VoltageSagsL1, VoltageSagsL2, VoltageSagsL3, VoltageSwellsL1, VoltageSwellsL2, VoltageSwellsL3,
            TextMessageCode, TextMessage, VoltageL1, VoltageL2, VoltageL3, CurrentL1, CurrentL2, CurrentL3,
            PowerDeliveredL1, PowerDeliveredL2, PowerDeliveredL3, PowerReturnedL1, PowerReturnedL2, PowerReturnedL3,
            AverageDemand, MaximumDemandMonth, MaximumDemandHistory, BreakerState, LimiterThreshold, FuseThresholdL1
        };
    }
}
