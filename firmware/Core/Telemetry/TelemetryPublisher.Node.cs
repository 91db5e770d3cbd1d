using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Telemetry
{
    /// <summary>The messages about the node rather than the meter's readings: diagnostics, the meter's
    /// availability and the node-health document.</summary>
    public sealed partial class TelemetryPublisher
    {
        /// <summary>Applies ThingsBoard shared attributes through <paramref name="processor"/>'s <c>set</c>
        /// validation; without it they are ignored.</summary>
        public void ApplySettingsWith(CommandProcessor processor)
        {
            _shared = processor == null ? null : new SharedAttributes(processor);
        }

        /// <summary>Keeps the set of announced Home Assistant objects in <paramref name="store"/>, so stale
        /// configs are cleared even after a reboot with another meter. Call before the first reading.</summary>
        public void RememberIn(IStore store)
        {
            _discovery.UseStore(store);
        }

        /// <summary>Announce the Wi-Fi signal sensor (the platform knows the signal).</summary>
        public bool HasWifiSignal
        {
            get { return _discovery.HasWifiSignal; }
            set { _discovery.HasWifiSignal = value; }
        }

        /// <summary>ThingsBoard shared attributes applied / refused (null when commands are off).</summary>
        public SharedAttributes Shared { get { return _shared; } }

        /// <summary>Enqueues a diagnostics JSON document: retained on the diag topic, or for ThingsBoard as
        /// the client attribute <c>diag</c> (<c>{"diag":...}</c>). The caller vouches that it is valid JSON.</summary>
        public void PublishDiag(string json, long nowMs)
        {
            _json.Reset();
            bool tb = _profile.Kind == ProfileKind.ThingsBoard;
            if (tb)
            {
                _json.BeginObject();
                _json.Name("diag");
                _json.Raw(json);
                _json.EndObject();
            }
            else _sb.Append(json);
            Enqueue(_profile.DiagTopic, !tb, _config.Qos, false, MessageKind.Diag, nowMs);
        }

        /// <summary>Enqueues the meter's availability: retained <c>online</c>/<c>offline</c> on the meter topic
        /// (Home Assistant entities require it besides the node's status). ThingsBoard carries it in the
        /// health attributes instead.</summary>
        public void PublishMeterAvailability(bool online, long nowMs)
        {
            if (_profile.MeterTopic == null) return;
            _sb.Length = 0;
            _sb.Append(online ? "online" : "offline");
            Enqueue(_profile.MeterTopic, true, 1, false, MessageKind.State, nowMs);
        }

        /// <summary>Enqueues the node-health document (a flat JSON object with the <see cref="HealthEntities"/>
        /// keys): retained on the health topic, or as ThingsBoard client attributes. Latest wins in the outbox.</summary>
        public void PublishHealth(string json, long nowMs)
        {
            _sb.Length = 0;
            _sb.Append(json);
            Enqueue(_profile.HealthTopic, _profile.Kind != ProfileKind.ThingsBoard, 1, false, MessageKind.State, nowMs);
        }
    }
}
