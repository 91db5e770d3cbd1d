using System;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>The connect thread of <see cref="M2MqttSession"/>: build the client, Connect, classify the outcome,
    /// and hand the client over to the session or tear it down (see the threading notes on the class).</summary>
    internal sealed partial class M2MqttSession
    {
        private void ConnectWorker()
        {
            SessionOptions o = _options;
            MqttClient client = null;
            bool connected = false;
            ConnectFailure failure = ConnectFailure.Other;
            int reasonCode = 0;
            try
            {
                if (o.Tls && TlsCa == null)
                {
                    throw new TlsRefusedException(TlsProblem);
                }

                // The constructor resolves the host name (Dns.GetHostEntry in MqttNetworkChannel's constructor).
                client = new MqttClient(o.Host, o.Port, o.Tls, o.Tls ? TlsCa : null, null, o.Tls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
                // mqtt.protocol: 5 or 3.1.1 per attempt (Core falls back from 5 on a version refusal).
                client.ProtocolVersion = o.ProtocolVersion == 5 ? MqttProtocolVersion.Version_5 : MqttProtocolVersion.Version_3_1_1;
                lock (_gate)
                {
                    _own = client;
                }

                Attach(client);

                bool will = o.WillTopic != null;
                MqttReasonCode code = client.Connect(
                    o.ClientId,
                    o.Username,
                    o.Password,
                    will && o.WillRetain,
                    M2MqttMapping.ToQos(will ? o.WillQos : 0),
                    will,
                    o.WillTopic,
                    will ? M2MqttMapping.WillText(o.WillPayload) : null,
                    o.CleanSession,
                    M2MqttMapping.KeepAlive(o.KeepAliveSeconds));

                if (code == MqttReasonCode.Success)
                {
                    connected = true;
                }
                else
                {
                    // M2Mqtt keeps the CONNACK byte as is: a 3.1.1 return code or an MQTT 5 reason code. Core reads
                    // MQTT 5 codes only, so 3.1.1 codes are mapped (a 3.1.1 broker refusing our MQTT 5 CONNECT says 1).
                    reasonCode = o.ProtocolVersion == 5 && (int)code >= 0x80 ? (int)code : ReasonCodes.FromV311Connack((int)code);
                    failure = M2MqttMapping.IsAuthRefusal((int)code) ? ConnectFailure.NotAuthorized : ConnectFailure.Refused;
                }
            }
            catch (TlsRefusedException ex)
            {
                // Fail closed: no CA to verify the broker with means no connection at all.
                _log.Line("mqtt", ex.Message);
                failure = ConnectFailure.Tls;
            }
            catch (MqttConnectionException ex)
            {
                // Socket connect or TLS handshake failed (M2Mqtt wraps both; the cause is the inner exception).
                failure = M2MqttMapping.ClassifyConnect(ex.InnerException, o.Tls);
            }
            catch (MqttCommunicationException)
            {
                // No CONNACK within M2Mqtt's 30 s, or the peer closed the socket before answering.
                failure = ConnectFailure.Timeout;
            }
            catch (Exception ex)
            {
                // Before the client exists only name resolution can fail; afterwards it is unexpected.
                failure = client == null ? M2MqttMapping.ClassifyResolve(ex) : ConnectFailure.Other;
            }

            bool closed;
            bool graceful;
            bool peerClosed;
            lock (_gate)
            {
                _connecting = false;
                closed = _closed;
                graceful = _closeGraceful;
                peerClosed = _peerClosedWhileConnecting;
                if (connected && !closed)
                {
                    _client = client;
                }
            }

            if (closed)
            {
                // Core closed the session during the attempt: tear down what was built, report nothing.
                if (client != null)
                {
                    Detach(client);
                    TearDown(client, graceful && connected);
                }

                return;
            }

            if (connected)
            {
                // M2Mqtt's Connect returns only the code; the CONNACK session-present flag is not surfaced
                // through this API, so report false (Core then resubscribes, which is always safe).
                // CONNACK properties (maximum packet size, receive maximum) stay inside M2Mqtt's Connect (5.1.220 does
                // not surface them), so Core learns only the protocol; its own max_inflight bounds the window.
                ConnackInfo info = new ConnackInfo();
                info.ProtocolVersion = o.ProtocolVersion == 5 ? 5 : 4;
                _events.OnConnected(this, false, info);
                if (peerClosed)
                {
                    // The close arrived before OnConnected was queued; keep the order Core expects.
                    _events.OnClosed(this, CloseKind.PeerClosed, 0);
                }

                return;
            }

            if (client != null)
            {
                Detach(client);
                TearDown(client, false);
            }

            Report(failure, reasonCode);
        }

        private void Report(ConnectFailure failure, int reasonCode)
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return;
                }
            }

            _log.Line("mqtt", "connect failed: " + ConnectFailureNames.Of(failure) + (reasonCode != 0 ? " rc " + reasonCode.ToString() : ""));
            _events.OnConnectFailed(this, failure, reasonCode);
        }
    }
}
