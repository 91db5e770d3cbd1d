using System;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>Client event wiring of <see cref="M2MqttSession"/>: handlers run on M2Mqtt's threads, forward to
    /// the listener (a thread-safe queue) and never let an exception escape into the client.</summary>
    internal sealed partial class M2MqttSession
    {
        private void Attach(MqttClient client)
        {
            client.MqttMsgPublished += OnPublished;
            client.MqttMsgSubscribed += OnSubscribed;
            client.MqttMsgPublishReceived += OnPublishReceived;
            client.ConnectionClosed += OnConnectionClosed;
            client.ConnectionClosedRequest += OnDisconnectReceived;
        }

        private void Detach(MqttClient client)
        {
            try
            {
                client.MqttMsgPublished -= OnPublished;
                client.MqttMsgSubscribed -= OnSubscribed;
                client.MqttMsgPublishReceived -= OnPublishReceived;
                client.ConnectionClosed -= OnConnectionClosed;
                client.ConnectionClosedRequest -= OnDisconnectReceived;
            }
            catch
            {
                // Detaching is best effort; Core ignores events of sessions it closed.
            }
        }

        // Events of this session's own client only, and none after Close (Core ignores stale events anyway).
        private bool IsCurrent(object sender)
        {
            lock (_gate)
            {
                return sender == _own && !_closed;
            }
        }

        private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            try
            {
                if (IsCurrent(sender))
                {
                    // MqttMsgPublishedEventArgs carries no PUBACK reason code in 5.1.220: a publish the broker
                    // denies on MQTT 5 cannot be told apart here (the virtual board can; see tools/Scenarios/README.md).
                    _events.OnPublished(this, e.MessageId, e.IsPublished, 0);
                }
            }
            catch
            {
                // Never let an exception escape into M2Mqtt's dispatch thread.
            }
        }

        private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            try
            {
                if (IsCurrent(sender))
                {
                    // One topic per SUBSCRIBE; 0x80 (GrantedFailure) and every MQTT 5 code >= 0x80 is a refusal.
                    MqttQoSLevel[] levels = e.GrantedQoSLevels;
                    bool granted = levels != null && levels.Length > 0 && (int)levels[0] < (int)MqttQoSLevel.GrantedFailure;
                    _events.OnSubscribed(this, e.MessageId, granted, granted || levels == null || levels.Length == 0 ? 0 : (int)levels[0]);
                }
            }
            catch
            {
                // As above.
            }
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            try
            {
                if (IsCurrent(sender))
                {
                    _events.OnMessage(this, e.Topic, e.Message);
                }
            }
            catch
            {
                // As above.
            }
        }

        // MQTT 5 DISCONNECT from the broker (raised on M2Mqtt's receive thread before the connection closes).
        private void OnDisconnectReceived(object sender, ConnectionClosedRequestEventArgs e)
        {
            try
            {
                lock (_gate)
                {
                    if (sender == _own && e != null && e.Message != null)
                    {
                        _disconnectCode = (int)e.Message.ResonCode; // sic: the property is spelled so in M2Mqtt
                    }
                }
            }
            catch
            {
                // As above.
            }
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            try
            {
                lock (_gate)
                {
                    if (sender != _own || _closed)
                    {
                        return;
                    }

                    if (_connecting)
                    {
                        // Reported by the connect thread right after OnConnected.
                        _peerClosedWhileConnecting = true;
                        return;
                    }
                }

                // M2Mqtt raises one event for a peer close, a socket error and a failed PINGRESP alike; only a DISCONNECT
                // read just before (MQTT 5) says more, with its reason code.
                int code;
                lock (_gate)
                {
                    code = _disconnectCode;
                }

                _events.OnClosed(this, code >= 0x80 ? CloseKind.ServerDisconnect : CloseKind.PeerClosed, code >= 0x80 ? code : 0);
            }
            catch
            {
                // As above.
            }
        }
    }
}
