using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Online: the health probe (ARCHITECTURE.md, "Health probe"), the stable period and takeover bookkeeping.
    public sealed partial class LinkSupervisor
    {
        private int _probeId;
        private long _probeSentMs;
        private long _lastProbeMs;
        private long _lastAckMs;
        private long _lastSkipMs;
        private bool _stableDone;

        private void StepOnline(long nowMs)
        {
            IMqttSession s = _session;
            // The client's own belief is checked every step: M2Mqtt notices some deaths before we would. Its
            // close event, with the cause the transport saw (peer close, reset), is usually already on its way
            // through the event queue: wait a short grace for it, so the drop is named by that cause and not
            // as "not connected".
            if (!SafeIsConnected(s))
            {
                if (_notConnectedSinceMs < 0) _notConnectedSinceMs = nowMs;
                if (nowMs - _notConnectedSinceMs >= NotConnectedGraceMs && _session == s) Abort(DropReason.NotConnected, 0, 0, null, nowMs);
                return;
            }

            _notConnectedSinceMs = -1;

            if (_probeId != 0 && nowMs - _probeSentMs >= _config.ProbeDeadlineMs)
            {
                Abort(DropReason.ProbeTimeout, 0, 0, "no PUBACK within " + _config.ProbeDeadlineMs + " ms", nowMs);
                return;
            }

            // Telemetry is a probe too: acks of a publishing node make the probe unnecessary (below), so their
            // absence must count as well, or a black hole under steady traffic waits for the next probe period.
            if (_inflight.Count > 0 && nowMs - _inflight.OldestSentMs >= _config.ProbeDeadlineMs)
            {
                Abort(DropReason.ProbeTimeout, 0, 0, "no PUBACK for a telemetry message within " + _config.ProbeDeadlineMs + " ms", nowMs);
                return;
            }

            long upMs = nowMs - _connectedAtMs;
            if (!_stableDone && upMs >= _config.StableAfterMs) OnStable(upMs, nowMs);
            if (_takeover.Active && upMs >= _config.TakeoverClearAfterMs)
            {
                _takeover.Clear();
                Log("takeover cleared: session " + _sessionNumber + " up " + upMs + " ms; normal backoff again");
            }

            // Health probe: M2Mqtt pings only after a keepalive period without sending, so a node that publishes
            // keeps a dead session "alive" (NANOFRAMEWORK.md). A recent QoS 1 ack proves the path: skip then.
            if (_probeId == 0 && nowMs - _lastProbeMs >= _config.ProbePeriodMs)
            {
                if (nowMs - _lastAckMs >= _config.ProbePeriodMs) SendProbe(nowMs);
                else if (nowMs - _lastSkipMs >= _config.ProbePeriodMs)
                {
                    _stats.ProbesSkipped++;
                    _lastSkipMs = nowMs;
                }
            }
        }

        private bool SendProbe(long nowMs)
        {
            if (_notConnectedSinceMs >= 0) return true; // the client says it is gone: the close event decides
            IMqttSession s = _session;
            int id = SafePublish(s, _statusTopic, _onlinePayload, 1, true);
            _stats.ProbesSent++;
            _lastProbeMs = nowMs;
            _publishes.Add(nowMs, _onlinePayload.Length);
            if (id <= 0)
            {
                if (_session == s) Abort(DropReason.ProbeFailed, 0, 0, id < 0 ? "probe publish threw" : "probe refused by the client", nowMs);
                return false;
            }

            _probeId = id;
            _probeSentMs = nowMs;
            return true;
        }

        // A session that stayed up StableAfterMs: only now the backoff resets (never on CONNACK alone, FIELD-FACTS.md
        // rc 7 story), the reboot budget refills, and a takeover diagnosed earlier is reported.
        private void OnStable(long upMs, long nowMs)
        {
            _stableDone = true;
            _backoff.Reset();
            _diag.Record(nowMs, EventKind.Stable, _sessionNumber, 0, null);
            _diag.Episodes.Stable(nowMs);
            ReportVerdict();
            Log("session " + _sessionNumber + " stable after " + upMs + " ms: backoff reset");
            ResetRebootBudget();
            if (_takeover.Unreported)
            {
                _takeover.MarkReported();
                Log("report: another client uses this client id or token (" + _diag.Counters.Takeovers +
                    " diagnoses so far); give each device its own id");
            }
        }

        // Closes soon after CONNACK are counted for the diag document; the takeover verdict itself needs more
        // evidence than a count (Verdicts, issue 11).
        private void QuickKick(long upMs, long nowMs)
        {
            _diag.Record(nowMs, EventKind.QuickKick, (int)upMs, 0, null);
        }
    }
}
