using System;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Ports;

namespace NodeMqtt.Meter
{
    /// <summary>
    /// The meter path as one object: bytes in (<see cref="Push"/>), readings out (<see cref="IReadingSink"/>).
    /// Composes a <see cref="TelegramFramer"/> (resync, bounds, CRC, timeout) and a <see cref="DsmrParser"/>
    /// (field table) and delivers a <see cref="Reading"/> only for telegrams that passed their CRC, or that
    /// carry none because the protocol has none (DSMR 2.2/3): a telegram without a CRC that declares DSMR
    /// 4/5 is refused in every mode, and in auto mode, once a CRC was seen, every telegram needs one. Single-threaded: the platform calls
    /// <see cref="Push"/> and <see cref="Tick"/> from one thread with the current time.
    /// </summary>
    public sealed class MeterReader : ITelegramListener
    {
        private readonly TelegramFramer _framer;
        private readonly DlmsInput _dlms; // null for the DSMR-only protocols
        private readonly DsmrParser _parser;
        private readonly Reading _reading = new Reading();
        private readonly IReadingSink _sink;
        private readonly ILog _log;
        private bool _loggedFirst;
        private bool _loggedFault;
        private bool _loggedMissingCrc;
        private readonly string _protocol;

        /// <summary>Creates the reader. Throws <see cref="ArgumentException"/> when <paramref name="config"/>
        /// does not validate (the node validates its configuration before it gets here).</summary>
        public MeterReader(MeterConfig config, IReadingSink sink, ILog log)
        {
            if (config == null || sink == null) throw new ArgumentNullException(config == null ? "config" : "sink");
            string error = config.Validate();
            if (error != null) throw new ArgumentException(error);
            _sink = sink;
            _log = log;
            _protocol = config.Protocol;
            _framer = new TelegramFramer(config, this);
            _parser = new DsmrParser(log, config.MaxTelegramBytes);
            if (MeterLine.MayBeDlms(config.Protocol)) _dlms = new DlmsInput(config, _framer, sink, log);
        }

        /// <summary>Feeds bytes as they came from the meter, in chunks of any size, with the time they arrived.</summary>
        public void Push(byte[] buffer, int offset, int count, long nowMs)
        {
            if (_dlms != null) _dlms.Push(buffer, offset, count, nowMs);
            else _framer.Push(buffer, offset, count, nowMs);
        }

        /// <summary>Lets time pass: a telegram stalled longer than the receive timeout is closed as truncated.</summary>
        public void Tick(long nowMs)
        {
            if (_dlms != null) _dlms.Tick(nowMs);
            else _framer.Tick(nowMs);
        }

        /// <summary>The framer, for its byte accounting (<see cref="TelegramFramer.BytesIn"/> and the rest).</summary>
        public TelegramFramer Framer { get { return _framer; } }
        /// <summary>The parser, for its line counters.</summary>
        public DsmrParser Parser { get { return _parser; } }

        /// <summary>The DLMS input (HDLC, M-Bus, Smarty), or null for the DSMR-only protocols.</summary>
        public DlmsInput Dlms { get { return _dlms; } }

        /// <summary>Telegrams (and DLMS frames) that passed the framer (CRC good or not required).</summary>
        public int TelegramsOk { get { return _framer.TelegramsOk + (_dlms != null ? _dlms.FramesOk : 0); } }
        /// <summary>Telegrams rejected for their CRC: wrong, or missing on a telegram that declares DSMR 4/5
        /// (DLMS: FCS or M-Bus checksum).</summary>
        public int CrcFailures { get { return _framer.CrcFailures + MissingCrc + (_dlms != null ? _dlms.ChecksumFailures : 0); } }
        /// <summary>Telegrams without a CRC that declared DSMR 4 or later (<see cref="DsmrParser.DeclaresCrc"/>),
        /// a DSMR 4/5 telegram whose CRC line was lost, or that showed damage nothing can repair without a CRC
        /// (no meter header, a mid-line '!', 8-bit bytes, a bad line): refused in every protocol mode (issue 9).</summary>
        public int MissingCrc { get; private set; }
        /// <summary>Telegrams cut short (new '/' or receive timeout).</summary>
        public int Truncated { get { return _framer.Truncated + (_dlms != null ? _dlms.Truncated : 0); } }
        /// <summary>Telegrams longer than <see cref="MeterConfig.MaxTelegramBytes"/>.</summary>
        public int Oversize { get { return _framer.Oversize + (_dlms != null ? _dlms.Oversize : 0); } }
        /// <summary>Encrypted frames rejected: GCM tag failed or the plaintext was not a push.</summary>
        public int DecryptFailures { get { return _dlms != null ? _dlms.DecryptFailures : 0; } }
        /// <summary>The meter input's current problem as a sentence (e.g. "decryption failed: check meter.key"), or null.</summary>
        public string Problem { get { return _dlms != null ? _dlms.Problem : null; } }
        /// <summary>Bytes outside telegrams other than CR/LF.</summary>
        public long GarbageBytes { get { return _framer.GarbageBytes + (_dlms != null ? _dlms.GarbageBytes : 0); } }
        /// <summary>All bytes pushed.</summary>
        public long BytesIn { get { return _dlms == null ? _framer.BytesIn : _dlms.BytesIn; } }
        /// <summary>Telegrams without a CRC that held no value, not handed to the sink.</summary>
        public int EmptyTelegrams { get; private set; }
        /// <summary>Readings handed to the sink from telegrams without a CRC (DSMR 2.2/3): counted before the
        /// sink is called, so a sink can tell which kind it is holding.</summary>
        public int ReadingsWithoutCrc { get; private set; }
        /// <summary>Readings handed to the sink.</summary>
        public int ReadingsDelivered { get { return _readingsDelivered + (_dlms != null ? _dlms.ReadingsDelivered : 0); } }
        private int _readingsDelivered;
        /// <summary>Values in readings handed to the sink (DSMR and DLMS).</summary>
        public long Values { get { return _values + (_dlms != null && _dlms.Decoder != null ? _dlms.Decoder.Values : 0); } }
        private long _values;
        /// <summary>Lines that could not be parsed (unit mismatches included).</summary>
        public long MalformedLines { get { return _parser.MalformedLines; } }
        /// <summary>Lines whose unit contradicted the field table.</summary>
        public long UnitMismatches { get { return _parser.UnitMismatches; } }
        /// <summary>Lines with an OBIS code not in the table (kept as unknown entries).</summary>
        public long UnknownLines { get { return _parser.UnknownLines; } }
        /// <summary>Telegrams the parser threw on (a bug; the telegram is skipped, the reader keeps going).</summary>
        public int ParserFaults { get; private set; }

        // What a telegram without CRC must look like to be believed (issue 9): not DSMR 4/5 (which always
        // has a CRC), a meter identification header (not a fragment after a stray '/'), a '!' on a line of
        // its own (DSMR 2.2 §5.2; a '!' mid-line is a damaged byte), no 8-bit byte (DSMR 2.2 is 7E1) and
        // every line parsed: with no CRC, any sign of damage condemns the whole telegram.
        private bool Plausible(byte[] buffer, int length)
        {
            if (_parser.DeclaresCrc || !_parser.HeaderValid || _parser.MalformedInTelegram > 0) return false;
            if (length < 2 || buffer[length - 2] != 10) return false;
            for (int i = 0; i < length; i++)
            {
                if (buffer[i] >= 0x80) return false; // a 7E1 line cannot deliver these
            }

            return true;
        }

        void ITelegramListener.OnTelegram(byte[] buffer, int length, bool hasCrc, long nowMs)
        {
            try
            {
                _parser.Parse(buffer, length, _reading);
            }
            catch (Exception e)
            {
                // The same telegram shape comes every second: one parser bug must not stop the meter path.
                ParserFaults++;
                if (!_loggedFault && _log != null) _log.Line("meter", "parser fault: " + e.Message);
                _loggedFault = true;
                return;
            }

            // A '!' inside a line is a damaged byte, not the end: DSMR 2.2 §5.2 puts "!" on a line of its own.
            if (!hasCrc && !Plausible(buffer, length))
            {
                // DSMR 4/5 always sends a CRC (DSMR 5.0.2 §6.6): without one nothing vouches for the values.
                // A telegram without CRC must at least start like one: a fragment after a stray '/' does not.
                MissingCrc++;
                if (!_loggedMissingCrc && _log != null) _log.Line("meter", "telegram declares DSMR 4/5 but has no valid CRC: rejected (meter.protocol=" + _protocol + ")");
                _loggedMissingCrc = true;
                return;
            }

            if (_reading.Count == 0 && !hasCrc)
            {
                // A bare telegram with no value (a header alone, every line bad) is more likely a damaged
                // fragment than a meter talking: nothing to publish, nothing vouches for it.
                EmptyTelegrams++;
                return;
            }

            if (!_loggedFirst && _log != null)
            {
                _log.Line("meter", "first telegram: " + _reading.Header + ", " + length + " bytes, " + (hasCrc ? "CRC ok" : "no CRC") + ", " + _reading.Count + " entries");
                _loggedFirst = true;
            }

            _readingsDelivered++;
            if (!hasCrc) ReadingsWithoutCrc++;
            _values += _reading.Count;
            _sink.OnReading(_reading, nowMs);
        }
    }
}
