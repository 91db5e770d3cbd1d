using NodeMqtt.Meter;

namespace NodeMqtt.TelemetryBench;

/// <summary>A hand-built 3-phase DSMR 5 reading of 30 fields (the DSMR parser is not needed here).</summary>
internal static class BenchReading
{
    private static readonly MeterField[] Fields =
    {
        new("1-3:0.2.8", "dsmr_version", null, FieldKind.Integer, 0, null),
        new("0-0:1.0.0", "meter_timestamp", null, FieldKind.Timestamp, 0, "timestamp"),
        new("0-0:96.1.1", "equipment_id", null, FieldKind.Text, 0, null),
        new("1-0:1.8.1", "energy_delivered_tariff1_kwh", "kWh", FieldKind.Counter, 3, "energy"),
        new("1-0:1.8.2", "energy_delivered_tariff2_kwh", "kWh", FieldKind.Counter, 3, "energy"),
        new("1-0:2.8.1", "energy_returned_tariff1_kwh", "kWh", FieldKind.Counter, 3, "energy"),
        new("1-0:2.8.2", "energy_returned_tariff2_kwh", "kWh", FieldKind.Counter, 3, "energy"),
        new("0-0:96.14.0", "electricity_tariff", null, FieldKind.Integer, 0, null),
        new("1-0:1.7.0", "power_delivered_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("1-0:2.7.0", "power_returned_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("0-0:96.7.21", "electricity_failures", null, FieldKind.Counter, 0, null),
        new("0-0:96.7.9", "electricity_long_failures", null, FieldKind.Counter, 0, null),
        new("1-0:32.32.0", "voltage_sag_l1_count", null, FieldKind.Counter, 0, null),
        new("1-0:52.32.0", "voltage_sag_l2_count", null, FieldKind.Counter, 0, null),
        new("1-0:72.32.0", "voltage_sag_l3_count", null, FieldKind.Counter, 0, null),
        new("1-0:32.36.0", "voltage_swell_l1_count", null, FieldKind.Counter, 0, null),
        new("1-0:52.36.0", "voltage_swell_l2_count", null, FieldKind.Counter, 0, null),
        new("1-0:72.36.0", "voltage_swell_l3_count", null, FieldKind.Counter, 0, null),
        new("1-0:32.7.0", "voltage_l1_v", "V", FieldKind.Measurement, 1, "voltage"),
        new("1-0:52.7.0", "voltage_l2_v", "V", FieldKind.Measurement, 1, "voltage"),
        new("1-0:72.7.0", "voltage_l3_v", "V", FieldKind.Measurement, 1, "voltage"),
        new("1-0:31.7.0", "current_l1_a", "A", FieldKind.Measurement, 0, "current"),
        new("1-0:51.7.0", "current_l2_a", "A", FieldKind.Measurement, 0, "current"),
        new("1-0:71.7.0", "current_l3_a", "A", FieldKind.Measurement, 0, "current"),
        new("1-0:21.7.0", "power_delivered_l1_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("1-0:41.7.0", "power_delivered_l2_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("1-0:61.7.0", "power_delivered_l3_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("1-0:22.7.0", "power_returned_l1_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("1-0:42.7.0", "power_returned_l2_kw", "kW", FieldKind.Measurement, 3, "power"),
        new("0-1:24.2.1", "gas_delivered_m3", "m3", FieldKind.Counter, 3, "gas"),
    };

    private const string EquipmentId = "E0043007052870318";
    private const long Start = 1767323045000; // 2026-01-02T03:04:05Z

    /// <summary>Fills <paramref name="r"/> as telegram number <paramref name="i"/>: counters creep up,
    /// power wanders, the meter clock ticks one second per telegram.</summary>
    public static void Fill(Reading r, int i)
    {
        r.Clear();
        long t = Start + i * 1000L;
        r.MeterTimeUtcMs = t;
        r.Header = "ISK5\\2M550T-1012";
        double p = 1.2 + (i % 7) * 0.011;
        r.Add(Fields[0], 50, null, 0);
        r.Add(Fields[1], 0, null, t);
        r.Add(Fields[2], 0, EquipmentId, 0);
        r.Add(Fields[3], 1431.297 + i * 0.0003, null, 0);
        r.Add(Fields[4], 1765.221 + i * 0.0001, null, 0);
        r.Add(Fields[5], 0.0, null, 0);
        r.Add(Fields[6], 12.011, null, 0);
        r.Add(Fields[7], 2, null, 0);
        r.Add(Fields[8], p, null, 0);
        r.Add(Fields[9], 0.0, null, 0);
        r.Add(Fields[10], 4, null, 0);
        r.Add(Fields[11], 2, null, 0);
        for (int k = 12; k < 18; k++) r.Add(Fields[k], k - 12, null, 0);
        r.Add(Fields[18], 229.9 + (i % 5) * 0.1, null, 0);
        r.Add(Fields[19], 230.4, null, 0);
        r.Add(Fields[20], 231.0, null, 0);
        r.Add(Fields[21], 2 + i % 2, null, 0);
        r.Add(Fields[22], 1, null, 0);
        r.Add(Fields[23], 3, null, 0);
        r.Add(Fields[24], p * 0.5, null, 0);
        r.Add(Fields[25], p * 0.3, null, 0);
        r.Add(Fields[26], p * 0.2, null, 0);
        r.Add(Fields[27], 0.0, null, 0);
        r.Add(Fields[28], 0.0, null, 0);
        r.Add(Fields[29], 12785.123 + (i / 300) * 0.01, null, t - t % 300000);
    }
}
