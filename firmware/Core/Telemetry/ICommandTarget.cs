namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// What commands may ask of the node. The node implements it; tests use a recording fake.
    /// <see cref="Reconnect"/> and <see cref="Reboot"/> must only schedule the action: the command's reply
    /// is enqueued right after the call returns and should be delivered (and the outbox persisted) first.
    /// </summary>
    public interface ICommandTarget
    {
        /// <summary>A short status text or JSON document (link state, uptime, counters) for the reply.</summary>
        string Status();

        /// <summary>The diagnostics JSON document for the reply.</summary>
        string Diag();

        /// <summary>Schedule a session teardown and reconnect.</summary>
        void Reconnect();

        /// <summary>Schedule a reboot after the reply is out and the outbox is persisted.</summary>
        void Reboot();
    }
}
