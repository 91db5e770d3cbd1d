namespace NodeMqtt.Diagnostics
{
    /// <summary>Why the supervisor tore a session down. One value per abort cause so that counters,
    /// log lines and the classifier speak the same words.</summary>
    public enum DropReason
    {
        /// <summary>No drop.</summary>
        None = 0,
        /// <summary>The connect attempt failed (detail of the event is the <c>ConnectFailure</c>).</summary>
        ConnectFailed = 1,
        /// <summary>The peer closed the connection cleanly (FIN); also a 3.1.1 takeover.</summary>
        PeerClosed = 2,
        /// <summary>A socket error or reset.</summary>
        SocketError = 3,
        /// <summary>The client's keepalive check failed.</summary>
        KeepAliveTimeout = 4,
        /// <summary>A malformed packet from the peer.</summary>
        ProtocolError = 5,
        /// <summary>The network link went down.</summary>
        NetworkDown = 6,
        /// <summary>The health probe got no PUBACK within its deadline (silent black hole).</summary>
        ProbeTimeout = 7,
        /// <summary>The health probe was refused, threw, or was given up by the client.</summary>
        ProbeFailed = 8,
        /// <summary>The client itself reports it is not connected.</summary>
        NotConnected = 9,
        /// <summary>The client gave up a QoS 1 message (M2Mqtt: 3 tries without PUBACK).</summary>
        PublishGaveUp = 10,
        /// <summary>A publish or subscribe call threw or was refused.</summary>
        PortFailure = 11,
        /// <summary>A reconnect command.</summary>
        Command = 12,
        /// <summary>A clean stop.</summary>
        Stopped = 13,
        /// <summary>The connection was reset (RST).</summary>
        Reset = 14,
        /// <summary>The broker sent an MQTT 5 DISCONNECT (detail: its reason code).</summary>
        ServerDisconnect = 15
    }
}
