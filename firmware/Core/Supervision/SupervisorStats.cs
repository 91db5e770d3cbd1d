namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Live figures of the <see cref="LinkSupervisor"/> (the link-level counters live in the DiagnosticsLog).
    /// Written only by the supervisor; read by tests, the console and the diag document.
    /// </summary>
    public sealed class SupervisorStats
    {
        /// <summary>Sessions created by the factory since start.</summary>
        public int SessionsCreated;
        /// <summary>Sessions created and not yet closed. The invariant is OpenSessions &lt;= 1.</summary>
        public int OpenSessions;
        /// <summary>Highest <see cref="OpenSessions"/> ever seen; tests assert it never exceeds 1.</summary>
        public int MaxOpenSessions;
        /// <summary>Times a second session would have been opened while one was alive (an internal bug; the
        /// old one is torn down first). Must stay 0.</summary>
        public int InvariantViolations;
        /// <summary>Consecutive failed attempts that a Wi-Fi reconnect might cure (escalation step 2).</summary>
        public int ConsecutiveFailures;
        /// <summary>Events of torn-down sessions that were ignored.</summary>
        public int StaleEvents;
        /// <summary>Exceptions caught from port calls (factory, session, link, system, store, log).</summary>
        public int PortExceptions;
        /// <summary>Exceptions caught from the supervisor's own code (a bug; tests assert 0).</summary>
        public int InternalErrors;
        /// <summary>Exceptions caught from the supervisor's own listener.</summary>
        public int ListenerExceptions;
        /// <summary>Health probes sent (the birth counts as the first of each session).</summary>
        public int ProbesSent;
        /// <summary>Probes skipped because a QoS 1 ack arrived within the period.</summary>
        public int ProbesSkipped;
        /// <summary>SUBSCRIBE requests sent.</summary>
        public int SubscribeRequests;
        /// <summary>Node time of the next attempt while backing off.</summary>
        public long NextAttemptAtMs;
        /// <summary>The last retry delay chosen, in ms.</summary>
        public int LastDelayMs;
        /// <summary>Since when the node has been offline (node ms); meaningful while not online.</summary>
        public long OfflineSinceMs;
    }
}
