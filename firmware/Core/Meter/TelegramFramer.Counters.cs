namespace NodeMqtt.Meter
{
    /// <summary>The counters of <see cref="TelegramFramer"/>: every byte pushed is counted exactly once.</summary>
    public sealed partial class TelegramFramer
    {
        /// <summary>Telegrams handed to the listener.</summary>
        public int TelegramsOk { get; private set; }
        /// <summary>Telegrams whose CRC did not match or whose trailer was not 1 to 4 hex digits; also, in auto mode
        /// after a CRC telegram was seen, bare-'!' telegrams (a DSMR 5 telegram that lost its CRC).</summary>
        public int CrcFailures { get; private set; }
        /// <summary>Telegrams cut short by a new '/' or by a gap longer than the receive timeout.</summary>
        public int Truncated { get; private set; }
        /// <summary>Telegrams longer than the buffer, dropped up to the next '/'.</summary>
        public int Oversize { get; private set; }
        /// <summary>All bytes pushed.</summary>
        public long BytesIn { get; private set; }
        /// <summary>Bytes of telegrams handed to the listener.</summary>
        public long OkBytes { get; private set; }
        /// <summary>Bytes of telegrams rejected (CRC, truncated, oversize including the skipped tail).</summary>
        public long RejectedBytes { get; private set; }
        /// <summary>Bytes outside telegrams other than CR and LF.</summary>
        public long GarbageBytes { get; private set; }
        /// <summary>CR and LF bytes outside telegrams (normal line ends between telegrams).</summary>
        public long IdleBytes { get; private set; }
        /// <summary>Bytes of the telegram being received now.</summary>
        public int PendingBytes { get { return _state == InBody || _state == AfterBang || _state == InCrc ? _length : 0; } }
        /// <summary>The buffer size; no telegram is ever longer.</summary>
        public int Capacity { get { return _buf.Length; } }
    }
}
