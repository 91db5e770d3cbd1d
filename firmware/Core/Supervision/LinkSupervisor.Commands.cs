using System;
using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Inputs from outside the tick: link changes, clean stop, the reconnect command.
    public sealed partial class LinkSupervisor
    {
        /// <summary>The network link went down or came up. Down tears any session down and stops attempts;
        /// up attempts after a small random delay.</summary>
        public void OnLinkChanged(bool up, long nowMs)
        {
            _lastNowMs = nowMs;
            try
            {
                _diag.Record(nowMs, up ? EventKind.LinkUp : EventKind.LinkDown, 0, 0, null);
                _diag.Episodes.LinkChanged(up, nowMs);
                ReportVerdict();
                if (_state == LinkState.Stopped)
                {
                    return;
                }

                if (!up)
                {
                    if (_session != null) Abort(DropReason.NetworkDown, (int)CloseKind.NetworkDown, 0, "link down", nowMs);
                    else if (_state != LinkState.WaitingForNetwork) WaitForNetwork(nowMs, "link down");
                }
                else if (_state == LinkState.WaitingForNetwork)
                {
                    LinkCameUp(nowMs);
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <summary>Clean stop: publishes retained "offline" on the status topic, closes gracefully (DISCONNECT,
        /// so the broker does not publish the will), hands back in-flight messages, and stops attempting.</summary>
        public void Stop(long nowMs)
        {
            _lastNowMs = nowMs;
            try
            {
                if (_state == LinkState.Stopped)
                {
                    return;
                }

                if (_session != null && _state == LinkState.Online)
                {
                    SafePublish(_session, _statusTopic, _offlinePayload, 1, true);
                }

                if (_session != null) Abort(DropReason.Stopped, 0, 0, "clean stop", nowMs);
                else SetState(LinkState.Stopped, nowMs, "clean stop");
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <summary>Command: tear the session down and reconnect now (without waiting for the backoff).</summary>
        public void RequestReconnect(long nowMs)
        {
            _lastNowMs = nowMs;
            try
            {
                if (_session != null)
                {
                    Abort(DropReason.Command, 0, 0, "reconnect requested", nowMs);
                }
                else if (_state == LinkState.BackingOff)
                {
                    _nextAttemptMs = nowMs;
                    Log("reconnect requested: attempting now");
                }
                else
                {
                    Log("reconnect requested in state " + StateName + ": nothing to do");
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        private static SessionOptions WithWill(SessionOptions b, string statusTopic, byte[] offline)
        {
            SessionOptions o = new SessionOptions();
            o.Host = b.Host;
            o.Port = b.Port;
            o.Tls = b.Tls;
            o.ClientId = b.ClientId;
            o.Username = b.Username;
            o.Password = b.Password;
            o.KeepAliveSeconds = b.KeepAliveSeconds;
            o.CleanSession = b.CleanSession;
            o.ConnectTimeoutMs = b.ConnectTimeoutMs;
            o.ProtocolVersion = b.ProtocolVersion;
            o.ProtocolAuto = b.ProtocolAuto;
            // Will = retained "offline", QoS 1 (ARCHITECTURE.md, "Birth and will"; Home Assistant availability).
            o.WillTopic = statusTopic;
            o.WillPayload = offline;
            o.WillQos = 1;
            o.WillRetain = true;
            return o;
        }
    }
}
