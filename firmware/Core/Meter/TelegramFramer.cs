namespace NodeMqtt.Meter
{
    /// <summary>
    /// Cuts a P1 byte stream into telegrams: resyncs on '/', ends at '!' + 4 hex CRC digits (DSMR 4/5; 1 to 3 digits then CR LF are an unpadded CRC)
    /// or at a bare '!' (DSMR 2.2/3), checks the CRC as bytes arrive, and bounds everything: one
    /// preallocated buffer of <see cref="MeterConfig.MaxTelegramBytes"/>, a receive timeout, counters.
    /// Single-threaded; the caller passes the time (ARCHITECTURE.md "Core never reads the clock").
    /// <para>Accounting: every byte pushed is counted exactly once, so at any moment
    /// <c>BytesIn == OkBytes + RejectedBytes + GarbageBytes + IdleBytes + PendingBytes</c>.
    /// CR and LF outside a telegram (the line end after the CRC, blank lines between telegrams) are
    /// normal and counted as <see cref="IdleBytes"/>; any other byte outside a telegram is garbage.</para>
    /// </summary>
    public sealed partial class TelegramFramer
    {
        private const int Hunting = 0;     // outside a telegram, waiting for '/'
        private const int InBody = 1;      // between '/' and '!'
        private const int AfterBang = 2;   // auto mode: '!' seen, the next byte says whether a CRC follows
        private const int InCrc = 3;       // reading the 4 CRC hex digits
        private const int Discarding = 4;  // oversize telegram: skip to the next '/'

        private const int ModeAuto = 0;
        private const int ModeCrc = 1;
        private const int ModeBare = 2;

        private readonly byte[] _buf;
        private readonly int _mode;
        private readonly int _timeoutMs;
        private readonly ITelegramListener _listener;

        private int _state;
        private int _length;
        private ushort _crc;
        private int _crcDigits;
        private int _crcValue;
        private long _lastByteMs;
        private bool _crcSeen;

        /// <summary>Creates a framer with its buffer; <paramref name="config"/> must be valid.</summary>
        public TelegramFramer(MeterConfig config, ITelegramListener listener)
        {
            _buf = new byte[config.MaxTelegramBytes];
            _timeoutMs = config.ReceiveTimeoutMs;
            _mode = config.Protocol == "dsmr5" ? ModeCrc : config.Protocol == "dsmr22" ? ModeBare : ModeAuto;
            _listener = listener;
        }

        /// <summary>Feeds bytes as they arrived, in chunks of any size. <paramref name="nowMs"/> is when they arrived.</summary>
        public void Push(byte[] buffer, int offset, int count, long nowMs)
        {
            if (count <= 0)
            {
                return;
            }

            Tick(nowMs);
            BytesIn += count;
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                if (_state == InBody)
                {
                    // Hot loop: copy and checksum until a marker; the state machine below handles the rest.
                    byte[] dst = _buf;
                    int len = _length;
                    ushort crc = _crc;
                    while (i < end && len < dst.Length)
                    {
                        byte c = buffer[i];
                        if (c == (byte)'!' || c == (byte)'/')
                        {
                            break;
                        }

                        dst[len++] = c;
                        crc = Crc16Arc.Update(crc, c);
                        i++;
                    }

                    _length = len;
                    _crc = crc;
                    if (i == end)
                    {
                        break;
                    }
                }

                Step(buffer[i], nowMs);
                i++;
            }

            _lastByteMs = nowMs;
        }

        /// <summary>Closes a telegram stalled longer than the receive timeout as truncated (DSMR 5.0.2 §6.4:
        /// a telegram is sent in one burst, so a long gap means the rest was lost).</summary>
        public void Tick(long nowMs)
        {
            if (_state == AfterBang && nowMs - _lastByteMs > _timeoutMs)
            {
                BareEnd(nowMs); // "!" as the last byte the meter sent: nothing more is coming
                return;
            }

            if (PendingBytes > 0 && nowMs - _lastByteMs > _timeoutMs)
            {
                Reject();
                Truncated++;
            }
        }

        private void Step(byte c, long nowMs)
        {
            switch (_state)
            {
                case Hunting:
                    if (c == (byte)'/') Start(c);
                    else if (c == 13 || c == 10) IdleBytes++;
                    else GarbageBytes++;
                    return;

                case Discarding:
                    if (c == (byte)'/') Start(c);
                    else RejectedBytes++;
                    return;

                case InBody:
                    // Only reached on a marker or a full buffer (see the hot loop).
                    if (c == (byte)'/')
                    {
                        // A new header inside an unfinished telegram: the old one lost its end (field fact:
                        // "preceded by an unclosed telegram").
                        Reject();
                        Truncated++;
                        Start(c);
                    }
                    else if (!Append(c))
                    {
                        return; // buffer full: dropped as oversize
                    }
                    else if (c == (byte)'!')
                    {
                        _crc = Crc16Arc.Update(_crc, c);
                        _crcDigits = 0;
                        _crcValue = 0;
                        // dsmr22 too waits for the byte after '!': a CRC trailer there means a DSMR 4/5
                        // telegram, which is checked like in auto mode instead of passing unverified (issue 9).
                        _state = _mode == ModeCrc ? InCrc : AfterBang;
                    }
                    else
                    {
                        _crc = Crc16Arc.Update(_crc, c);
                    }

                    return;

                case AfterBang:
                    if (Ascii.Hex(c) >= 0)
                    {
                        _state = InCrc;
                        Step(c, nowMs);
                    }
                    else if (c == 13 || c == 10)
                    {
                        IdleBytes++;
                        BareEnd(nowMs);
                    }
                    else
                    {
                        Garbled(c);
                    }

                    return;

                case InCrc:
                    int digit = Ascii.Hex(c);
                    if (digit < 0 && (c == 13 || c == 10) && _crcDigits > 0)
                    {
                        // 1 to 3 digits then the line end: an unpadded CRC ("!B9F", a Warmtelink heat
                        // meter; ndokter/dsmr_parser accepts it too), checked like a padded one.
                        IdleBytes++;
                        CheckCrc(nowMs);
                        return;
                    }

                    if (digit < 0 || _crcDigits == 4)
                    {
                        Garbled(c); // also lower-case hex is accepted: Ascii.Hex is case-insensitive
                        return;
                    }

                    if (!Append(c)) return;

                    _crcValue = (_crcValue << 4) | digit;
                    if (++_crcDigits == 4) CheckCrc(nowMs);
                    return;
            }
        }

        // A '!' followed by a line end (or by silence): a telegram without CRC.
        private void BareEnd(long nowMs)
        {
            if (_crcSeen)
            {
                // Once this meter sent a CRC, a bare '!' is a DSMR 5 telegram whose CRC was lost (any mode).
                Reject();
                CrcFailures++;
            }
            else
            {
                Accept(false, nowMs);
            }
        }

        private void CheckCrc(long nowMs)
        {
            if (_crcValue == _crc)
            {
                _crcSeen = true;
                Accept(true, nowMs);
            }
            else
            {
                Reject();
                CrcFailures++;
            }
        }

        // A byte that cannot follow '!': a new '/' truncates, anything else spoils the trailer.
        private void Garbled(byte c)
        {
            if (c == (byte)'/')
            {
                Reject();
                Truncated++;
                Start(c);
                return;
            }

            RejectedBytes++;
            Reject();
            CrcFailures++;
        }

        private void Start(byte slash)
        {
            _buf[0] = slash;
            _length = 1;
            _crc = Crc16Arc.Update(0, slash);
            _state = InBody;
        }

        // False when the buffer is full: the telegram is dropped and the rest skipped to the next '/'.
        private bool Append(byte c)
        {
            if (_length >= _buf.Length)
            {
                RejectedBytes += _length + 1;
                _length = 0;
                _state = Discarding;
                Oversize++;
                return false;
            }

            _buf[_length++] = c;
            return true;
        }

        private void Accept(bool hasCrc, long nowMs)
        {
            int length = _length;
            TelegramsOk++;
            OkBytes += length;
            _length = 0;
            _state = Hunting;
            _listener.OnTelegram(_buf, length, hasCrc, nowMs);
        }

        private void Reject()
        {
            RejectedBytes += _length;
            _length = 0;
            _state = Hunting;
        }
    }
}
