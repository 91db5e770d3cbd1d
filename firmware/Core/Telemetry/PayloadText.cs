using System.Text;
using NodeMqtt.Meter;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The telemetry payloads as text. State document (generic and Home Assistant):
    /// <c>{"meter_time":"2026-01-02T03:04:05Z","energy_delivered_tariff1_kwh":1431.297,...}</c>; ThingsBoard
    /// telemetry: <c>{"ts":1767323045000,"values":{...}}</c> (a bare values object when the meter sent no
    /// clock). Numbers use the field's decimals, text fields are JSON strings, timestamp fields ISO 8601
    /// strings (Home Assistant's timestamp device class wants that), and an entry with its own capture
    /// time (gas) adds <c>&lt;key&gt;_time</c>. Entries repeating a field already written are skipped.
    /// </summary>
    internal static class PayloadText
    {
        internal static void WriteState(JsonWriter w, Reading reading, int[] entrySlots, bool thingsBoard)
        {
            w.BeginObject();
            if (thingsBoard && reading.MeterTimeUtcMs != 0)
            {
                w.Name("ts");
                w.Long(reading.MeterTimeUtcMs);
                w.Name("values");
                w.BeginObject();
            }
            else if (!thingsBoard && reading.MeterTimeUtcMs != 0)
            {
                w.Name("meter_time");
                w.IsoTime(reading.MeterTimeUtcMs);
            }

            for (int i = 0; i < reading.Count; i++)
            {
                if (entrySlots[i] == FieldSlots.Duplicate) continue;
                MeterField f = reading.FieldAt(i);
                w.Name(f.Key);
                WriteValue(w, reading, i);
                long own = reading.TimeAt(i);
                if (own != 0 && f.Kind != FieldKind.Timestamp)
                {
                    w.Name(f.Key, "_time");
                    w.IsoTime(own);
                }
            }

            if (thingsBoard && reading.MeterTimeUtcMs != 0) w.EndObject();
            w.EndObject();
        }

        /// <summary>One entry's value as a JSON value.</summary>
        internal static void WriteValue(JsonWriter w, Reading reading, int i)
        {
            MeterField f = reading.FieldAt(i);
            if (f.Kind == FieldKind.Text) w.String(reading.TextAt(i));
            else if (f.Kind == FieldKind.List) WriteList(w, reading, i);
            else if (f.Kind == FieldKind.Timestamp) w.IsoTime(FieldSlots.TimestampMs(reading, i));
            else w.Number(reading.NumberAt(i), f.Decimals);
        }

        /// <summary>A list entry (power failure log, peak history) as
        /// <c>[{"time":"2010-12-08T14:24:15Z","duration_s":240},…]</c> or <c>[{"time":…,"kw":3.695},…]</c>;
        /// an item whose time the meter garbled has <c>"time":null</c>.</summary>
        internal static void WriteList(JsonWriter w, Reading reading, int i)
        {
            MeterField f = reading.FieldAt(i);
            string name = f.Unit == "s" ? "duration_s" : "kw";
            w.BeginArray();
            for (int k = 0; k < reading.ItemCount(i); k++)
            {
                w.BeginObject();
                w.Name("time");
                long t = reading.ItemTime(i, k);
                if (t == 0) w.Null();
                else w.IsoTime(t);
                w.Name(name);
                w.Number(reading.ItemNumber(i, k), f.Decimals);
                w.EndObject();
            }

            w.EndArray();
        }

        /// <summary>One entry's value as plain text for its own topic (<c>1431.297</c>, <c>hello</c>,
        /// <c>2026-01-02T03:04:05Z</c>): what DSMR-reader and most dashboards expect on a per-field topic.</summary>
        internal static void WritePlain(StringBuilder sb, Reading reading, int i)
        {
            MeterField f = reading.FieldAt(i);
            if (f.Kind == FieldKind.Text)
            {
                string t = reading.TextAt(i);
                if (t != null) sb.Append(t);
            }
            else if (f.Kind == FieldKind.List) WriteList(new JsonWriter(sb), reading, i);
            else if (f.Kind == FieldKind.Timestamp) NumberText.AppendIsoUtc(sb, FieldSlots.TimestampMs(reading, i));
            else NumberText.AppendFixed(sb, reading.NumberAt(i), f.Decimals);
        }
    }
}
