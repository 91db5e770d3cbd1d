using NodeMqtt.Meter;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Home Assistant MQTT discovery documents (retained on <c>homeassistant/&lt;component&gt;/&lt;node&gt;/&lt;object&gt;/config</c>).
    /// <list type="bullet">
    /// <item>A meter field is a sensor reading the node's one state document through
    /// <c>{{ value_json.&lt;key&gt; }}</c>; it is available only while the node <b>and</b> the meter are online
    /// (two availability topics, <c>availability_mode: all</c>) and expires after twice the publishing
    /// heartbeat, so a stalled node never shows old energy values as live.</item>
    /// <item>Text fields (text message, power-failure log, peak history, anything unknown) can be far
    /// longer than the 255 characters Home Assistant accepts as a state: their state is the text cut to
    /// <see cref="TextStateChars"/> characters by the template, and the whole value is a JSON attribute.</item>
    /// <item>Identity, version and event-count fields are <c>entity_category: diagnostic</c>.</item>
    /// <item>Node health (link, drops, outbox, uptime, memory, meter silence) are diagnostic sensors on the
    /// health document; reconnect and reboot are buttons that publish the command on the command topic.</item>
    /// </list>
    /// </summary>
    internal static class DiscoveryDocument
    {
        internal const string Manufacturer = "NodeMqtt";
        /// <summary>Home Assistant refuses states longer than this.</summary>
        internal const int MaxStateChars = 255;
        /// <summary>What a text field's template keeps of its value (the ellipsis included).</summary>
        internal const int TextStateChars = 250;

        internal static void WriteField(JsonWriter w, TopicProfile profile, MeterField field, MeterIdentity meter, string swVersion, long expireAfterS)
        {
            w.BeginObject();
            w.Property("name", HumanName(field));
            w.Name("unique_id");
            w.StringParts(profile.NodeId, "_", field.Key);
            w.Property("state_topic", profile.StateTopic);
            if (field.Kind == FieldKind.Text)
            {
                // truncate(n, true, '…', 0): at most n characters, the whole text when it fits.
                w.Name("value_template");
                w.StringParts("{{ value_json.", field.Key, " | default('') | string | truncate(250, true, '\u2026', 0) }}");
                if (IsLongText(field))
                {
                    w.Property("json_attributes_topic", profile.StateTopic);
                    w.Name("json_attributes_template");
                    w.StringParts("{{ {'", field.Key, "': value_json." + field.Key + " | default('')} | tojson }}");
                }
            }
            else if (field.Kind == FieldKind.List)
            {
                // A list (power-failure log, 13-month peak history) would be a state of hundreds of characters:
                // the state is its number of items and the list itself travels as a JSON attribute.
                w.Name("value_template");
                w.StringParts("{{ value_json.", field.Key, " | default([]) | count }}");
                w.Property("json_attributes_topic", profile.StateTopic);
                w.Name("json_attributes_template");
                w.StringParts("{{ {'", field.Key, "': value_json." + field.Key + " | default([])} | tojson }}");
            }
            else
            {
                w.Name("value_template");
                w.StringParts("{{ value_json.", field.Key, " }}");
            }

            // A list's state is a count: the items' unit and device class belong to the attribute, not to it.
            bool quantity = field.Kind != FieldKind.Text && field.Kind != FieldKind.Timestamp && field.Kind != FieldKind.List;
            string unit = HaUnit(field.Unit);
            if (unit != null && quantity) w.Property("unit_of_measurement", unit);
            if (field.DeviceClass != null && field.Kind != FieldKind.List) w.Property("device_class", field.DeviceClass);
            string stateClass = StateClass(field);
            if (stateClass != null) w.Property("state_class", stateClass);
            if (IsDiagnostic(field)) w.Property("entity_category", "diagnostic");
            if (expireAfterS > 0) w.Property("expire_after", expireAfterS);
            WriteAvailability(w, profile, true);
            WriteDevice(w, profile, meter, swVersion);
            w.EndObject();
        }

        internal static void WriteHealth(JsonWriter w, TopicProfile profile, int entity, MeterIdentity meter, string swVersion, long expireAfterS)
        {
            string key = HealthEntities.Key(entity);
            w.BeginObject();
            w.Property("name", HealthEntities.Title(entity));
            w.Name("unique_id");
            w.StringParts(profile.NodeId, "_", key);
            w.Property("state_topic", profile.HealthTopic);
            w.Name("value_template");
            w.StringParts("{{ value_json.", key, " }}");
            string unit = HealthEntities.Unit(entity);
            if (unit != null) w.Property("unit_of_measurement", unit);
            string dc = HealthEntities.DeviceClass(entity);
            if (dc != null) w.Property("device_class", dc);
            string sc = HealthEntities.StateClass(entity);
            if (sc != null) w.Property("state_class", sc);
            w.Property("entity_category", "diagnostic");
            if (expireAfterS > 0) w.Property("expire_after", expireAfterS);
            WriteAvailability(w, profile, false);
            WriteDevice(w, profile, meter, swVersion);
            w.EndObject();
        }

        internal static void WriteButton(JsonWriter w, TopicProfile profile, string command, MeterIdentity meter, string swVersion)
        {
            w.BeginObject();
            w.Property("name", command == "reboot" ? "Reboot" : "Reconnect");
            w.Name("unique_id");
            w.StringParts(profile.NodeId, "_", command);
            w.Property("command_topic", profile.CommandTopic);
            w.Property("payload_press", command);
            if (command == "reboot") w.Property("device_class", "restart");
            w.Property("entity_category", "config");
            WriteAvailability(w, profile, false);
            WriteDevice(w, profile, meter, swVersion);
            w.EndObject();
        }

        private static void WriteAvailability(JsonWriter w, TopicProfile profile, bool meterToo)
        {
            w.Name("availability");
            w.BeginArray();
            Availability(w, profile.StatusTopic, profile.StatusOnlinePayload, profile.StatusOfflinePayload);
            if (meterToo && profile.MeterTopic != null) Availability(w, profile.MeterTopic, "online", "offline");
            w.EndArray();
            w.Property("availability_mode", "all");
        }

        private static void Availability(JsonWriter w, string topic, string online, string offline)
        {
            w.BeginObject();
            w.Property("topic", topic);
            w.Property("payload_available", online);
            w.Property("payload_not_available", offline);
            w.EndObject();
        }

        private static void WriteDevice(JsonWriter w, TopicProfile profile, MeterIdentity meter, string swVersion)
        {
            w.Name("device");
            w.BeginObject();
            w.Name("identifiers");
            w.BeginArray();
            w.String(profile.NodeId);
            w.EndArray();
            w.Property("name", profile.NodeId);
            w.Property("manufacturer", meter != null && meter.Manufacturer != null ? meter.Manufacturer : Manufacturer);
            if (meter != null && meter.Model != null) w.Property("model", meter.Model);
            if (swVersion != null) w.Property("sw_version", swVersion);
            w.EndObject();
        }

        /// <summary>Home Assistant's state class: counters <c>total_increasing</c>, measurements
        /// <c>measurement</c>, nothing for text, timestamps and small integers.</summary>
        internal static string StateClass(MeterField field)
        {
            if (field.Kind == FieldKind.Counter) return "total_increasing";
            if (field.Kind == FieldKind.Measurement) return "measurement";
            return null;
        }

        /// <summary>Fields about the meter rather than the energy: identities, versions, clocks, event counts
        /// and logs. The Home Assistant UI lists them apart from the readings.</summary>
        internal static bool IsDiagnostic(MeterField field)
        {
            if (field.Kind == FieldKind.Timestamp) return true;
            string k = field.Key;
            return k.IndexOf("version") >= 0 || k.IndexOf("equipment_id") >= 0 || k.IndexOf("device_type") >= 0
                || k.IndexOf("power_failure") >= 0 || k.IndexOf("voltage_sags") >= 0 || k.IndexOf("voltage_swells") >= 0
                || k.IndexOf("valve_position") >= 0 || k == "unknown" || k.IndexOf("obis_") == 0;
        }

        /// <summary>Text that can exceed a Home Assistant state (everything but identifiers): its whole value
        /// travels as a JSON attribute.</summary>
        internal static bool IsLongText(MeterField field)
        {
            return field.Kind == FieldKind.Text && field.Key.IndexOf("equipment_id") < 0;
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
