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
        }

        private void Detach(MqttClient client)
        {
            try
            {
                client.MqttMsgPublished -= OnPublished;
                client.MqttMsgSubscribed -= OnSubscribed;
                client.MqttMsgPublishReceived -= OnPublishReceived;
                client.ConnectionClosed -= OnConnectionClosed;
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
                    _events.OnPublished(this, e.MessageId, e.IsPublished);
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
                    _events.OnSubscribed(this, e.MessageId, granted);
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

                // M2Mqtt raises one event for a peer close, a socket error and a failed PINGRESP alike.
                _events.OnClosed(this, CloseKind.PeerClosed);
            }
            catch
            {
                // As above.
            }
        }
    }
}
