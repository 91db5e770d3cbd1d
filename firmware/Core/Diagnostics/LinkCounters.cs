using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// Counters beside the event ring. They are never trimmed (the ring is), so the diag document can say
    /// "412 attempts since start" even when the ring only holds the last few. Updated by
    /// <see cref="DiagnosticsLog.Record"/> from the event kind, so a counter and its event never disagree.
    /// </summary>
    public sealed class LinkCounters
    {
        /// <summary>Connect attempts started.</summary>
        public int Attempts;
        /// <summary>CONNACKs accepted (sessions that came up).</summary>
        public int Connects;
        /// <summary>Connect failures, indexed by <c>(int)ConnectFailure</c>.</summary>
        public readonly int[] FailuresByKind = new int[ConnectFailureNames.Count];
        /// <summary>Unrequested closes, indexed by <c>(int)CloseKind</c>.</summary>
        public readonly int[] ClosesByKind = new int[CloseKindNames.Count];
        /// <summary>Sessions or attempts torn down for any reason.</summary>
        public int Drops;
        /// <summary>Health-probe failures (timeout or refused).</summary>
        public int ProbeFailures;
        /// <summary>Peer closes shortly after CONNACK.</summary>
        public int QuickKicks;
        /// <summary>Takeover diagnoses (another client uses this client id or token).</summary>
        public int Takeovers;
        /// <summary>Wi-Fi reconnects requested.</summary>
        public int WifiReconnects;
        /// <summary>Reboots requested for link reasons.</summary>
        public int Reboots;
        /// <summary>Reboots that were due but refused by the reboot budget.</summary>
        public int RebootsRefused;
        /// <summary>Subscriptions denied by the broker (each topic reported once).</summary>
        public int SubscriptionsDenied;
        /// <summary>QoS 1 messages handed back undelivered.</summary>
        public int Returned;
        /// <summary>Longest session so far in ms.</summary>
        public long LongestSessionMs;
        /// <summary>Duration of the last session that ended, in ms.</summary>
        public long LastSessionMs;
        /// <summary>Reason of the last drop.</summary>
        public DropReason LastDropReason;
        /// <summary>When the last drop happened (node ms), or -1.</summary>
        public long LastDropMs = -1;

        /// <summary>Total connect failures of every kind.</summary>
        public int Failures
        {
            get
            {
                int n = 0;
                for (int i = 0; i < FailuresByKind.Length; i++)
                {
                    n += FailuresByKind[i];
                }

                return n;
            }
        }
    }
}
