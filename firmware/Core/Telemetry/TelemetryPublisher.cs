using System.Text;
using NodeMqtt.Meter;
using NodeMqtt.Supervision;
using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Turns readings into messages in the outbox. Policy: the state document (every current value) is
    /// published when a value changed as printed and <c>MinIntervalMs</c> has passed since the last one, or
    /// when <c>MaxIntervalMs</c> has passed anyway (a heartbeat for dashboards); per-field topics follow the
    /// same rule per field. Settings are read live, so <c>set</c> commands apply at the next reading. In
    /// history mode state documents are enqueued as <see cref="MessageKind.History"/> (kept in order, not
    /// coalesced) so an outage loses no reading within the outbox bounds. Home Assistant discovery is sent
    /// on the first <see cref="OnOnline"/> after boot, for fields first seen later, and whenever
    /// <c>homeassistant/status</c> says <c>online</c> (then the state is re-sent with the next reading).
    /// One reused builder and pooled payload arrays keep a state message near one small allocation.
    /// </summary>
    public sealed partial class TelemetryPublisher : IReadingSink
    {
        /// <summary>Readings after boot before Home Assistant configs of fields the meter no longer sends are cleared.</summary>
        public const int StaleSweepAfterReadings = DiscoveryAnnouncer.SweepAfterReadings;

        private readonly TelemetryConfig _config;
        private readonly TopicProfile _profile;
        private readonly Outbox _outbox;
        private readonly string _swVersion;
        private readonly StringBuilder _sb = new StringBuilder(1024);
        private readonly JsonWriter _json;
        private readonly FieldSlots _slots = new FieldSlots();
        private readonly int[] _entrySlots = new int[Reading.MaxEntries];
        private readonly long[] _entryNumbers = new long[Reading.MaxEntries];
        private int _generation;
        private bool _docSent;
        private long _docMs;
        private bool _forceState;
        private bool _discoveryStarted;
        private readonly DiscoveryAnnouncer _discovery;
        private SharedAttributes _shared;
        private int _readingsSinceBoot;

        /// <summary>Creates a publisher; <paramref name="swVersion"/> goes into discovery and attributes. Commands
        /// take their own path (<c>CommandChannel</c>); ThingsBoard shared attributes are applied once
        /// <see cref="ApplySettingsWith"/> names the command processor that validates them.</summary>
        public TelemetryPublisher(TelemetryConfig config, TopicProfile profile, Outbox outbox, string swVersion)
        {
            _config = config;
            _profile = profile;
            _outbox = outbox;
            _swVersion = swVersion;
            _json = new JsonWriter(_sb);
            _discovery = new DiscoveryAnnouncer(config, profile, outbox, swVersion, _sb, _json);
        }

        /// <summary>State documents enqueued.</summary>
        public long StatesPublished;
        /// <summary>Per-field messages enqueued.</summary>
        public long FieldsPublished;
        /// <summary>Discovery documents enqueued.</summary>
        public long DiscoveryPublished { get { return _discovery.Published; } }
        /// <summary>Readings that produced no state document (nothing due).</summary>
        public long ReadingsSkipped;

        /// <summary>Applies the publishing policy to a reading and enqueues what is due.</summary>
        public void OnReading(Reading reading, long nowMs)
        {
            if (reading.Count == 0) return;
            bool reannounce = false;
            if (reading.Header != null && (_discovery.Meter == null || _discovery.Meter.Header != reading.Header))
            {
                reannounce = _discovery.Meter != null; // the device's model changed: every document says so
                _discovery.Meter = MeterIdentity.Parse(reading.Header);
            }

            _readingsSinceBoot++;
            _generation++;
            bool changed = false;
            bool announced = false;
            for (int i = 0; i < reading.Count; i++)
            {
                int slot = _slots.SlotOf(reading.FieldAt(i), i);
                if (slot >= 0 && _slots.Generation[slot] == _generation) slot = FieldSlots.Duplicate;
                _entrySlots[i] = slot;
                if (slot < 0) continue;
                _slots.Generation[slot] = _generation;
                long n = FieldSlots.Scaled(reading, i);
                _entryNumbers[i] = n;
                if (!_slots.InDoc[slot] || _slots.DocNumber[slot] != n || _slots.DocText[slot] != reading.TextAt(i)) changed = true;
                if (_discoveryStarted && _profile.UsesDiscovery && !_slots.Announced[slot] && !reannounce)
                {
                    _discovery.AnnounceField(_slots, slot, nowMs);
                    announced = true;
                }
            }

            if (_discoveryStarted && _profile.UsesDiscovery)
            {
                // One write of the remembered set per reading, however many new fields it brought.
                if (announced) _discovery.Announced.SaveIfChanged();
                if (reannounce) _discovery.AnnounceAll(_slots, nowMs);
                _discovery.SweepStale(_slots, _readingsSinceBoot, nowMs);
            }

            long sinceDoc = nowMs - _docMs;
            bool due = _forceState || !_docSent || sinceDoc >= _config.MaxIntervalMs || (changed && sinceDoc >= _config.MinIntervalMs);
            if (due) PublishState(reading, nowMs);
            else ReadingsSkipped++;
            if (_config.PerFieldTopics && _profile.HasFieldTopics) PublishFields(reading, nowMs);
        }

        /// <summary>The session is up: on the first call after boot, Home Assistant discovery for every field
        /// seen so far (fields seen later are announced as they appear); ThingsBoard gets the node attributes.</summary>
        public void OnOnline(long nowMs)
        {
            if (_profile.UsesDiscovery && !_discoveryStarted)
            {
                _discoveryStarted = true;
                _discovery.AnnounceAll(_slots, nowMs);
                _discovery.SweepStale(_slots, _readingsSinceBoot, nowMs);
            }

            if (_profile.Kind == ProfileKind.ThingsBoard)
            {
                _json.Reset();
                _json.BeginObject();
                _json.Property("node", _profile.NodeId);
                _json.Property("sw_version", _swVersion);
                MeterIdentity m = _discovery.Meter;
                if (m != null && m.Model != null) _json.Property("model", m.Model);
                if (m != null && m.Manufacturer != null) _json.Property("manufacturer", m.Manufacturer);
                _json.Property("profile", ProfileKind.Name(_profile.Kind));
                _json.EndObject();
                Enqueue(_profile.AttributesTopic, false, 1, false, MessageKind.Attributes, nowMs);
                // Configuration from the server: ask for the shared attributes after every connect (updates
                // arrive on the attributes topic by themselves once subscribed).
                _sb.Length = 0;
                CommandProcessor.AppendSettable(_sb.Append("{\"sharedKeys\":\""), ",").Append("\"}");
                Enqueue(TopicProfile.TbAttributesRequestTopic, false, 1, false, MessageKind.Attributes, nowMs);
            }
        }

        /// <summary>An inbound message that is not a command: Home Assistant's <c>online</c> triggers discovery and a
        /// state re-send; ThingsBoard shared attributes are applied. Returns the <see cref="CommandAction"/> for the node.</summary>
        public int OnMessage(string topic, byte[] payload, long nowMs)
        {
            if (_profile.UsesDiscovery && topic == TopicProfile.HomeAssistantStatusTopic)
            {
                if (payload != null && payload.Length == 6 && payload[0] == 'o' && payload[1] == 'n' && payload[2] == 'l'
                    && payload[3] == 'i' && payload[4] == 'n' && payload[5] == 'e')
                {
                    _discoveryStarted = true;
                    _discovery.AnnounceAll(_slots, nowMs);
                    _forceState = true;
                }

                return CommandAction.None;
            }

            if (_shared == null || !_profile.IsSharedAttributesTopic(topic)) return CommandAction.None;
            string result = _shared.Apply(payload, _config.CommandMaxBytes);
            if (result == null) return CommandAction.None;
            // The outcome becomes a client attribute, so the server shows whether its setting took.
            _json.Reset();
            _json.BeginObject();
            _json.Property("config_result", result);
            _json.EndObject();
            Enqueue(_profile.AttributesTopic, false, 1, false, MessageKind.Attributes, nowMs);
            return CommandAction.Set;
        }

        private void PublishState(Reading reading, long nowMs)
        {
            _json.Reset();
            PayloadText.WriteState(_json, reading, _entrySlots, _profile.Kind == ProfileKind.ThingsBoard);
            int kind = _config.HistoryMode ? MessageKind.History : MessageKind.State;
            Enqueue(_profile.StateTopic, _profile.Kind != ProfileKind.ThingsBoard, _config.Qos, true, kind, nowMs);
            StatesPublished++;
            for (int i = 0; i < reading.Count; i++)
            {
                int slot = _entrySlots[i];
                if (slot < 0) continue;
                _slots.InDoc[slot] = true;
                _slots.DocNumber[slot] = _entryNumbers[i];
                _slots.DocText[slot] = reading.TextAt(i);
            }

            _docSent = true;
            _docMs = nowMs;
            _forceState = false;
        }

        private void PublishFields(Reading reading, long nowMs)
        {
            for (int i = 0; i < reading.Count; i++)
            {
                int slot = _entrySlots[i];
                if (slot < 0) continue;
                long since = nowMs - _slots.SentMs[slot];
                bool changed = _slots.SentNumber[slot] != _entryNumbers[i] || _slots.SentText[slot] != reading.TextAt(i);
                if (_slots.Sent[slot] && since < _config.MaxIntervalMs && !(changed && since >= _config.MinIntervalMs)) continue;
                if (_slots.Topics[slot] == null) _slots.Topics[slot] = _profile.FieldTopic(reading.FieldAt(i).Key);
                _sb.Length = 0;
                PayloadText.WritePlain(_sb, reading, i);
                Enqueue(_slots.Topics[slot], true, _config.Qos, false, MessageKind.State, nowMs);
                FieldsPublished++;
                _slots.Sent[slot] = true;
                _slots.SentMs[slot] = nowMs;
                _slots.SentNumber[slot] = _entryNumbers[i];
                _slots.SentText[slot] = reading.TextAt(i);
            }
        }

        // Encodes the builder into an exact-length payload (pooled for state documents) and enqueues it.
        private void Enqueue(string topic, bool retain, int qos, bool pooled, int kind, long nowMs)
        {
            int n = Utf8Text.ByteCount(_sb);
            byte[] payload = pooled ? _outbox.RentPayload(n) : new byte[n];
            Utf8Text.Encode(_sb, payload, 0);
            _outbox.Enqueue(new OutboundMessage(topic, payload, qos, retain, kind, nowMs), nowMs);
        }
    }
}
