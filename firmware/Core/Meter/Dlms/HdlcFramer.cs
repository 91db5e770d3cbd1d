namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Cuts a HAN-port byte stream into HDLC frames (IEC 62056-46 / ISO 13239 frame format type 3, as
    /// FIELD-FACTS.md "DLMS/COSEM push over HDLC" describes): flag 0x7E, format 0xA0-0xA7 (with the
    /// segmentation bit 0x08) carrying an 11-bit length, destination and source addresses of 1, 2 or 4
    /// bytes, control, HCS, information field, FCS, flag. HCS and FCS are checked as bytes arrive (the
    /// CRC-16/X.25 of data plus its own check bytes leaves the constant residue 0xF0B8), segments are
    /// reassembled into one APDU with the LLC header (E6 E7 00) removed, and everything is bounded: one
    /// preallocated APDU buffer, the frame length field, a receive timeout.
    /// <para>Flags between frames count as idle bytes.</para>
    /// </summary>
    public sealed class HdlcFramer : ApduFramer
    {
        private const byte Flag = 0x7E;
        private const int Residue = 0xF0B8;

        private const int Hunting = 0;      // waiting for a flag
        private const int AfterFlag = 1;    // flag seen: a format byte or another flag follows
        private const int Format2 = 2;      // second format byte (length low)
        private const int Header = 3;       // addresses, control, HCS
        private const int Info = 4;         // information field and FCS
        private const int Closing = 5;      // expecting the closing flag

        private int _state;
        private int _frameLength;   // from the format field: bytes between the flags
        private int _got;           // frame bytes received after the opening flag
        private bool _segmented;
        private int _addressBytes;  // address bytes seen so far (two addresses)
        private int _addressesDone;
        private int _headerEnd;     // _got value after HCS, or -1 while the addresses run
        private int _crc;
        private int _apduLength;    // reassembled bytes of earlier segments
        private int _segmentStart;  // where this frame's information field starts in the APDU buffer
        private bool _assembling;

        /// <summary>Creates the framer with an APDU buffer of <paramref name="maxApduBytes"/>.</summary>
        public HdlcFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
            : base(maxApduBytes, receiveTimeoutMs, listener)
        {
        }

        /// <inheritdoc/>
        public override int PendingBytes { get { return _state >= Format2 ? _got : 0; } }

        /// <inheritdoc/>
        protected override bool HoldsChain { get { return _assembling; } }

        /// <inheritdoc/>
        protected override void TimeOut()
        {
            if (PendingBytes > 0) Reject();
            DropChain();
            _state = Hunting;
        }

        /// <inheritdoc/>
        protected override void Step(byte c, long nowMs)
        {
            switch (_state)
            {
                case Hunting:
                    if (c == Flag)
                    {
                        IdleBytes++;
                        _state = AfterFlag;
                    }
                    else GarbageBytes++;
                    return;

                case AfterFlag:
                    if (c == Flag) IdleBytes++;
                    else if ((c & 0xF0) == 0xA0)
                    {
                        _got = 1;
                        _crc = Crc16X25.Step(0xFFFF, c);
                        _frameLength = (c & 0x07) << 8;
                        _segmented = (c & 0x08) != 0;
                        _state = Format2;
                    }
                    else
                    {
                        GarbageBytes++;
                        _state = Hunting;
                    }

                    return;

                case Format2:
                    if (!Add(c)) return;
                    _frameLength |= c;
                    _addressBytes = 0;
                    _addressesDone = 0;
                    _headerEnd = -1;
                    _segmentStart = _apduLength;
                    // Smallest frame: format(2) + two 1-byte addresses + control + FCS(2).
                    if (_frameLength < 7) Broken();
                    else _state = Header;
                    return;

                case Header:
                    if (!Add(c)) return;
                    if (_addressesDone < 2)
                    {
                        // Addresses are 1, 2 or 4 bytes; the last byte of each has its low bit set.
                        _addressBytes++;
                        if ((c & 1) != 0)
                        {
                            if (_addressBytes == 3) { Broken(); return; }
                            _addressesDone++;
                            _addressBytes = 0;
                        }
                        else if (_addressBytes >= 4) Broken();
                        return;
                    }

                    if (_headerEnd < 0)
                    {
                        _headerEnd = _got + 2; // the control byte: HCS (or, without information field, FCS) follows
                        if (_headerEnd > _frameLength) Broken();
                        return;
                    }

                    if (_got < _headerEnd) return;
                    if (_headerEnd == _frameLength) Check(nowMs);
                    else if (_crc != Residue) Failed();
                    else _state = Info;
                    return;

                case Info:
                    if (!Add(c)) return;
                    int at = _segmentStart + (_got - _headerEnd) - 1;
                    if (at >= Apdu.Length)
                    {
                        Oversize++;
                        Reject();
                        DropChain();
                        _state = Hunting;
                        return;
                    }

                    Apdu[at] = c;
                    if (_got == _frameLength) Check(nowMs);
                    return;

                case Closing:
                    if (c == Flag)
                    {
                        OkBytes++;
                        _state = AfterFlag; // the closing flag may open the next frame
                    }
                    else
                    {
                        // The frame was good but not closed: its APDU was delivered already; count the byte.
                        GarbageBytes++;
                        _state = Hunting;
                    }

                    return;
            }
        }

        // False when the byte runs past the length the format field announced.
        private bool Add(byte c)
        {
            _got++;
            _crc = Crc16X25.Step(_crc, c);
            if (_state == Format2 || _got <= _frameLength) return true;
            Broken();
            return false;
        }

        private void Check(long nowMs)
        {
            if (_crc != Residue)
            {
                Failed();
                return;
            }

            FramesOk++;
            OkBytes += _got;
            int infoLength = _got - _headerEnd - 2;
            if (infoLength < 0) infoLength = 0;
            _got = 0;
            _state = Closing;
            if (!_assembling && infoLength == 0) return;
            _apduLength = _segmentStart + infoLength;
            if (_segmented)
            {
                _assembling = true;
                return;
            }

            _assembling = false;
            int length = _apduLength;
            _apduLength = 0;
            int start = 0;
            // LLC header of a push (IEC 62056-46 §6.4: destination LSAP E6, source LSAP E7 = response, quality 00).
            if (length >= 3 && Apdu[0] == 0xE6 && (Apdu[1] == 0xE7 || Apdu[1] == 0xE6) && Apdu[2] == 0x00) start = 3;
            Deliver(start, length - start, nowMs);
        }

        private void Failed()
        {
            ChecksumFailures++;
            Reject();
            DropChain();
            _state = Hunting;
        }

        private void Broken()
        {
            Truncated++;
            Reject();
            DropChain();
            _state = Hunting;
        }

        private void Reject()
        {
            RejectedBytes += _got;
            _got = 0;
        }

        private void DropChain()
        {
            _assembling = false;
            _apduLength = 0;
        }
    }
}
