namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Frames a stream of bare <c>general-glo-ciphering</c> APDUs by their own length field, as
    /// Luxembourg's Smarty meters send them on P1 (0xDB, system-title length 8, system title, A-XDR length,
    /// then that many bytes: security control, frame counter, ciphertext, tag). There is no checksum
    /// outside the GCM tag, which the decoder verifies. Bounded by the buffer and the receive timeout.
    /// </summary>
    public sealed class CipheredFramer : ApduFramer
    {
        private const int Hunting = 0, TitleLength = 1, Title = 2, Length = 3, Body = 4;

        private int _state;
        private int _length;
        private int _need;          // body bytes still to come
        private int _lengthBytes;   // long-form length bytes still to come

        /// <summary>Creates the framer with a buffer of <paramref name="maxApduBytes"/>.</summary>
        public CipheredFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
            : base(maxApduBytes, receiveTimeoutMs, listener)
        {
        }

        /// <inheritdoc/>
        public override int PendingBytes { get { return _state == Hunting ? 0 : _length; } }

        /// <inheritdoc/>
        protected override void TimeOut()
        {
            Reject();
        }

        /// <inheritdoc/>
        protected override void Step(byte c, long nowMs)
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
                    else if (_need > Apdu.Length - _length)
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
                    FramesOk++;
                    _length = 0;
                    _state = Hunting;
                    Deliver(0, length, nowMs);
                    return;
            }
        }

        private bool Append(byte c)
        {
            if (_length >= Apdu.Length)
            {
                Oversize++;
                RejectedBytes++; // this byte; Reject counts the ones before it
                Reject();
                return false;
            }

            Apdu[_length++] = c;
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
