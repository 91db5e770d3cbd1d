using System.Text;
using NodeMqtt.Meter;
using NodeMqtt.Json;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Home Assistant discovery housekeeping for <see cref="TelemetryPublisher"/>: announces meter fields,
    /// the node's health sensors and its reconnect/reboot buttons, remembers every object announced
    /// (<see cref="AnnouncedSet"/>, persisted), and once the meter has shown what it sends after a boot
    /// (<see cref="SweepAfterReadings"/> readings), clears the retained configs of remembered fields it no
    /// longer sends with an empty retained payload, which is how Home Assistant removes an entity.
    /// </summary>
    internal sealed class DiscoveryAnnouncer
    {
        /// <summary>Readings after boot before stale fields are cleared: one garbled line must not remove a sensor.</summary>
        internal const int SweepAfterReadings = 3;

        private readonly TelemetryConfig _config;
        private readonly TopicProfile _profile;
        private readonly Outbox _outbox;
        private readonly string _swVersion;
        private readonly StringBuilder _sb;
        private readonly JsonWriter _json;
        private AnnouncedSet _announced = new AnnouncedSet(null);
        private bool _swept;

        internal DiscoveryAnnouncer(TelemetryConfig config, TopicProfile profile, Outbox outbox, string swVersion, StringBuilder sb, JsonWriter json)
        {
            _config = config;
            _profile = profile;
            _outbox = outbox;
            _swVersion = swVersion;
            _sb = sb;
            _json = json;
        }

        /// <summary>Meter identity shown as the device's manufacturer and model.</summary>
        internal MeterIdentity Meter;
        /// <summary>Whether the platform reports a Wi-Fi signal (the entity is announced only then).</summary>
        internal bool HasWifiSignal;
        /// <summary>Documents enqueued (fields, health, buttons).</summary>
        internal long Published;
        /// <summary>Stale configs cleared.</summary>
        internal long Cleared;

        internal AnnouncedSet Announced { get { return _announced; } }

        internal void UseStore(IStore store)
        {
            _announced = new AnnouncedSet(store);
        }

        /// <summary>Everything: node entities and every field seen so far.</summary>
        internal void AnnounceAll(FieldSlots slots, long nowMs)
        {
            for (int e = 0; e < HealthEntities.Count; e++)
            {
                if (e == HealthEntities.WifiSignal && !HasWifiSignal) continue;
                _json.Reset();
                DiscoveryDocument.WriteHealth(_json, _profile, e, Meter, _swVersion, HealthExpireS());
                Enqueue("sensor", HealthEntities.Key(e), nowMs);
            }

            AnnounceButton("reconnect", nowMs);
            AnnounceButton("reboot", nowMs);
            for (int slot = 0; slot < slots.Count; slot++) AnnounceField(slots, slot, nowMs);
            _announced.SaveIfChanged();
        }

        /// <summary>One field's sensor; the caller saves the remembered set (<see cref="AnnouncedSet.SaveIfChanged"/>)
        /// once after announcing a batch.</summary>
        internal void AnnounceField(FieldSlots slots, int slot, long nowMs)
        {
            MeterField f = slots.Fields[slot];
            slots.Announced[slot] = true;
            _json.Reset();
            long expire = (_config.MaxIntervalMs * 2L) / 1000;
            DiscoveryDocument.WriteField(_json, _profile, f, Meter, _swVersion, expire < 60 ? 60 : expire);
            Enqueue("sensor", f.Key, nowMs);
        }

        /// <summary>After <see cref="SweepAfterReadings"/> readings since boot: clears remembered sensors no
        /// field of this meter maps to. Runs once per boot.</summary>
        internal void SweepStale(FieldSlots slots, int readingsSinceBoot, long nowMs)
        {
            if (_swept || readingsSinceBoot < SweepAfterReadings) return;
            _swept = true;
            for (int i = _announced.Count - 1; i >= 0; i--)
            {
                string item = _announced.At(i);
                if (item.IndexOf("sensor/") != 0) continue;
                string key = item.Substring(7);
                if (IsHealthKey(key) || SeenField(slots, key)) continue;
                _outbox.Enqueue(new OutboundMessage(_profile.DiscoveryTopic("sensor", key), new byte[0], 1, true, MessageKind.Discovery, nowMs), nowMs);
                _announced.Remove(item);
                Cleared++;
            }

            _announced.SaveIfChanged();
        }

        private void AnnounceButton(string command, long nowMs)
        {
            _json.Reset();
            DiscoveryDocument.WriteButton(_json, _profile, command, Meter, _swVersion);
            Enqueue("button", command, nowMs);
        }

        private long HealthExpireS()
        {
            return (_config.HealthIntervalMs * 3L) / 1000;
        }

        private static bool IsHealthKey(string key)
        {
            for (int e = 0; e < HealthEntities.Count; e++)
            {
                if (HealthEntities.Key(e) == key) return true;
            }

            return false;
        }

        private static bool SeenField(FieldSlots slots, string key)
        {
            for (int i = 0; i < slots.Count; i++)
            {
                if (slots.Fields[i].Key == key) return true;
            }

            return false;
        }

        private void Enqueue(string component, string objectId, long nowMs)
        {
            int n = Utf8Text.ByteCount(_sb);
            byte[] payload = new byte[n];
            Utf8Text.Encode(_sb, payload, 0);
            _outbox.Enqueue(new OutboundMessage(_profile.DiscoveryTopic(component, objectId), payload, 1, true, MessageKind.Discovery, nowMs), nowMs);
            _announced.Add(component + "/" + objectId);
            Published++;
        }
    }
}
