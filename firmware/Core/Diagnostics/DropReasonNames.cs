using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>Log names for <see cref="DropReason"/> (enum ToString prints numbers on the device).</summary>
    public static class DropReasonNames
    {
        private static readonly string[] Names =
        {
            "none", "connect-failed", "peer-closed", "socket-error", "keepalive-timeout", "protocol-error",
            "network-down", "probe-timeout", "probe-failed", "not-connected", "publish-gave-up", "port-failure",
            "command", "stopped", "reset", "server-disconnect"
        };

        /// <summary>The transport close a drop reason stands for (the inverse of the supervisor's close-event
        /// mapping), or -1 when the node tore the session down itself (probe, client gave up, command...).</summary>
        public static int CloseKindOf(DropReason reason)
        {
            switch (reason)
            {
                case DropReason.PeerClosed: return (int)CloseKind.PeerClosed;
                case DropReason.SocketError: return (int)CloseKind.Error;
                case DropReason.KeepAliveTimeout: return (int)CloseKind.KeepAliveTimeout;
                case DropReason.ProtocolError: return (int)CloseKind.ProtocolError;
                case DropReason.NetworkDown: return (int)CloseKind.NetworkDown;
                case DropReason.Reset: return (int)CloseKind.Reset;
                case DropReason.ServerDisconnect: return (int)CloseKind.ServerDisconnect;
                default: return -1;
            }
        }

        /// <summary>The log name of <paramref name="reason"/>.</summary>
        public static string Of(DropReason reason)
        {
            int i = (int)reason;
            return i >= 0 && i < Names.Length ? Names[i] : "unknown";
        }
    }
}
