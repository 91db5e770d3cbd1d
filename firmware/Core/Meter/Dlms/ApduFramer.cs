namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// What the three DLMS framers (<see cref="HdlcFramer"/>, <see cref="MbusFramer"/>,
    /// <see cref="CipheredFramer"/>) share: one preallocated APDU buffer, the receive timeout, the byte
    /// loop and the counters. A subclass reads one byte at a time in <see cref="Step"/> and says what a
    /// stall drops in <see cref="TimeOut"/>.
    /// <para>Accounting, for every framer: <c>BytesIn == OkBytes + RejectedBytes + GarbageBytes +
    /// IdleBytes + PendingBytes</c>.</para>
    /// </summary>
    public abstract class ApduFramer
    {
        /// <summary>The APDU buffer, reused for every frame; handed to the listener.</summary>
        protected readonly byte[] Apdu;
        private readonly int _timeoutMs;
        private readonly IApduListener _listener;
        private long _lastByteMs;

        /// <summary>Creates the framer with an APDU buffer of <paramref name="maxApduBytes"/>.</summary>
        protected ApduFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
        {
            Apdu = new byte[maxApduBytes];
            _timeoutMs = receiveTimeoutMs;
            _listener = listener;
        }

        /// <summary>Frames that passed their checks (for the bare ciphered stream: frames with a sound header).</summary>
        public int FramesOk { get; protected set; }
        /// <summary>APDUs handed to the listener (one per frame, or per completed segment chain).</summary>
        public int ApdusOk { get; private set; }
        /// <summary>Frames whose FCS, HCS, checksum or stop byte was wrong.</summary>
        public int ChecksumFailures { get; protected set; }
        /// <summary>Frames cut short, with a bad header or length, broken segment chains, receive timeouts.</summary>
        public int Truncated { get; protected set; }
        /// <summary>APDUs longer than the buffer.</summary>
        public int Oversize { get; protected set; }
        /// <summary>All bytes pushed.</summary>
        public long BytesIn { get; private set; }
        /// <summary>Bytes of good frames.</summary>
        public long OkBytes { get; protected set; }
        /// <summary>Bytes of rejected frames.</summary>
        public long RejectedBytes { get; protected set; }
        /// <summary>Bytes outside frames that are not idle fill.</summary>
        public long GarbageBytes { get; protected set; }
        /// <summary>Idle fill between frames (HDLC flags); 0 for the other framers.</summary>
        public long IdleBytes { get; protected set; }
        /// <summary>Bytes of the frame being received.</summary>
        public abstract int PendingBytes { get; }

        /// <summary>Feeds bytes as they arrived.</summary>
        public void Push(byte[] buffer, int offset, int count, long nowMs)
        {
            if (count <= 0) return;
            Tick(nowMs);
            BytesIn += count;
            int end = offset + count;
            for (int i = offset; i < end; i++) Step(buffer[i], nowMs);
            _lastByteMs = nowMs;
        }

        /// <summary>Closes a frame or segment chain stalled longer than the receive timeout.</summary>
        public void Tick(long nowMs)
        {
            if ((PendingBytes > 0 || HoldsChain) && nowMs - _lastByteMs > _timeoutMs)
            {
                TimeOut();
                Truncated++;
            }
        }

        /// <summary>True while earlier segments of an APDU wait for the rest.</summary>
        protected virtual bool HoldsChain { get { return false; } }

        /// <summary>Reads one byte.</summary>
        protected abstract void Step(byte c, long nowMs);

        /// <summary>Drops the stalled frame (counting its bytes as rejected) and any segment chain.</summary>
        protected abstract void TimeOut();

        /// <summary>Hands a complete APDU to the listener.</summary>
        protected void Deliver(int offset, int length, long nowMs)
        {
            ApdusOk++;
            _listener.OnApdu(Apdu, offset, length, nowMs);
        }
    }
}
