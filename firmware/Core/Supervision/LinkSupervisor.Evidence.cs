using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Evidence for the episodes (issue 11) and what the broker's CONNACK asks of us (MQTT 5 limits, fallback).
    public sealed partial class LinkSupervisor
    {
        // Fixed header (≤ 5) + topic length (2) + packet id (2) + MQTT 5 property length (1): the bytes a PUBLISH adds
        // to topic and payload, rounded up so a message at the limit is refused rather than kicked.
        private const int PublishOverheadBytes = 10;
        private long _unansweredSinceMs;
        private int _tooLargeDropped;
        private int _refusedByBroker;

        /// <summary>Messages never sent because they exceed the broker's maximum packet size (MQTT 5).</summary>
        public int TooLargeDropped
        {
            get { return _tooLargeDropped; }
        }

        /// <summary>QoS 1 messages the broker acknowledged with a failure reason code (e.g. 0x87: denied by ACL).</summary>
        public int RefusedByBroker
        {
            get { return _refusedByBroker; }
        }

        private void ApplyConnack(ConnackInfo info)
        {
            _connack = info != null ? info : new ConnackInfo();
            // Receive maximum bounds the in-flight window (MQTT 5.0 §3.2.2.3.3): more would be a protocol error.
            _inflight.Limit = _connack.ReceiveMaximum > 0 ? _connack.ReceiveMaximum : int.MaxValue;
            if (_connack.ProtocolVersion == 5 && (_connack.MaximumPacketSize > 0 || _connack.ReceiveMaximum > 0 || _connack.ServerKeepAliveSeconds >= 0))
            {
                Log("broker limits (MQTT 5 CONNACK): maximum packet size " + _connack.MaximumPacketSize + " B, receive maximum " +
                    _connack.ReceiveMaximum + ", server keep alive " + _connack.ServerKeepAliveSeconds + " s (0 or -1: none)");
            }
        }

        // MQTT 5.0 §3.2.2.3.6: the client must not send a packet larger than the broker's maximum packet size; it
        // would be disconnected with 0x95. Such a message can never be delivered, so it leaves the queue, counted.
        private bool TooLargeForBroker(OutboundMessage m, long nowMs)
        {
            int max = _connack.MaximumPacketSize;
            if (max <= 0) return false;
            int size = (m.Payload != null ? m.Payload.Length : 0) + (m.Topic != null ? m.Topic.Length : 0) + PublishOverheadBytes;
            if (size <= max) return false;
            _tooLargeDropped++;
            _diag.Episodes.Finding(nowMs, DropCause.MessageTooLarge, "a " + size + "-byte message to " + m.Topic +
                " was not sent: the broker's maximum packet size is " + max + " bytes (" + _tooLargeDropped + " so far)");
            ReportVerdict();
            NotifyDelivered(m, nowMs);
            return true;
        }

        private void PublishRefused(string topic, int reasonCode, long nowMs)
        {
            _refusedByBroker++;
            DropCause c = Verdicts.FromCode(reasonCode, false);
            if (c == DropCause.None) c = DropCause.PublishDenied;
            _diag.Episodes.Finding(nowMs, c, "PUBACK " + ReasonCodes.Describe(reasonCode) + " for " + topic + " (" +
                _refusedByBroker + " messages refused so far)");
            ReportVerdict();
        }

        private void FillLoss(DropReason reason, int detail, int code, long upMs, long nowMs)
        {
            LossFacts f = _loss;
            f.Clear();
            f.Reason = reason;
            // A close event carries its kind in detail; a session the node tore down itself (probe, client gave up...)
            // or lost with the link has no transport close kind.
            f.Close = reason != DropReason.NetworkDown && DropReasonNames.CloseKindOf(reason) >= 0 ? (CloseKind)detail : CloseKind.Error;

            f.ReasonCode = reason == DropReason.ServerDisconnect ? code : 0;
            f.UpMs = upMs;
            f.Protocol = _connack.ProtocolVersion;
            f.Burst = _publishes.CountWithin(nowMs, _config.BurstWindowMs);
            f.LargestBytes = _publishes.LargestWithin(nowMs, _config.BurstWindowMs);
            f.UnackedLargestBytes = _inflight.LargestBytes;
            f.UnackedLargestAgeMs = _inflight.Count > 0 ? nowMs - _inflight.LargestSentMs : -1;
            f.LargestAckedBytes = _largestAckedBytes;
            if (_unansweredSinceMs != long.MaxValue)
            {
                f.QuietBeforeMs = _unansweredSinceMs - _publishes.LastBefore(_unansweredSinceMs);
            }
        }

        // MQTT 5 CONNACK 0x84, or a 3.1.1 broker's return code 1 to our MQTT 5 CONNECT: with mqtt.protocol = auto
        // the next attempt speaks 3.1.1 (issue 11, "MQTT 5 where the broker speaks it, 3.1.1 otherwise").
        private void FallBackIfVersionRefused(ConnectFailure kind, int code)
        {
            if (kind != ConnectFailure.Refused || _protocol != 5 || !_options.ProtocolAuto) return;
            if (code != ReasonCodes.UnsupportedProtocol && code != 1) return;
            _protocol = 4;
            _backoff.Reset();
            Log("the broker refused MQTT 5 (" + ReasonCodes.Describe(code) + "): falling back to MQTT 3.1.1");
        }

        // One console line per verdict (issue 11, "the words reach the user").
        private void ReportVerdict()
        {
            Episode e = _diag.Episodes.TakeVerdictChange();
            if (e == null) return;
            Log("diagnosis: " + DropCauseNames.Of(e.Verdict) + ": " + DropCauseNames.Describe(e.Verdict) + " (" + e.Evidence + ")");
        }

        private void WaitForNetwork(long nowMs, string why)
        {
            int delay = _backoff.NetworkSafety();
            _nextAttemptMs = nowMs + delay;
            _stats.NextAttemptAtMs = _nextAttemptMs;
            _stats.LastDelayMs = delay;
            _linkWasUp = SafeLinkUp();
            SetState(LinkState.WaitingForNetwork, nowMs, why + ", waiting for the network (safety retry in " + delay + " ms)");
        }
    }
}
