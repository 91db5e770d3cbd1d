namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Cuts a wired M-Bus byte stream (EN 13757-2 long frames: 68 L L 68 C A CI … CS 16, checksum = sum
    /// of C through the last data byte) into DLMS APDUs, as the Austrian customer interfaces send them
    /// (Kaifa MA309 and Sagemcom T210-D at 2400 8E1): CI 0x00-0x1F marks DLMS data with a transport layer
    /// (EN 13757-1), whose low nibble is the segment number and bit 0x10 the last segment; two TSAP bytes
    /// follow, then the APDU segment. Segments are joined into one APDU (typically 2 frames for one
    /// ciphered push). Checksum checked as bytes arrive; fixed buffer; receive timeout.
    /// </summary>
    public sealed class MbusFramer : ApduFramer
    {
        private const byte Start = 0x68;
        private const byte Stop = 0x16;

        private const int Hunting = 0, Length1 = 1, Length2 = 2, Start2 = 3, Body = 4, Sum = 5, End = 6;

        private int _state;
        private int _got;          // bytes of this frame so far, from the first 0x68
        private int _length;       // L field
        private int _bodyGot;
        private int _sum;
        private int _ci;
        private int _apduLength;   // joined bytes of earlier segments
        private int _nextSegment;

        /// <summary>Creates the framer with an APDU buffer of <paramref name="maxApduBytes"/>.</summary>
        public MbusFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
            : base(maxApduBytes, receiveTimeoutMs, listener)
        {
        }

        /// <summary>Good frames that do not carry DLMS (other CI values).</summary>
        public int NotDlms { get; private set; }

        /// <inheritdoc/>
        public override int PendingBytes { get { return _state == Hunting ? 0 : _got; } }

        /// <inheritdoc/>
        protected override bool HoldsChain { get { return _apduLength > 0; } }

        /// <inheritdoc/>
        protected override void TimeOut()
        {
            Reject();
            DropChain();
        }

        /// <inheritdoc/>
        protected override void Step(byte c, long nowMs)
        {
            if (_state == Hunting)
            {
                if (c == Start)
                {
                    _got = 1;
                    _state = Length1;
                }
                else GarbageBytes++;
                return;
            }

            _got++;
            switch (_state)
            {
                case Length1:
                    _length = c;
                    if (_length < 3) Broken(); // C, A, CI at least
                    else _state = Length2;
                    return;
                case Length2:
                    if (c != _length) Broken();
                    else _state = Start2;
                    return;
                case Start2:
                    if (c != Start) Broken();
                    else
                    {
                        _bodyGot = 0;
                        _sum = 0;
                        _state = Body;
                    }

                    return;
                case Body:
                    _sum += c;
                    _bodyGot++;
                    if (_bodyGot == 3) _ci = c;
                    else if (_bodyGot > 5)
                    {
                        int at = _apduLength + _bodyGot - 6;
                        if (at >= Apdu.Length)
                        {
                            Oversize++;
                            Reject();
                            DropChain();
                            return;
                        }

                        Apdu[at] = c;
                    }

                    if (_bodyGot == _length) _state = Sum;
                    return;
                case Sum:
                    if (c != (byte)_sum)
                    {
                        ChecksumFailures++;
                        Reject();
                        DropChain();
                    }
                    else _state = End;
                    return;
                case End:
                    if (c != Stop)
                    {
                        ChecksumFailures++;
                        Reject();
                        DropChain();
                        return;
                    }

                    Accept(nowMs);
                    return;
            }
        }

        private void Accept(long nowMs)
        {
            FramesOk++;
            OkBytes += _got;
            _got = 0;
            _state = Hunting;
            if (_ci > 0x1F || _length < 5)
            {
                NotDlms++;
                return;
            }

            int payload = _length - 5;
            if ((_ci & 0x0F) != _nextSegment)
            {
                // A segment out of order: whatever was joined so far is incomplete. A first segment starts
                // a new chain, so move its bytes to the front; any other segment is dropped too.
                Truncated++;
                if ((_ci & 0x0F) != 0)
                {
                    DropChain();
                    return;
                }

                for (int i = 0; i < payload; i++) Apdu[i] = Apdu[_apduLength + i];
                DropChain();
            }

            _apduLength += payload;
            if ((_ci & 0x10) == 0)
            {
                _nextSegment = (_nextSegment + 1) & 0x0F;
                return;
            }

            int length = _apduLength;
            DropChain();
            Deliver(0, length, nowMs);
        }

        private void Broken()
        {
            Truncated++;
            Reject();
        }

        private void Reject()
        {
            RejectedBytes += _got;
            _got = 0;
            _state = Hunting;
        }

        private void DropChain()
        {
            _apduLength = 0;
            _nextSegment = 0;
        }
    }
}
