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
    /// <para>Accounting: <c>BytesIn == OkBytes + RejectedBytes + GarbageBytes + IdleBytes + PendingBytes</c>
    /// (flags between frames are idle).</para>
    /// </summary>
    public sealed class HdlcFramer
    {
        private const byte Flag = 0x7E;
        private const int Residue = 0xF0B8;

        private const int Hunting = 0;      // waiting for a flag
        private const int AfterFlag = 1;    // flag seen: a format byte or another flag follows
        private const int Format2 = 2;      // second format byte (length low)
        private const int Header = 3;       // addresses, control, HCS
        private const int Info = 4;         // information field and FCS
        private const int Closing = 5;      // expecting the closing flag

        private readonly byte[] _apdu;
        private readonly int _timeoutMs;
        private readonly IApduListener _listener;
        private int _state;
        private int _frameLength;   // from the format field: bytes between the flags
        private int _got;           // frame bytes received after the opening flag
        private bool _segmented;
        private int _addressBytes;  // address bytes seen so far (two addresses)
        private int _addressesDone;
        private int _headerEnd;     // _got value after HCS, or -1 while the addresses run
        private int _crc;
        private int _apduLength;    // reassembled bytes of earlier segments
        private int _segmentStart;  // where this frame's information field starts in _apdu
        private bool _assembling;
        private long _lastByteMs;

        /// <summary>Creates the framer with an APDU buffer of <paramref name="maxApduBytes"/>.</summary>
        public HdlcFramer(int maxApduBytes, int receiveTimeoutMs, IApduListener listener)
        {
            _apdu = new byte[maxApduBytes];
            _timeoutMs = receiveTimeoutMs;
            _listener = listener;
        }

        /// <summary>Frames whose HCS and FCS were good.</summary>
        public int FramesOk { get; private set; }
        /// <summary>APDUs handed to the listener (one per unsegmented frame or completed segment chain).</summary>
        public int ApdusOk { get; private set; }
        /// <summary>Frames whose HCS or FCS did not match.</summary>
        public int FcsFailures { get; private set; }
        /// <summary>Frames cut short (missing closing flag, bad format, receive timeout) and broken segment chains.</summary>
        public int Truncated { get; private set; }
        /// <summary>APDUs longer than the buffer.</summary>
        public int Oversize { get; private set; }
        /// <summary>All bytes pushed.</summary>
        public long BytesIn { get; private set; }
        /// <summary>Bytes of good frames.</summary>
        public long OkBytes { get; private set; }
        /// <summary>Bytes of rejected frames.</summary>
        public long RejectedBytes { get; private set; }
        /// <summary>Bytes outside frames other than flags.</summary>
        public long GarbageBytes { get; private set; }
        /// <summary>Flags outside frames.</summary>
        public long IdleBytes { get; private set; }
        /// <summary>Bytes of the frame being received.</summary>
        public int PendingBytes { get { return _state >= Format2 ? _got : 0; } }

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
            if ((PendingBytes > 0 || _assembling) && nowMs - _lastByteMs > _timeoutMs)
            {
                if (PendingBytes > 0) Reject();
                if (_assembling) DropChain();
                Truncated++;
                _state = Hunting;
            }
        }

        private void Step(byte c, long nowMs)
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
                        _crc = Crc16X25Step(0xFFFF, c);
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
                    if (at >= _apdu.Length)
                    {
                        Oversize++;
                        Reject();
                        DropChain();
                        _state = Hunting;
                        return;
                    }

                    _apdu[at] = c;
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
            _crc = Crc16X25Step(_crc, c);
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
            if (length >= 3 && _apdu[0] == 0xE6 && (_apdu[1] == 0xE7 || _apdu[1] == 0xE6) && _apdu[2] == 0x00) start = 3;
            ApdusOk++;
            _listener.OnApdu(_apdu, start, length - start, nowMs);
        }

        private void Failed()
        {
            FcsFailures++;
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

        private static int Crc16X25Step(int crc, byte c)
        {
            crc ^= c;
            for (int bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x8408 : crc >> 1;
            return crc;
        }
    }
}
