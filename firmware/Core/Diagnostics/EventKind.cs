namespace NodeMqtt.Diagnostics
{
    /// <summary>What a <see cref="DiagnosticEvent"/> records. Values are stable: they appear in the diag JSON
    /// by name (<see cref="EventKindNames"/>) and the classifier reads them.</summary>
    public enum EventKind
    {
        /// <summary>A connect attempt started; detail = session number.</summary>
        Attempt = 0,
        /// <summary>CONNACK accepted; detail = connect time in ms, value = session number.</summary>
        Connected = 1,
        /// <summary>A connect attempt failed; detail = <c>ConnectFailure</c>, value = CONNACK code (0 when none).</summary>
        ConnectFailed = 2,
        /// <summary>A session (or an attempt in progress) was torn down; detail = <see cref="DropReason"/>,
        /// value = messages published in the burst window before the drop.</summary>
        Dropped = 3,
        /// <summary>The network link went down.</summary>
        LinkDown = 4,
        /// <summary>The network link came up.</summary>
        LinkUp = 5,
        /// <summary>A peer close shortly after CONNACK; detail = ms after CONNACK.</summary>
        QuickKick = 6,
        /// <summary>Takeover diagnosed: another client uses this client id or token; detail = quick kicks counted.</summary>
        Takeover = 7,
        /// <summary>A session stayed up for the stable period; detail = session number.</summary>
        Stable = 8,
        /// <summary>Escalation step 2: Wi-Fi reconnect requested; detail = consecutive failures.</summary>
        WifiReconnect = 9,
        /// <summary>Escalation step 3: reboot requested; detail = consecutive link reboots including this one.</summary>
        Reboot = 10,
        /// <summary>A reboot was due but its budget is spent; detail = consecutive link reboots.</summary>
        RebootRefused = 11,
        /// <summary>At start: the previous run ended in a link reboot; detail = consecutive count.</summary>
        PreviousReboot = 12,
        /// <summary>The broker denied a subscription (reported once); text = topic.</summary>
        SubscribeDenied = 13
    }
}
