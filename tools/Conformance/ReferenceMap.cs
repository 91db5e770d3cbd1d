using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace NodeMqtt.Conformance
{
    /// <summary>
    /// Maps each suite's reference shape onto our field keys. athom (node-dsmr-parser) JSON gives energy in
    /// Wh and power in W, versions as 4.2, ids as hex; dsmr-reader gives field strings in kWh/kW and null
    /// for absent values; dsmr_parser entries in this corpus carry no values (a note only). A reference
    /// path with no counterpart here is "unmapped" and counted apart.
    /// </summary>
    public static class ReferenceMap
    {
        /// <summary>The checks for one entry; <paramref name="hasClock"/> tells whether the telegram has a
        /// 0-0:1.0.0 line (dsmr-reader stamps a telegram without one with its own clock).</summary>
        public static List<Check> For(JsonElement expected, bool hasClock)
        {
            var checks = new List<Check>();
            if (expected.ValueKind != JsonValueKind.Object || !expected.TryGetProperty("suite", out var suite)) return checks;
            if (suite.GetString() == "athom" && expected.TryGetProperty("json", out var json))
            {
                Athom(json, checks);
                foreach (var c in checks) c.WallClock = c.Kind == Check.How.Time || c.Kind == Check.How.EntryTime;
            }

            if (suite.GetString() == "dsmrreader" && expected.TryGetProperty("assertions", out var a))
            {
                DsmrReader(a, checks);
                foreach (var c in checks)
                {
                    if (c.Name == "reading.timestamp" && !hasClock) c.Key = null;
                    if (c.Name.StartsWith("reading.electricity_") && c.Name.EndsWith("_1")) c.Fallback = c.Name.Contains("delivered") ? "energy_delivered_kwh" : "energy_returned_kwh";
                    if (c.Name.StartsWith("reading.electricity_") && c.Name.EndsWith("_2"))
                    {
                        c.Fallback = c.Name.Contains("delivered") ? "energy_delivered_kwh" : "energy_returned_kwh";
                        c.ZeroOnFallback = true;
                    }
                }
            }

            return checks;
        }

        /// <summary>What the suite says about the CRC: true (valid), false (invalid) or null (nothing).</summary>
        public static bool? CrcValid(JsonElement expected)
        {
            if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("json", out var j) && j.TryGetProperty("crcValid", out var v)
                && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False)) return v.GetBoolean();
            return null;
        }

        private static void Athom(JsonElement j, List<Check> c)
        {
            if (j.TryGetProperty("dsmr", out var dsmr) && dsmr.TryGetProperty("header", out var h))
            {
                string header = Str(h, "xxx") + Str(h, "z") + Str(h, "identifier");
                c.Add(Check.Of("dsmr.header", null, Check.How.Header, 1, JsonDocument.Parse(JsonSerializer.Serialize(header)).RootElement));
            }

            if (j.TryGetProperty("electricity", out var e))
            {
                foreach (var tariff in Props(e, "tariffs"))
                {
                    Num(c, tariff.Value, "received", "electricity.tariffs." + tariff.Name + ".received", "energy_delivered_tariff" + tariff.Name + "_kwh", 1000);
                    Num(c, tariff.Value, "returned", "electricity.tariffs." + tariff.Name + ".returned", "energy_returned_tariff" + tariff.Name + "_kwh", 1000);
                }

                if (e.TryGetProperty("total", out var total))
                {
                    Num(c, total, "received", "electricity.total.received", "energy_delivered_kwh", 1000);
                    Num(c, total, "returned", "electricity.total.returned", "energy_returned_kwh", 1000);
                }

                Num(c, e, "currentTariff", "electricity.currentTariff", "tariff_indicator", 1);
                Num(c, e, "powerReceivedTotal", "electricity.powerReceivedTotal", "power_delivered_kw", 1000);
                Num(c, e, "powerReturnedTotal", "electricity.powerReturnedTotal", "power_returned_kw", 1000);
                Phases(c, e, "powerReceived", "electricity.powerReceived", "power_delivered_{0}_kw", 1000);
                Phases(c, e, "powerReturned", "electricity.powerReturned", "power_returned_{0}_kw", 1000);
                Phases(c, e, "voltage", "electricity.voltage", "voltage_{0}_v", 1);
                Phases(c, e, "current", "electricity.current", "current_{0}_a", 1);
            }

            if (j.TryGetProperty("metadata", out var m))
            {
                Num(c, m, "dsmrVersion", "metadata.dsmrVersion", "p1_version", 0.1);
                Add(c, m, "equipmentId", "metadata.equipmentId", "equipment_id", Check.How.Text);
                Add(c, m, "serialNumber", "metadata.serialNumber", "serial_number", Check.How.Text);
                Add(c, m, "timestamp", "metadata.timestamp", "timestamp", Check.How.Time);
                Add(c, m, "textMessage", "metadata.textMessage", "text_message", Check.How.Text);
                Add(c, m, "numericMessage", "metadata.numericMessage", "text_message_code", Check.How.Text);
                if (m.TryGetProperty("events", out var ev))
                {
                    Num(c, ev, "powerFailures", "metadata.events.powerFailures", "power_failures", 1);
                    Num(c, ev, "longPowerFailures", "metadata.events.longPowerFailures", "long_power_failures", 1);
                    Phases(c, ev, "voltageSags", "metadata.events.voltageSags", "voltage_sags_{0}", 1);
                    Phases(c, ev, "voltageSwells", "metadata.events.voltageSwells", "voltage_swells_{0}", 1);
                }
            }

            MBus(j, c);
        }

        // A channel's value key follows our rule (issue 9): the first channel of a device type that carries
        // a real value takes the role key, others their channel number. The types come from the reference.
        private static void MBus(JsonElement j, List<Check> c)
        {
            var claimed = new HashSet<string>();
            foreach (var ch in Props(j, "mBus"))
            {
                JsonElement v = ch.Value;
                string p = "mBus." + ch.Name + ".";
                int type = v.TryGetProperty("deviceType", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
                bool placeholder = !v.TryGetProperty("unit", out _) && v.TryGetProperty("value", out var val) && val.ValueKind == JsonValueKind.Number && val.GetDouble() == 0;
                string role = type == 3 ? "gas_delivered_m3" : type == 7 || type == 22 ? "water_delivered_m3" : type == 6 || type == 21 ? "hot_water_delivered_m3"
                    : type == 4 || type == 12 ? "heat_delivered_gj" : type == 10 || type == 11 ? "cooling_delivered_gj" : null;
                if (type == 0 && ch.Name == "1") role = "gas_delivered_m3";
                string key = role != null && !placeholder && claimed.Add(role) ? role : "mbus" + ch.Name + "_delivered_m3";
                Num(c, v, "deviceType", p + "deviceType", "mbus" + ch.Name + "_device_type", 1);
                Add(c, v, "equipmentId", p + "equipmentId", "mbus" + ch.Name + "_equipment_id", Check.How.Text);
                Add(c, v, "timestamp", p + "timestamp", key, Check.How.EntryTime);
                Num(c, v, "value", p + "value", key, 1);
                Add(c, v, "unit", p + "unit", key, Check.How.Unit);
                Add(c, v, "recordingPeriodMinutes", p + "recordingPeriodMinutes", null, Check.How.Number);
            }
        }

        private static readonly string[][] DsmrReaderKeys =
        {
            new[] { "reading.timestamp", "timestamp", "time" },
            new[] { "reading.electricity_delivered_1", "energy_delivered_tariff1_kwh", "num" },
            new[] { "reading.electricity_delivered_2", "energy_delivered_tariff2_kwh", "num" },
            new[] { "reading.electricity_returned_1", "energy_returned_tariff1_kwh", "num" },
            new[] { "reading.electricity_returned_2", "energy_returned_tariff2_kwh", "num" },
            new[] { "reading.electricity_currently_delivered", "power_delivered_kw", "num" },
            new[] { "reading.electricity_currently_returned", "power_returned_kw", "num" },
            new[] { "reading.extra_device_timestamp", "gas_delivered_m3", "entrytime" },
            new[] { "reading.extra_device_delivered", "gas_delivered_m3", "num" },
            new[] { "meter_statistics.dsmr_version", "p1_version", "num" },
            new[] { "meter_statistics.electricity_tariff", "tariff_indicator", "num" },
            new[] { "meter_statistics.power_failure_count", "power_failures", "num" },
            new[] { "meter_statistics.long_power_failure_count", "long_power_failures", "num" },
        };

        private static void DsmrReader(JsonElement a, List<Check> c)
        {
            foreach (var p in a.EnumerateObject())
            {
                string key = null;
                var how = Check.How.Number;
                foreach (var row in DsmrReaderKeys)
                {
                    if (row[0] != p.Name) continue;
                    key = row[1];
                    how = row[2] == "time" ? Check.How.Time : row[2] == "entrytime" ? Check.How.EntryTime : Check.How.Number;
                }

                string phase = p.Name.Length > 3 ? p.Name.Substring(p.Name.Length - 2) : "";
                if (key == null && p.Name.StartsWith("reading.phase_currently_delivered_")) key = "power_delivered_" + phase + "_kw";
                if (key == null && p.Name.StartsWith("reading.phase_currently_returned_")) key = "power_returned_" + phase + "_kw";
                if (key == null && p.Name.StartsWith("reading.phase_voltage_")) key = "voltage_" + phase + "_v";
                if (key == null && p.Name.StartsWith("reading.phase_power_current_"))
                {
                    key = "current_" + phase + "_a";
                    how = Check.How.Truncated;
                }

                if (key == null && p.Name.StartsWith("meter_statistics.voltage_sag_count_")) key = "voltage_sags_" + phase;
                if (key == null && p.Name.StartsWith("meter_statistics.voltage_swell_count_")) key = "voltage_swells_" + phase;
                c.Add(Check.Of(p.Name, key, how, 1, p.Value));
            }
        }

        private static void Phases(List<Check> c, JsonElement parent, string name, string path, string keyFormat, double scale)
        {
            foreach (var ph in Props(parent, name)) Num(c, parent.GetProperty(name), ph.Name, path + "." + ph.Name, string.Format(CultureInfo.InvariantCulture, keyFormat, ph.Name), scale);
        }

        private static void Num(List<Check> c, JsonElement parent, string name, string path, string key, double scale)
        {
            if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v)) c.Add(Check.Of(path, key, Check.How.Number, scale, v));
        }

        private static void Add(List<Check> c, JsonElement parent, string name, string path, string key, Check.How how)
        {
            if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v)) c.Add(Check.Of(path, key, how, 1, v));
        }

        private static IEnumerable<JsonProperty> Props(JsonElement parent, string name)
        {
            if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var o) && o.ValueKind == JsonValueKind.Object) return o.EnumerateObject();
            return new JsonProperty[0];
        }

        private static string Str(JsonElement o, string name)
        {
            return o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "";
        }
    }
}
