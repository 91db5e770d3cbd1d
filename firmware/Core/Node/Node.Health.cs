using NodeMqtt.Meter;
using NodeMqtt.Ports;
using NodeMqtt.Telemetry;

namespace NodeMqtt
{
    /// <summary>
    /// What the operator sees about the node and its meter (issue 13): the meter's silence and recovery
    /// (<see cref="Meter.MeterHealth"/>) with its retained availability, and the node-health document published
    /// at <c>telemetry.health_interval_ms</c> and whenever the link state changes (Home Assistant diagnostic
    /// sensors, ThingsBoard attributes and liveness).
    /// </summary>
    public sealed partial class Node
    {
        private readonly MeterHealth _meterHealth;
        private readonly ISignalReport _signal;
        private readonly TelemetryConfig _telemetryConfig;
        private long _healthMs = long.MinValue;
        private string _healthLinkState;

        /// <summary>Whether the meter delivers valid telegrams (silence detection, counters).</summary>
        public MeterHealth MeterHealth
        {
            get { return _meterHealth; }
        }

        /// <summary>The node-health document (link, drops, outbox, uptime, memory, meter) as compact JSON.</summary>
        public string HealthJson(long nowMs)
        {
            return _report.HealthJson(nowMs, nowMs - _startMs, _profile.Kind == ProfileKind.ThingsBoard, _signal == null ? 0 : _signal.SignalDbm);
        }

        private void TickMeterHealth(long nowMs)
        {
            if (_meterHealth.Tick(nowMs))
            {
                _telemetry.PublishMeterAvailability(_meterHealth.IsOnline, nowMs);
                PublishHealth(nowMs);
            }
        }

        // At its interval, and when the link state changed while a session can carry it.
        private void PublishHealthWhenDue(long nowMs)
        {
            if (nowMs - _healthMs >= _telemetryConfig.HealthIntervalMs
                || (_supervisor.CanPublish && _healthLinkState != _supervisor.StateName))
            {
                PublishHealth(nowMs);
            }
        }

        // Retained, but the broker may have lost it (no persistence) or hold an older value.
        private void OnOnlineHealth(long nowMs)
        {
            if (_meterHealth.Known) _telemetry.PublishMeterAvailability(_meterHealth.IsOnline, nowMs);
            PublishHealth(nowMs);
        }

        private void PublishHealth(long nowMs)
        {
            _healthMs = nowMs;
            _healthLinkState = _supervisor.StateName;
            _telemetry.PublishHealth(HealthJson(nowMs), nowMs);
        }
    }
}
