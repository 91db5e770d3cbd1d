namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Where everything is published and what is subscribed, for one node and one profile. Data-like:
    /// every topic string is built once here and reused (no topic is concatenated per message).
    /// <list type="bullet">
    /// <item><c>generic</c>: <c>P/N/status</c> (will + birth, retained <c>offline</c>/<c>online</c>), <c>P/N/state</c>
    /// (one JSON document), optional <c>P/N/&lt;key&gt;</c>, <c>P/N/diag</c>, commands on <c>P/N/cmd</c> answered
    /// on <c>P/N/cmd/result</c>.</item>
    /// <item><c>homeassistant</c>: the generic topics plus retained <c>homeassistant/sensor/N/&lt;key&gt;/config</c>
    /// documents, re-sent when <c>homeassistant/status</c> says <c>online</c>.</item>
    /// <item><c>thingsboard</c>: telemetry on <c>v1/devices/me/telemetry</c>, attributes (birth, diagnostics) on
    /// <c>v1/devices/me/attributes</c>, RPC on <c>v1/devices/me/rpc/request/+</c> answered on
    /// <c>v1/devices/me/rpc/response/&lt;id&gt;</c>. ThingsBoard has no will/birth convention and its
    /// transport accepts only its own topics (a publish elsewhere is refused), so the status topic is the
    /// attributes topic with JSON payloads <c>{"online":true}</c> / <c>{"online":false}</c>: the will then
    /// becomes a client attribute a dashboard or rule chain can show.</item>
    /// </list>
    /// </summary>
    public sealed class TopicProfile
    {
        /// <summary>Where Home Assistant announces its own availability.</summary>
        public const string HomeAssistantStatusTopic = "homeassistant/status";

        /// <summary>ThingsBoard: where shared-attribute updates arrive (and client attributes are published).</summary>
        public const string TbAttributesTopic = "v1/devices/me/attributes";
        /// <summary>ThingsBoard: the request for shared attributes sent after every connect (request id 1).</summary>
        public const string TbAttributesRequestTopic = "v1/devices/me/attributes/request/1";
        /// <summary>ThingsBoard: answers to attribute requests.</summary>
        public const string TbAttributesResponseFilter = "v1/devices/me/attributes/response/+";
        private const string TbAttributesResponsePrefix = "v1/devices/me/attributes/response/";

        private const string TbRequestPrefix = "v1/devices/me/rpc/request/";
        private const string TbResponsePrefix = "v1/devices/me/rpc/response/";

        private TopicProfile(int kind, string nodeId, string prefix)
        {
            Kind = kind;
            NodeId = nodeId;
            string b = prefix + "/" + nodeId + "/";
            if (kind == ProfileKind.ThingsBoard)
            {
                StatusTopic = "v1/devices/me/attributes";
                StatusOnlinePayload = "{\"online\":true}";
                StatusOfflinePayload = "{\"online\":false}";
                StateTopic = "v1/devices/me/telemetry";
                DiagTopic = "v1/devices/me/attributes";
                AttributesTopic = "v1/devices/me/attributes";
                CommandTopic = TbRequestPrefix + "+";
                MeterTopic = null;
                HealthTopic = TbAttributesTopic;
                Subscriptions = new string[] { CommandTopic, TbAttributesTopic, TbAttributesResponseFilter };
                _fieldPrefix = null;
            }
            else
            {
                StatusTopic = b + "status";
                StatusOnlinePayload = "online";
                StatusOfflinePayload = "offline";
                StateTopic = b + "state";
                DiagTopic = b + "diag";
                AttributesTopic = null;
                CommandTopic = b + "cmd";
                MeterTopic = b + "meter";
                HealthTopic = b + "health";
                _resultTopic = b + "cmd/result";
                Subscriptions = kind == ProfileKind.HomeAssistant
                    ? new string[] { CommandTopic, HomeAssistantStatusTopic }
                    : new string[] { CommandTopic };
                _fieldPrefix = b;
            }
        }

        private readonly string _fieldPrefix;
        private readonly string _resultTopic;

        /// <summary>Builds the profile named in <paramref name="config"/> for node <paramref name="nodeId"/>.</summary>
        public static TopicProfile Create(TelemetryConfig config, string nodeId)
        {
            return new TopicProfile(ProfileKind.Parse(config.Profile), nodeId, config.TopicPrefix);
        }

        /// <summary>One of <see cref="ProfileKind"/>.</summary>
        public readonly int Kind;
        /// <summary>Node name used in topics and as the Home Assistant device identifier.</summary>
        public readonly string NodeId;
        /// <summary>Will and birth topic (retained); the health probe publishes here too.</summary>
        public readonly string StatusTopic;
        /// <summary>Birth payload for <see cref="StatusTopic"/>.</summary>
        public readonly string StatusOnlinePayload;
        /// <summary>Will payload for <see cref="StatusTopic"/>.</summary>
        public readonly string StatusOfflinePayload;
        /// <summary>The state document (generic/HA) or telemetry (ThingsBoard) topic.</summary>
        public readonly string StateTopic;
        /// <summary>Diagnostics topic.</summary>
        public readonly string DiagTopic;
        /// <summary>ThingsBoard attributes topic, or null for the other profiles.</summary>
        public readonly string AttributesTopic;
        /// <summary>Inbound command topic or filter (ThingsBoard: <c>v1/devices/me/rpc/request/+</c>).</summary>
        public readonly string CommandTopic;
        /// <summary>Retained <c>online</c>/<c>offline</c> of the meter itself (generic/HA); null for ThingsBoard,
        /// where it is the client attribute <c>meter_online</c>.</summary>
        public readonly string MeterTopic;
        /// <summary>The node-health document: retained <c>P/N/health</c>, or the ThingsBoard attributes topic.</summary>
        public readonly string HealthTopic;
        /// <summary>Every topic filter the supervisor subscribes to after each connect.</summary>
        public readonly string[] Subscriptions;

        /// <summary>True when the profile announces Home Assistant discovery.</summary>
        public bool UsesDiscovery { get { return Kind == ProfileKind.HomeAssistant; } }

        /// <summary>True when per-field topics exist (generic and Home Assistant).</summary>
        public bool HasFieldTopics { get { return _fieldPrefix != null; } }

        /// <summary>Topic for one field (<c>P/N/&lt;key&gt;</c>), or null when the profile has none.
        /// Allocates: callers cache it per field.</summary>
        public string FieldTopic(string key)
        {
            return _fieldPrefix == null ? null : _fieldPrefix + key;
        }

        /// <summary>Home Assistant discovery topic for one field (a sensor). Allocates: discovery is rare.</summary>
        public string DiscoveryTopic(string key)
        {
            return DiscoveryTopic("sensor", key);
        }

        /// <summary>Home Assistant discovery topic for an object of a component (<c>sensor</c>, <c>button</c>).</summary>
        public string DiscoveryTopic(string component, string objectId)
        {
            return "homeassistant/" + component + "/" + NodeId + "/" + objectId + "/config";
        }

        /// <summary>True when <paramref name="topic"/> carries ThingsBoard shared attributes (an update or the
        /// answer to the request sent on connect).</summary>
        public bool IsSharedAttributesTopic(string topic)
        {
            if (Kind != ProfileKind.ThingsBoard || topic == null) return false;
            return topic == TbAttributesTopic || topic.IndexOf(TbAttributesResponsePrefix) == 0;
        }

        /// <summary>True when <paramref name="topic"/> carries a command for this node.</summary>
        public bool IsCommandTopic(string topic)
        {
            if (topic == null) return false;
            if (Kind != ProfileKind.ThingsBoard) return topic == CommandTopic;
            return topic.Length > TbRequestPrefix.Length && topic.IndexOf(TbRequestPrefix) == 0
                && topic.IndexOf('/', TbRequestPrefix.Length) < 0;
        }

        /// <summary>Where the answer to a command received on <paramref name="commandTopic"/> goes, or null
        /// when it is not a command topic (ThingsBoard answers on the response topic with the same id).</summary>
        public string ResultTopicFor(string commandTopic)
        {
            if (!IsCommandTopic(commandTopic)) return null;
            if (Kind != ProfileKind.ThingsBoard) return _resultTopic;
            return TbResponsePrefix + commandTopic.Substring(TbRequestPrefix.Length);
        }
    }
}
