namespace NodeMqtt.Supervision
{
    /// <summary>
    /// The link supervisor's states: one small enum, decided by one <see cref="LinkSupervisor.Step"/>
    /// (STYLE.md habit 4, the esp-mqtt lesson). Names for logs come from <see cref="LinkStateNames"/>.
    /// </summary>
    public enum LinkState
    {
        /// <summary>Not started, or cleanly stopped: no session, no attempts.</summary>
        Stopped = 0,
        /// <summary>The network link is down; nothing is attempted until it comes up.</summary>
        WaitingForNetwork = 1,
        /// <summary>Waiting for the next attempt time of the backoff schedule.</summary>
        BackingOff = 2,
        /// <summary>A session was opened and waits for CONNACK within the connect deadline.</summary>
        Connecting = 3,
        /// <summary>CONNACK received; birth sent, subscriptions requested, health probe running.</summary>
        Online = 4
    }
}
