using NodeMqtt.Meter;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt
{
    /// <summary>
    /// The whole node configuration. Sections are plain classes with public fields and defaults sized
    /// for an ESP32; the host loads them from JSON (snake_case keys), the device from its profile.
    /// </summary>
    public sealed class NodeConfig
    {
        /// <summary>Node name used in topics; null means <c>nodemqtt-&lt;chip id hex&gt;</c>.</summary>
        public string NodeId;
        /// <summary>Broker connection.</summary>
        public MqttConfig Mqtt = new MqttConfig();
        /// <summary>Meter input.</summary>
        public MeterConfig Meter = new MeterConfig();
        /// <summary>Link supervision.</summary>
        public SupervisorConfig Supervisor = new SupervisorConfig();
        /// <summary>Topics, payloads and publishing policy.</summary>
        public TelemetryConfig Telemetry = new TelemetryConfig();
        /// <summary>Offline outbox.</summary>
        public OutboxConfig Outbox = new OutboxConfig();

        /// <summary>Null when every section is valid, else the first "section.key: problem".</summary>
        public string Validate()
        {
            if (NodeId != null && !IsTopicSafe(NodeId)) return "node_id: use 1..64 letters, digits, '-' or '_'";
            string e = Mqtt.Validate();
            if (e == null) e = Meter.Validate();
            if (e == null) e = Supervisor.Validate();
            if (e == null) e = Telemetry.Validate();
            if (e == null) e = Outbox.Validate();
            return e;
        }

        /// <summary>The node id to use for a chip: the configured one, or <c>nodemqtt-&lt;chip&gt;</c>.</summary>
        public string ResolveNodeId(string chipIdHex)
        {
            return NodeId != null ? NodeId : "nodemqtt-" + chipIdHex;
        }

        /// <summary>The client id to use for a chip: the configured one, or the node id.</summary>
        public string ResolveClientId(string chipIdHex)
        {
            return Mqtt.ClientId != null ? Mqtt.ClientId : ResolveNodeId(chipIdHex);
        }

        private static bool IsTopicSafe(string s)
        {
            if (s.Length == 0 || s.Length > 64) return false;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                if (!ok) return false;
            }

            return true;
        }
    }
}
