using System;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="IMqttSession"/> over nanoFramework.M2Mqtt 5.1: one <see cref="MqttClient"/>, used once.
    /// Every outcome is reported to the listener (the platform's SessionEventQueue); nothing throws into Core.
    /// </summary>
    /// <remarks>
    /// Threading. <see cref="Open"/> starts a short-lived connect thread because the MqttClient constructor
    /// resolves DNS and Connect blocks until CONNACK (up to M2Mqtt's fixed 30 s; Core enforces its own, shorter
    /// deadline by closing the session). Client events arrive on M2Mqtt's threads and go straight to the
    /// listener, which is the platform's SessionEventQueue, so Core sees them on its tick thread.
    /// One owner tears a client down: <see cref="Close"/> while the connect thread is still inside Connect only
    /// marks the session closed, and the connect thread closes the client it created as soon as Connect returns.
    /// (Closing the socket under a running Connect can leave M2Mqtt's receive thread looping on a dead socket.)
    /// Teardown (Disconnect, Close) runs off the tick thread: M2Mqtt's Close sleeps 200 ms and waits up to 1 s for
    /// its keepalive thread, which must not stall the tick that empties the UART.
    /// </remarks>
    internal sealed partial class M2MqttSession : IMqttSession
    {
        private readonly IMqttSessionListener _events;
        private readonly ILog _log;
        private readonly object _gate = new object();
        private SessionOptions _options;
        private MqttClient _own;          // the one client this session creates (set by the connect thread)
        private MqttClient _client;       // _own once connected and until closed, else null
        private bool _opened;
        private bool _connecting;
        private bool _closed;
        private bool _closeGraceful;
        private bool _peerClosedWhileConnecting;
        private int _disconnectCode;      // reason code of the broker's MQTT 5 DISCONNECT, 0 when none

        /// <summary>Creates an unopened session whose events go to <paramref name="events"/>. Touches no network.</summary>
        /// <summary>The trusted CA for TLS sessions (null: a TLS session refuses to connect).</summary>
        internal System.Security.Cryptography.X509Certificates.X509Certificate TlsCa;

        /// <summary>Why <see cref="TlsCa"/> is null, in one line.</summary>
        internal string TlsProblem;

        public M2MqttSession(IMqttSessionListener events, ILog log)
        {
            _events = events;
            _log = log;
        }

        /// <inheritdoc />
        public bool IsConnected
        {
            get
            {
                MqttClient client = _client;
                try
                {
                    return client != null && client.IsConnected;
                }
                catch
                {
                    return false;
                }
            }
        }

        /// <inheritdoc />
        public void Open(SessionOptions options)
        {
            lock (_gate)
            {
                if (_opened || _closed)
                {
                    return;
                }

                _opened = true;
                _connecting = true;
                _options = options;
            }

            try
            {
                new Thread(ConnectWorker).Start();
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _connecting = false;
                }

                _log.Line("mqtt", "connect thread failed: " + ex.Message);
                Report(ConnectFailure.Other, 0);
            }
        }

        /// <inheritdoc />
        public int Publish(string topic, byte[] payload, int qos, bool retain)
        {
            MqttClient client = _client;
            if (client == null)
            {
                return 0;
            }

            try
            {
                // Publish only enqueues and does not look at IsConnected (NANOFRAMEWORK.md), so check here.
                // contentType and userProperties must be null on MQTT 3.1.1.
                if (!client.IsConnected)
                {
                    return 0;
                }

                ushort id = client.Publish(topic, payload, null, null, M2MqttMapping.ToQos(qos), retain);
                return qos == 0 ? 1 : id;
            }
            catch (Exception)
            {
                // MqttClientException(InflightQueueFull) when the bounded in-flight queue is full, or a dying client.
                return 0;
            }
        }

        /// <inheritdoc />
        public int Subscribe(string topic, int qos)
        {
            MqttClient client = _client;
            if (client == null)
            {
                return 0;
            }

            try
            {
                if (!client.IsConnected)
                {
                    return 0;
                }

                return client.Subscribe(new string[] { topic }, new MqttQoSLevel[] { M2MqttMapping.ToQos(qos) });
            }
            catch (Exception)
            {
                return 0;
            }
        }

        /// <inheritdoc />
        public void Close(bool graceful)
        {
            MqttClient client;
            lock (_gate)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                _closeGraceful = graceful;
                if (_connecting)
                {
                    // The connect thread owns the client until Connect returns; it tears it down then.
                    return;
                }

                client = _client;
                _client = null;
            }

            if (client == null)
            {
                return;
            }

            Detach(client);
            StartTeardown(client, graceful);
        }

        private static void StartTeardown(MqttClient client, bool graceful)
        {
            try
            {
                new Thread(() => TearDown(client, graceful)).Start();
            }
            catch
            {
                TearDown(client, graceful);
            }
        }

        // Ordered and exception-proof: DISCONNECT (only when asked and still connected), then Close.
        private static void TearDown(MqttClient client, bool graceful)
        {
            if (graceful)
            {
                try
                {
                    if (client.IsConnected)
                    {
                        client.Disconnect();
                    }
                }
                catch
                {
                    // Disconnect throws on a dead socket; Close below still frees everything.
                }
            }

            try
            {
                client.Close();
            }
            catch
            {
                // Close swallows its own errors; this guards against anything else.
            }
        }
    }
}
