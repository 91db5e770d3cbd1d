namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Frames a stream of bare <c>general-glo-ciphering</c> APDUs by their own length field, as
    /// Luxembourg's Smarty meters send them on P1 (0xDB, system-title length 8, system title, A-XDR length,
    /// then that many bytes: security control, frame counter, ciphertext, tag). There is no checksum
    /// outside the GCM tag, which the decoder verifies. Bounded by the buffer and the receive timeout.
    /// <para>Accounting: <c>BytesIn == OkBytes + RejectedBytes + GarbageBytes + PendingBytes</c>.</para>
    /// </summary>
    public sealed class CipheredFramer
    {
        private const int Hunting = 0, TitleLength = 1, Title = 2, Length = 3, Body = 4;

        private readonly byte[] _buf;
        private readonly int _timeoutMs;
        private readonly IApduListener _listener;
        private int _state;
        private int _length;
        private int _need;          // body bytes still to come
        private int _lengthBytes;   // long-form length bytes still to come
        private long _lastByteMs;

        /// <summary>Creates the framer with a buffer of <paramref name="maxApduBytes"/>.</summary>
        public CipheredFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
        {
            _buf = new byte[maxApduBytes];
            _timeoutMs = receiveTimeoutMs;
            _listener = listener;
        }

        /// <summary>APDUs handed on.</summary>
        public int ApdusOk { get; private set; }
        /// <summary>Frames with a bad header, cut short or timed out.</summary>
        public int Truncated { get; private set; }
        /// <summary>Frames longer than the buffer.</summary>
        public int Oversize { get; private set; }
        /// <summary>All bytes pushed.</summary>
        public long BytesIn { get; private set; }
        /// <summary>Bytes of APDUs handed on.</summary>
        public long OkBytes { get; private set; }
        /// <summary>Bytes of rejected frames.</summary>
        public long RejectedBytes { get; private set; }
        /// <summary>Bytes outside frames (CR/LF between Smarty frames included).</summary>
        public long GarbageBytes { get; private set; }
        /// <summary>Bytes of the frame being received.</summary>
        public int PendingBytes { get { return _state == Hunting ? 0 : _length; } }

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

        /// <summary>Closes a frame stalled longer than the receive timeout.</summary>
        public void Tick(long nowMs)
        {
            if (PendingBytes > 0 && nowMs - _lastByteMs > _timeoutMs)
            {
                Reject();
                Truncated++;
            }
        }

        private void Step(byte c, long nowMs)
        {
            if (_state == Hunting)
            {
                if (c == 0xDB)
                {
                    _length = 0;
                    Append(c);
                    _state = TitleLength;
                }
                else GarbageBytes++;
                return;
            }

            if (!Append(c)) return;
            switch (_state)
            {
                case TitleLength:
                    if (c != 8) Broken();
                    else _state = Title;
                    return;
                case Title:
                    if (_length == 10) _state = Length;
                    return;
                case Length:
                    if (_lengthBytes > 0)
                    {
                        _need = (_need << 8) | c;
                        if (--_lengthBytes > 0) return;
                    }
                    else if (c < 0x80) _need = c;
                    else
                    {
                        _lengthBytes = c & 0x7F;
                        _need = 0;
                        if (_lengthBytes < 1 || _lengthBytes > 2) Broken();
                        return;
                    }

                    if (_need < 5) Broken();
                    else if (_need > _buf.Length - _length)
                    {
                        Oversize++;
                        Reject();
                    }
                    else _state = Body;
                    return;
                case Body:
                    if (--_need > 0) return;
                    int length = _length;
                    OkBytes += length;
                    ApdusOk++;
                    _length = 0;
                    _state = Hunting;
                    _listener.OnApdu(_buf, 0, length, nowMs);
                    return;
            }
        }

        private bool Append(byte c)
        {
            if (_length >= _buf.Length)
            {
                Oversize++;
                RejectedBytes++; // this byte; Reject counts the ones before it
                Reject();
                return false;
            }

            _buf[_length++] = c;
            return true;
        }

        private void Broken()
        {
            Truncated++;
            Reject();
        }

        private void Reject()
        {
            RejectedBytes += _length;
            _length = 0;
            _lengthBytes = 0;
            _state = Hunting;
        }
    }
}
