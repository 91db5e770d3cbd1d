using NodeMqtt.Meter;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Home Assistant MQTT discovery document for one field (retained on
    /// <c>homeassistant/sensor/&lt;node&gt;/&lt;key&gt;/config</c>). Every sensor reads the node's one state
    /// document through <c>{{ value_json.&lt;key&gt; }}</c>, so a telegram is one message however many
    /// sensors exist; availability follows the node's will and birth on the status topic.
    /// </summary>
    internal static class DiscoveryDocument
    {
        internal const string Manufacturer = "NodeMqtt";

        internal static void Write(JsonWriter w, TopicProfile profile, MeterField field, string model, string swVersion)
        {
            w.BeginObject();
            w.Property("name", HumanName(field));
            w.Name("unique_id");
            w.StringParts(profile.NodeId, "_", field.Key);
            w.Property("state_topic", profile.StateTopic);
            w.Name("value_template");
            w.StringParts("{{ value_json.", field.Key, " }}");
            string unit = HaUnit(field.Unit);
            if (unit != null) w.Property("unit_of_measurement", unit);
            if (field.DeviceClass != null) w.Property("device_class", field.DeviceClass);
            if (field.Kind == FieldKind.Counter) w.Property("state_class", "total_increasing");
            else if (field.Kind == FieldKind.Measurement) w.Property("state_class", "measurement");
            w.Property("availability_topic", profile.StatusTopic);
            w.Property("payload_available", profile.StatusOnlinePayload);
            w.Property("payload_not_available", profile.StatusOfflinePayload);
            w.Name("device");
            w.BeginObject();
            w.Name("identifiers");
            w.BeginArray();
            w.String(profile.NodeId);
            w.EndArray();
            w.Property("name", profile.NodeId);
            w.Property("manufacturer", Manufacturer);
            if (model != null) w.Property("model", model);
            if (swVersion != null) w.Property("sw_version", swVersion);
            w.EndObject();
            w.EndObject();
        }

        /// <summary>Home Assistant's spelling of a meter unit: the gas device class requires <c>m³</c>.</summary>
        internal static string HaUnit(string unit)
        {
            if (unit == "m3") return "m\u00b3";
            return unit;
        }

        /// <summary>"energy_delivered_tariff1_kwh" → "Energy delivered tariff1": underscores to spaces, the
        /// unit suffix dropped (Home Assistant shows the unit itself), first letter upper case.</summary>
        internal static string HumanName(MeterField field)
        {
            string key = field.Key;
            if (key.IndexOf(ObisKey.Prefix) == 0) return "OBIS " + field.Obis; // a code no table names: show it as the meter writes it
            int end = key.Length;
            if (field.Unit != null)
            {
                string suffix = "_" + field.Unit.ToLower();
                if (key.Length > suffix.Length && key.IndexOf(suffix, key.Length - suffix.Length) == key.Length - suffix.Length) end -= suffix.Length;
            }

            char[] chars = new char[end];
            for (int i = 0; i < end; i++)
            {
                char c = key[i];
                if (c == '_') c = ' ';
                else if (i == 0 && c >= 'a' && c <= 'z') c = (char)(c - 32);
                chars[i] = c;
            }

            return new string(chars);
        }
    }
}
