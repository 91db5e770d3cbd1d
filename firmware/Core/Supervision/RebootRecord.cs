namespace NodeMqtt.Supervision
{
    /// <summary>
    /// What the supervisor persists (blob <see cref="BlobName"/>) before a link reboot, so the next boot can
    /// report it and keep the reboot cap. Node time does not survive a reboot and there is no wall clock, so
    /// the record holds no times: it counts <see cref="Consecutive"/> link reboots without a stable session in
    /// between, and the cap refuses a reboot once that count reaches <c>MaxRebootsPerHour</c> (see
    /// <see cref="LinkSupervisor"/>). Layout, 20 bytes little-endian: 'R' 'B' version(1) flags(bit 0 =
    /// pending report) reason 0 0 0, int32 consecutive, int32 total, int32 offline seconds.
    /// </summary>
    public sealed class RebootRecord
    {
        /// <summary>Store blob name.</summary>
        public const string BlobName = "reboots";
        /// <summary>Reason: offline longer than <c>RebootAfterMs</c>.</summary>
        public const int ReasonLinkOffline = 1;
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 20;

        private const byte Version = 1;

        /// <summary>Link reboots since the last stable session.</summary>
        public int Consecutive;
        /// <summary>Link reboots ever recorded on this store.</summary>
        public int Total;
        /// <summary>Reason code of the last reboot.</summary>
        public int Reason;
        /// <summary>How long the node had been offline when it rebooted, in seconds.</summary>
        public int OfflineSeconds;
        /// <summary>The reboot has not been reported yet (set before rebooting, cleared by the next start).</summary>
        public bool Pending;

        /// <summary>Same as <see cref="Consecutive"/>: link reboots since the last stable session (0 when the
        /// last run did not end in a link reboot, or a stable session followed it).</summary>
        public int Count
        {
            get { return Consecutive; }
        }

        /// <summary>The log name of a reason code.</summary>
        public static string ReasonName(int reason)
        {
            return reason == ReasonLinkOffline ? "link-offline" : "unknown";
        }

        /// <summary>Decodes a record; null when <paramref name="data"/> is missing, short, or not a record.</summary>
        public static RebootRecord Parse(byte[] data)
        {
            if (data == null || data.Length < Size || data[0] != (byte)'R' || data[1] != (byte)'B' || data[2] != Version)
            {
                return null;
            }

            RebootRecord r = new RebootRecord();
            r.Pending = (data[3] & 1) != 0;
            r.Reason = data[4];
            r.Consecutive = ReadInt(data, 8);
            r.Total = ReadInt(data, 12);
            r.OfflineSeconds = ReadInt(data, 16);
            if (r.Consecutive < 0 || r.Total < 0 || r.OfflineSeconds < 0)
            {
                return null;
            }

            return r;
        }

        /// <summary>Encodes the record into a new <see cref="Size"/>-byte array.</summary>
        public byte[] ToBytes()
        {
            byte[] b = new byte[Size];
            b[0] = (byte)'R';
            b[1] = (byte)'B';
            b[2] = Version;
            b[3] = (byte)(Pending ? 1 : 0);
            b[4] = (byte)Reason;
            WriteInt(b, 8, Consecutive);
            WriteInt(b, 12, Total);
            WriteInt(b, 16, OfflineSeconds);
            return b;
        }

        private static int ReadInt(byte[] b, int at)
        {
            return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
        }

        private static void WriteInt(byte[] b, int at, int v)
        {
            b[at] = (byte)v;
            b[at + 1] = (byte)(v >> 8);
            b[at + 2] = (byte)(v >> 16);
            b[at + 3] = (byte)(v >> 24);
        }
    }
}
