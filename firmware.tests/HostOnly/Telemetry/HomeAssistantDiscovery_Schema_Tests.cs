using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;
using NodeMqtt.Ports;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Meter;

namespace NodeMqtt.Tests.HostOnly.Telemetry;

/// <summary>
/// Every Home Assistant discovery document the node can send, checked against Home Assistant's documented
/// MQTT discovery schema (allowed keys per component, required keys, entity categories) and its sensor rules
/// (which units and state classes each device class accepts), and every state Home Assistant would derive
/// from the node's real documents kept within its 255-character limit, for every field of the tables.
/// </summary>
[TestClass]
public class HomeAssistantDiscovery_Schema_Tests
{
    private static readonly HashSet<string> SensorKeys = new()
    {
        "name", "unique_id", "state_topic", "value_template", "unit_of_measurement", "device_class", "state_class",
        "entity_category", "expire_after", "availability", "availability_mode", "json_attributes_topic",
        "json_attributes_template", "device",
    };

    private static readonly HashSet<string> ButtonKeys = new()
    {
        "name", "unique_id", "command_topic", "payload_press", "device_class", "entity_category", "availability",
        "availability_mode", "device",
    };

    private static readonly HashSet<string> DeviceKeys = new() { "identifiers", "name", "manufacturer", "model", "sw_version" };

    // Home Assistant sensor device classes used here: accepted units and state classes (developer docs,
    // "Sensor entity": device classes, and the state-class checks of the sensor integration).
    private static readonly Dictionary<string, (string[] Units, string[] StateClasses)> Rules = new()
    {
        ["energy"] = (new[] { "J", "kJ", "MJ", "GJ", "mWh", "Wh", "kWh", "MWh", "GWh", "TWh", "cal", "kcal", "Mcal", "Gcal" }, new[] { "total", "total_increasing" }),
        ["power"] = (new[] { "mW", "W", "kW", "MW", "GW", "TW", "BTU/h" }, new[] { "measurement" }),
        ["voltage"] = (new[] { "\u00b5V", "mV", "V", "kV", "MV" }, new[] { "measurement" }),
        ["current"] = (new[] { "\u00b5A", "mA", "A" }, new[] { "measurement" }),
        ["gas"] = (new[] { "L", "m\u00b3", "ft\u00b3", "CCF" }, new[] { "total", "total_increasing" }),
        ["water"] = (new[] { "L", "gal", "m\u00b3", "ft\u00b3", "CCF" }, new[] { "total", "total_increasing" }),
        ["timestamp"] = (Array.Empty<string>(), Array.Empty<string>()),
        ["duration"] = (new[] { "d", "h", "min", "s", "ms" }, new[] { "measurement", "total", "total_increasing" }),
        ["data_size"] = (new[] { "bit", "kbit", "B", "kB", "KiB", "MB", "MiB" }, new[] { "measurement", "total", "total_increasing" }),
        ["signal_strength"] = (new[] { "dB", "dBm" }, new[] { "measurement" }),
    };

    private static readonly Regex TopicShape = new("^homeassistant/(sensor|button)/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+/config$");
    private static readonly Regex PlainTemplate = new(@"^\{\{ value_json\.([a-z0-9_]+) \}\}$");
    private static readonly Regex CountTemplate = new(@"^\{\{ value_json\.([a-z0-9_]+) \| default\(\[\]\) \| count \}\}$");
    private static readonly Regex TextTemplate = new(@"^\{\{ value_json\.([a-z0-9_]+) \| default\(''\) \| string \| truncate\((\d+), true, '\u2026', 0\) \}\}$");

    private static IEnumerable<MeterField> EveryField()
    {
        foreach (var f in DsmrFields.All) yield return f;
        yield return DsmrFields.PowerFailureLogCount;
        foreach (var f in new[] { DsmrFields.GasDelivered, DsmrFields.WaterDelivered, DsmrFields.HeatDelivered }) yield return f;
        foreach (var rows in new[] { DsmrFields.MbusDelivered, DsmrFields.MbusDeviceType, DsmrFields.MbusEquipmentId, DsmrFields.MbusValve })
            foreach (var f in rows) yield return f;
    }

    // Every field with a value; texts at the DSMR maximum (1024 characters) to prove the 255 limit holds.
    private static Reading Everything()
    {
        var r = new Reading { MeterTimeUtcMs = 1767323045000, Header = "ISk5\\2MT382-1000" };
        foreach (var f in EveryField())
        {
            if (f.Kind == FieldKind.Text) r.Add(f, 0, new string('x', 1024), 0);
            else if (f.Kind == FieldKind.Timestamp) r.Add(f, 1767323045000, null, 1767323045000);
            else if (f.Kind == FieldKind.List)
            {
                // Lists (power-failure log, peak history) as long as a reading holds: the state must stay short.
                int first = r.ItemsUsed;
                for (int k = 0; k < 13; k++) r.AddItem(1767323045000 - k * 2592000000L, 3.695 + k);
                r.AddList(f, first);
            }
            else r.Add(f, 12345.678, null, 0);
        }

        return r;
    }

    private static List<Reading> Readings()
    {
        var list = new List<Reading> { Everything() };
        foreach (string telegram in GoldenTelegrams.All)
        {
            var sink = new Copy();
            var reader = new MeterReader(new MeterConfig(), sink, null);
            byte[] b = Encoding.Latin1.GetBytes(telegram);
            reader.Push(b, 0, b.Length, 0);
            Assert.IsNotNull(sink.Last, "golden telegram parsed");
            list.Add(sink.Last);
        }

        return list;
    }

    private static List<(string Topic, string Payload)> Publish(Reading reading, out Node node)
    {
        var config = new NodeConfig { NodeId = "n1" };
        config.Telemetry.Profile = "homeassistant";
        node = new Node(config, new NoSessions(), new Link(), new Mem(), new Sys(), new Quiet(), 1);
        var outbox = new Outbox(new OutboxConfig { MaxMessages = 4000, MaxBytes = 4 << 20 }, null, null);
        var profile = TopicProfile.Create(config.Telemetry, "n1");
        var p = new TelemetryPublisher(config.Telemetry, profile, outbox, Node.Version) { HasWifiSignal = true };
        p.OnReading(reading, 1000);
        p.OnOnline(2000);
        var list = new List<(string, string)>();
        for (int i = 0; i < outbox.Count; i++) list.Add((outbox.At(i).Topic, Encoding.UTF8.GetString(outbox.At(i).Payload)));
        return list;
    }

    [TestMethod]
    public void EveryDiscoveryDocument_FollowsHomeAssistantSchema()
    {
        int checkedDocs = 0;
        foreach (var reading in Readings())
        {
            foreach (var (topic, payload) in Publish(reading, out _).Where(m => m.Topic.StartsWith("homeassistant/")))
            {
                Assert.IsTrue(TopicShape.IsMatch(topic), topic);
                using var doc = JsonDocument.Parse(payload);
                var root = doc.RootElement;
                bool button = topic.StartsWith("homeassistant/button/");
                var allowed = button ? ButtonKeys : SensorKeys;
                foreach (var prop in root.EnumerateObject()) Assert.IsTrue(allowed.Contains(prop.Name), $"{topic}: key '{prop.Name}' is not in the schema");
                foreach (string required in button ? new[] { "name", "unique_id", "command_topic", "device" } : new[] { "name", "unique_id", "state_topic", "value_template", "device" })
                    Assert.IsTrue(root.TryGetProperty(required, out _), $"{topic}: '{required}' missing");
                CheckAvailability(topic, root);
                CheckDevice(topic, root.GetProperty("device"));
                if (button) CheckButton(topic, root);
                else CheckSensor(topic, root);
                checkedDocs++;
            }
        }

        Assert.IsTrue(checkedDocs > 100, $"only {checkedDocs} documents checked");
        Console.WriteLine($"{checkedDocs} discovery documents checked");
    }

    private static void CheckAvailability(string topic, JsonElement root)
    {
        var list = root.GetProperty("availability");
        Assert.AreEqual(JsonValueKind.Array, list.ValueKind);
        Assert.IsTrue(list.GetArrayLength() >= 1);
        foreach (var a in list.EnumerateArray())
        {
            foreach (var prop in a.EnumerateObject())
                Assert.IsTrue(prop.Name is "topic" or "payload_available" or "payload_not_available" or "value_template", $"{topic}: availability key {prop.Name}");
            Assert.IsFalse(string.IsNullOrEmpty(a.GetProperty("topic").GetString()));
        }

        Assert.AreEqual("all", root.GetProperty("availability_mode").GetString(), topic);
    }

    private static void CheckDevice(string topic, JsonElement device)
    {
        foreach (var prop in device.EnumerateObject()) Assert.IsTrue(DeviceKeys.Contains(prop.Name), $"{topic}: device key {prop.Name}");
        Assert.AreEqual(JsonValueKind.Array, device.GetProperty("identifiers").ValueKind);
    }

    private static void CheckButton(string topic, JsonElement root)
    {
        if (root.TryGetProperty("device_class", out var dc)) Assert.IsTrue(dc.GetString() is "identify" or "restart" or "update", topic);
        if (root.TryGetProperty("entity_category", out var ec)) Assert.IsTrue(ec.GetString() is "config" or "diagnostic", topic);
    }

    private static void CheckSensor(string topic, JsonElement root)
    {
        string dc = root.TryGetProperty("device_class", out var d) ? d.GetString() : null;
        string unit = root.TryGetProperty("unit_of_measurement", out var u) ? u.GetString() : null;
        string sc = root.TryGetProperty("state_class", out var s) ? s.GetString() : null;
        if (root.TryGetProperty("entity_category", out var ec)) Assert.AreEqual("diagnostic", ec.GetString(), $"{topic}: a sensor can only be a diagnostic entity");
        if (sc != null) Assert.IsTrue(sc is "measurement" or "total" or "total_increasing", topic);
        if (root.TryGetProperty("expire_after", out var ex)) Assert.IsTrue(ex.ValueKind == JsonValueKind.Number && ex.GetInt32() > 0, topic);
        if (dc != null)
        {
            Assert.IsTrue(Rules.ContainsKey(dc), $"{topic}: device class {dc} has no rule here");
            var rule = Rules[dc];
            if (rule.Units.Length == 0) Assert.IsNull(unit, $"{topic}: {dc} takes no unit");
            else Assert.IsTrue(unit != null && rule.Units.Contains(unit), $"{topic}: unit {unit} is not valid for {dc}");
            if (rule.StateClasses.Length == 0) Assert.IsNull(sc, $"{topic}: {dc} takes no state class");
            else if (sc != null) Assert.IsTrue(rule.StateClasses.Contains(sc), $"{topic}: state class {sc} is not valid for {dc}");
        }

        string template = root.GetProperty("value_template").GetString();
        bool text = TextTemplate.IsMatch(template);
        bool count = CountTemplate.IsMatch(template);
        Assert.IsTrue(text || count || PlainTemplate.IsMatch(template), $"{topic}: template shape not known to this test: {template}");
        if (count)
        {
            Assert.IsNull(unit, $"{topic}: a list's count has no unit");
            Assert.IsNull(dc, $"{topic}: a list's count has no device class");
            Assert.IsTrue(root.TryGetProperty("json_attributes_template", out _), $"{topic}: a list travels as an attribute");
        }
        if (text)
        {
            Assert.IsNull(sc, $"{topic}: a text state has no state class");
            Assert.IsNull(unit, $"{topic}: a text state has no unit");
        }
    }

    [TestMethod]
    public void EveryStateHomeAssistantDerives_IsAtMost255Characters()
    {
        int states = 0;
        foreach (var reading in Readings())
        {
            var messages = Publish(reading, out Node node);
            var stateDoc = JsonDocument.Parse(messages.Single(m => m.Topic == "nodemqtt/n1/state").Payload).RootElement;
            var healthDoc = JsonDocument.Parse(node.HealthJson(5000)).RootElement;
            foreach (var (topic, payload) in messages.Where(m => m.Topic.StartsWith("homeassistant/sensor/")))
            {
                var root = JsonDocument.Parse(payload).RootElement;
                var source = root.GetProperty("state_topic").GetString() == "nodemqtt/n1/health" ? healthDoc : stateDoc;
                string state = Render(root.GetProperty("value_template").GetString(), source);
                if (state == null) continue; // the value is absent from this document (e.g. Wi-Fi signal on the host)
                Assert.IsTrue(state.Length <= 255, $"{topic}: state of {state.Length} characters");
                states++;
            }
        }

        Assert.IsTrue(states > 100, $"only {states} states rendered");
    }

    // Renders the three template shapes the node uses, as Home Assistant would: a JSON value as text, a list's
    // number of items, or text cut by truncate(n, true, '…', 0) to n characters.
    private static string Render(string template, JsonElement doc)
    {
        var c = CountTemplate.Match(template);
        if (c.Success) return doc.TryGetProperty(c.Groups[1].Value, out var list) ? list.GetArrayLength().ToString() : "0";
        var m = PlainTemplate.Match(template);
        if (m.Success) return doc.TryGetProperty(m.Groups[1].Value, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
        m = TextTemplate.Match(template);
        Assert.IsTrue(m.Success, "unknown template " + template);
        if (!doc.TryGetProperty(m.Groups[1].Value, out var t)) return "";
        string s = t.ValueKind == JsonValueKind.String ? t.GetString() : t.GetRawText();
        int n = int.Parse(m.Groups[2].Value);
        return s.Length <= n ? s : s.Substring(0, n - 1) + "\u2026";
    }

    private sealed class Copy : IReadingSink
    {
        public Reading Last;

        public void OnReading(Reading reading, long nowMs)
        {
            var r = new Reading { MeterTimeUtcMs = reading.MeterTimeUtcMs, Header = reading.Header };
            for (int i = 0; i < reading.Count; i++)
            {
                if (reading.FieldAt(i).Kind != FieldKind.List)
                {
                    r.Add(reading.FieldAt(i), reading.NumberAt(i), reading.TextAt(i), reading.TimeAt(i));
                    continue;
                }

                // A list entry (power-failure log, peak history) carries its items apart from the entry.
                int first = r.ItemsUsed;
                for (int k = 0; k < reading.ItemCount(i); k++) r.AddItem(reading.ItemTime(i, k), reading.ItemNumber(i, k));
                r.AddList(reading.FieldAt(i), first);
            }

            Last = r;
        }
    }

    private sealed class NoSessions : IMqttSessionFactory
    {
        public IMqttSession Create(IMqttSessionListener listener) => null;
    }

    private sealed class Link : INetworkLink, ISignalReport
    {
        public bool IsUp => false;
        public int SignalDbm => -67;
        public void RequestReconnect() { }
    }

    private sealed class Sys : ISystem
    {
        public string ChipIdHex => "abc123";
        public long FreeMemoryBytes => 81234;
        public void Reboot() { }
    }

    private sealed class Mem : IStore
    {
        private readonly Dictionary<string, byte[]> _blobs = new();
        public byte[] Read(string name) => _blobs.TryGetValue(name, out var b) ? b : null;
        public bool Write(string name, byte[] data, int count) { _blobs[name] = data[..count]; return true; }
        public void SetAside(string name) => _blobs.Remove(name);
        public void Delete(string name) => _blobs.Remove(name);
    }

    private sealed class Quiet : ILog
    {
        public void Line(string component, string message) { }
    }
}
