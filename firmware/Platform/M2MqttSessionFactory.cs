using nanoFramework.M2Mqtt;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="IMqttSessionFactory"/> for the device: a new <see cref="M2MqttSession"/> (and so a new
    /// MqttClient) for every connect attempt, never reused (ARCHITECTURE.md, explicit teardown).
    /// </summary>
    /// <remarks>
    /// Every session reports to the queue given here, not to the listener Core passes to <see cref="Create"/>:
    /// M2Mqtt raises events on its own threads, and Core may only see them on the tick thread, where Program
    /// drains the queue into <c>Node.SessionListener</c> (the same listener Core passes in).
    /// </remarks>
    internal sealed class M2MqttSessionFactory : IMqttSessionFactory
    {
        private static bool s_settingsApplied;

        private readonly IMqttSessionListener _queue;
        private readonly ILog _log;

        /// <summary>Creates the factory and bounds M2Mqtt's in-flight queue once for the process.</summary>
        /// <param name="queue">Thread-safe listener all sessions report to (a SessionEventQueue).</param>
        /// <param name="maxInflight">Core's bound on unacknowledged QoS 1 messages (supervisor.max_inflight).</param>
        /// <param name="log">Log sink.</param>
        public M2MqttSessionFactory(IMqttSessionListener queue, int maxInflight, ILog log)
        {
            _queue = queue;
            _log = log;
            ApplySettingsOnce(maxInflight, log);
        }

        /// <summary>The CA certificate TLS sessions trust (see <see cref="TlsTrust"/>), or null.</summary>
        public System.Security.Cryptography.X509Certificates.X509Certificate TlsCa;

        /// <summary>Why there is no CA certificate, logged by each TLS attempt it stops.</summary>
        public string TlsProblem;

        /// <inheritdoc />
        public IMqttSession Create(IMqttSessionListener listener)
        {
            M2MqttSession session = new M2MqttSession(_queue, _log);
            session.TlsCa = TlsCa;
            session.TlsProblem = TlsProblem;
            return session;
        }

        // MqttSettings is a process-wide singleton and InflightQueueSize defaults to int.MaxValue
        // (M2Mqtt/MqttSettings.cs). The queue holds our QoS 1 publishes waiting for PUBACK, QoS 0 publishes not yet
        // sent, SUBSCRIBEs and the acks owed for inbound QoS 1 messages, so bound it a little above Core's own
        // in-flight limit; Publish then throws MqttClientException(InflightQueueFull), which the session reports
        // as "refused" (0) instead of letting the heap fill up.
        private static void ApplySettingsOnce(int maxInflight, ILog log)
        {
            if (s_settingsApplied)
            {
                return;
            }

            s_settingsApplied = true;
            int bound = (2 * maxInflight) + 8;
            try
            {
                MqttSettings.Instance.InflightQueueSize = bound;
                log.Line("mqtt", "in-flight queue bounded to " + bound.ToString());
            }
            catch (System.Exception ex)
            {
                log.Line("mqtt", "could not bound the in-flight queue: " + ex.Message);
            }
        }
    }
}
