using System;
using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Session events (IMqttSessionListener), publishing and the health probe. Every event names its session;
    // events of a session already torn down are counted as stale and ignored (IMqttSessionListener contract).
    public sealed partial class LinkSupervisor
    {
        /// <summary>Hands a message to the session. QoS 1 is tracked in flight until its PUBACK
        /// (<see cref="ISupervisorListener.OnDelivered"/>) or handed back (<see cref="ISupervisorListener.OnReturned"/>);
        /// QoS 0 is reported delivered at once. False when not online, the in-flight window is full, or the
        /// client refused it: the caller keeps the message.</summary>
        public bool TryPublish(OutboundMessage m, long nowMs)
        {
            _lastNowMs = nowMs;
            try
            {
                if (m == null || _state != LinkState.Online || _session == null || (m.Qos > 0 && !_inflight.HasRoom))
                {
                    return false;
                }

                if (TooLargeForBroker(m, nowMs))
                {
                    return true; // consumed: reported and counted, never sent (MQTT 5 maximum packet size)
                }

                IMqttSession s = _session;
                int id = SafePublish(s, m.Topic, m.Payload, m.Qos > 0 ? 1 : 0, m.Retain);
                if (id < 0)
                {
                    Abort(DropReason.PortFailure, 0, 0, "publish threw", nowMs);
                    return false;
                }

                if (id == 0)
                {
                    // Refused: a dead client refuses everything, so ask it; a full client queue is not fatal.
                    // The session's own close event is usually queued already: StepOnline gives it a moment to arrive
                    // so the episode learns how the connection ended (FIN or RST), not just "not connected".
                    if (!SafeIsConnected(s) && _session == s && _notConnectedSinceMs < 0) _notConnectedSinceMs = nowMs;
                    return false;
                }

                m.Attempts++;
                _publishes.Add(nowMs, m.Payload != null ? m.Payload.Length : 0);
                if (m.Qos == 0)
                {
                    NotifyDelivered(m, nowMs);
                }
                else
                {
                    _inflight.Add(id, m, nowMs);
                }

                return true;
            }
            catch (Exception e)
            {
                Internal(e);
                return false;
            }
        }

        /// <inheritdoc />
        public void OnConnected(IMqttSession session, bool sessionPresent, ConnackInfo info)
        {
            try
            {
                if (IsStale(session) || _state != LinkState.Connecting) return;
                ApplyConnack(info);
                Connected(sessionPresent, _lastNowMs);
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <inheritdoc />
        public void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode)
        {
            try
            {
                if (IsStale(session)) return;
                if (_state == LinkState.Connecting) Abort(DropReason.ConnectFailed, (int)kind, reasonCode, null, _lastNowMs);
                else Abort(DropReason.SocketError, 0, reasonCode, "connect failure reported while online", _lastNowMs);
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <inheritdoc />
        public void OnPublished(IMqttSession session, int messageId, bool acknowledged, int reasonCode)
        {
            try
            {
                if (IsStale(session) || _state != LinkState.Online) return;
                long now = _lastNowMs;
                if (_probeId != 0 && messageId == _probeId)
                {
                    _probeId = 0;
                    if (acknowledged && ReasonCodes.IsFailure(reasonCode)) PublishRefused(_statusTopic, reasonCode, now);
                    if (acknowledged) _lastAckMs = now;
                    else Abort(DropReason.ProbeFailed, 0, 0, "probe given up by the client", now);
                    return;
                }

                if (!acknowledged)
                {
                    // M2Mqtt gave up after 3 tries without PUBACK (NANOFRAMEWORK.md): the session is suspect.
                    // The abort hands this message back together with the rest, in publish order.
                    Abort(DropReason.PublishGaveUp, 0, 0, "message " + messageId + " given up by the client", now);
                    return;
                }

                OutboundMessage m = _inflight.Remove(messageId);
                if (m != null)
                {
                    _lastAckMs = now;
                    if (ReasonCodes.IsFailure(reasonCode))
                    {
                        // MQTT 5: the broker answered but did not take the message (0x87 = its ACL denied it). It
                        // reached nobody; retrying cannot help, so it leaves the queue counted as refused, not silently
                        // as delivered (issue 11: 31 readings "delivered" on 3.1.1 that nobody got).
                        PublishRefused(m.Topic, reasonCode, now);
                    }
                    else if (m.Payload != null && m.Payload.Length > _largestAckedBytes)
                    {
                        _largestAckedBytes = m.Payload.Length;
                    }

                    NotifyDelivered(m, now);
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <inheritdoc />
        public void OnSubscribed(IMqttSession session, int messageId, bool granted, int reasonCode)
        {
            try
            {
                if (IsStale(session)) return;
                for (int i = 0; i < _subIds.Length; i++)
                {
                    if (_subIds[i] != messageId || messageId <= 0) continue;
                    _subIds[i] = 0;
                    if (granted)
                    {
                        _deniedReported[i] = false;
                    }
                    else if (!_deniedReported[i])
                    {
                        // S16: report once; no resubscribe storm. The next new session asks again.
                        _deniedReported[i] = true;
                        _diag.Record(_lastNowMs, EventKind.SubscribeDenied, 0, 0, _subscriptions[i]);
                        Log("subscription to '" + _subscriptions[i] + "' denied by the broker; asked again only on the next session");
                        _diag.Episodes.Finding(_lastNowMs, DropCause.SubscribeDenied, "SUBACK refused '" + _subscriptions[i] + "'" +
                            (reasonCode != 0 ? ": " + ReasonCodes.Describe(reasonCode) : ""));
                        ReportVerdict();
                    }

                    return;
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <inheritdoc />
        public void OnMessage(IMqttSession session, string topic, byte[] payload)
        {
            try
            {
                if (IsStale(session)) return;
                NotifyMessage(topic, payload, _lastNowMs);
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <inheritdoc />
        public void OnClosed(IMqttSession session, CloseKind kind, int reasonCode)
        {
            try
            {
                if (IsStale(session)) return;
                string why = "closed: " + CloseKindNames.Of(kind);
                if (_state == LinkState.Connecting)
                {
                    ConnectFailure f = kind == CloseKind.NetworkDown ? ConnectFailure.NetworkDown : ConnectFailure.ClosedBeforeConnack;
                    Abort(DropReason.ConnectFailed, (int)f, reasonCode, why + " before CONNACK", _lastNowMs);
                }
                else
                {
                    Abort(FromClose(kind), (int)kind, reasonCode,
                        reasonCode != 0 ? "reason " + ReasonCodes.Describe(reasonCode) : null, _lastNowMs);
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        private bool IsStale(IMqttSession session)
        {
            if (session != null && session == _session) return false;
            _stats.StaleEvents++;
            return true;
        }

        private static DropReason FromClose(CloseKind kind)
        {
            switch (kind)
            {
                case CloseKind.PeerClosed: return DropReason.PeerClosed;
                case CloseKind.KeepAliveTimeout: return DropReason.KeepAliveTimeout;
                case CloseKind.ProtocolError: return DropReason.ProtocolError;
                case CloseKind.NetworkDown: return DropReason.NetworkDown;
                case CloseKind.Reset: return DropReason.Reset;
                case CloseKind.ServerDisconnect: return DropReason.ServerDisconnect;
                default: return DropReason.SocketError;
            }
        }
    }
}
