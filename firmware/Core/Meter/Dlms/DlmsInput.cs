using NodeMqtt.Crypto;
using NodeMqtt.Ports;

namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// The meter input for every protocol but plain DSMR: picks the framer (from <c>meter.protocol</c>, or in
    /// <c>auto</c> from the first bytes: '/' DSMR text, 0x7E + 0xAx HDLC, 0x68 L L 0x68 M-Bus, 0xDB 0x08 bare
    /// ciphering), decodes APDUs into readings for the sink, and hands decrypted Smarty text and DSMR bytes
    /// to the DSMR <see cref="TelegramFramer"/>. Keeps the last problem as a sentence for diagnostics
    /// (never with key material). Single-threaded.
    /// </summary>
    public sealed class DlmsInput : IApduListener
    {
        private const int Undecided = 0, Dsmr = 1, Hdlc = 2, Mbus = 3, Ciphered = 4;
        private static readonly string[] ModeNames = { "detecting", "dsmr", "dlms-hdlc", "dlms-mbus", "ciphered" };

        /// <summary>The diag sentence after a tag failure or undecodable plaintext (issue 10).</summary>
        public const string DecryptionFailed = "decryption failed: check meter.key";
        /// <summary>The diag sentence for authenticated frames without <c>meter.auth_key</c>.</summary>
        public const string AuthKeyMissing = "decryption failed: check meter.key and meter.auth_key";
        /// <summary>The diag sentence for untagged frames while an authentication key is set.</summary>
        public const string TagMissing = "frames carry no GCM tag: unset meter.auth_key";
        /// <summary>The diag sentence for encrypted frames without a key.</summary>
        public const string KeyMissing = "encrypted frames: set meter.key";

        private readonly MeterConfig _config;
        private readonly TelegramFramer _dsmr;
        private readonly IReadingSink _sink;
        private readonly ILog _log;
        private readonly Reading _reading = new Reading();
        private readonly byte[] _window = new byte[4];
        private readonly byte[] _key;
        private readonly byte[] _authKey;
        private readonly bool _skipTags;
        private int _windowLength;
        private int _mode;
        private ApduFramer _framer;
        private DlmsDecoder _decoder;
        private bool _loggedFirst;
        private bool _loggedProblem;

        /// <summary>Creates the input; <paramref name="config"/> must be valid.</summary>
        public DlmsInput(MeterConfig config, TelegramFramer dsmr, IReadingSink sink, ILog log)
        {
            _config = config;
            _dsmr = dsmr;
            _sink = sink;
            _log = log;
            string error;
            _key = config.Key == null ? null : HexKey.Parse(config.Key, out error);
            _skipTags = config.AuthKey == MeterConfig.NoAuthKey;
            _authKey = config.AuthKey == null || _skipTags ? null : HexKey.Parse(config.AuthKey, out error);
            if (config.Protocol == "dlms") Start(Hdlc);
            else if (config.Protocol == "dlms-mbus") Start(Mbus);
            else if (config.Protocol == "smarty") Start(Ciphered);
        }

        /// <summary>Input bytes handed to the DSMR framer (DSMR text, and bytes that started no DLMS frame
        /// while detecting: the DSMR framer counts them as garbage or idle).</summary>
        public long DsmrBytes { get; private set; }
        /// <summary>Readings handed to the sink.</summary>
        public int ReadingsDelivered { get; private set; }
        /// <summary>APDUs the decoder threw on (a bug; the frame is dropped, the reader keeps going).</summary>
        public int DecoderFaults { get; private set; }
        /// <summary>The last problem as a sentence for diag, or null once frames decode again.</summary>
        public string Problem { get; private set; }
        /// <summary>The detected or configured input: detecting, dsmr, dlms-hdlc, dlms-mbus, ciphered.</summary>
        public string ModeName { get { return ModeNames[_mode]; } }
        /// <summary>The DLMS framer (<see cref="HdlcFramer"/>, <see cref="MbusFramer"/> or
        /// <see cref="CipheredFramer"/>), or null while detecting and for DSMR text.</summary>
        public ApduFramer Framer { get { return _framer; } }
        /// <summary>The APDU decoder, or null before detection.</summary>
        public DlmsDecoder Decoder { get { return _decoder; } }

        /// <summary>Frames that passed their checks (FCS, checksum) in any DLMS framer.</summary>
        public int FramesOk { get { return _framer != null ? _framer.ApdusOk : 0; } }
        /// <summary>Frames whose FCS or checksum failed.</summary>
        public int ChecksumFailures { get { return _framer != null ? _framer.ChecksumFailures : 0; } }
        /// <summary>Frames cut short.</summary>
        public int Truncated { get { return _framer != null ? _framer.Truncated : 0; } }
        /// <summary>Frames longer than the buffer.</summary>
        public int Oversize { get { return _framer != null ? _framer.Oversize : 0; } }
        /// <summary>Encrypted frames rejected (tag failed, or plaintext not an APDU).</summary>
        public int DecryptFailures { get { return _decoder != null ? _decoder.DecryptFailures : 0; } }
        /// <summary>Bytes outside frames.</summary>
        public long GarbageBytes { get { return _framer != null ? _framer.GarbageBytes : 0; } }
        /// <summary>All input bytes (not counting decrypted text).</summary>
        public long BytesIn { get { return DsmrBytes + _windowLength + (_framer != null ? _framer.BytesIn : 0); } }

        /// <summary>Feeds bytes as they arrived.</summary>
        public void Push(byte[] buffer, int offset, int count, long nowMs)
        {
            int end = offset + count;
            int i = offset;
            while (_mode == Undecided && i < end) Detect(buffer[i++], nowMs);
            if (i < end) Route(buffer, i, end - i, nowMs);
        }

        /// <summary>Lets time pass in the active framer.</summary>
        public void Tick(long nowMs)
        {
            if (_framer != null) _framer.Tick(nowMs);
            _dsmr.Tick(nowMs);
        }

        private void Route(byte[] buffer, int offset, int count, long nowMs)
        {
            if (_framer != null) _framer.Push(buffer, offset, count, nowMs);
            else ToDsmr(buffer, offset, count, nowMs);
        }

        private void ToDsmr(byte[] buffer, int offset, int count, long nowMs)
        {
            DsmrBytes += count;
            _dsmr.Push(buffer, offset, count, nowMs);
        }

        // A sliding window of up to 4 bytes: the start patterns are '/', 7E Ax, 68 L L 68, DB 08. A byte
        // that cannot start any of them goes to the DSMR framer, which counts it as garbage or idle (so the
        // DSMR accounting is the same as with meter.protocol = dsmr); noise that happens to be 0x7E is not
        // enough to latch.
        private void Detect(byte c, long nowMs)
        {
            if (_windowLength == 0 && c != (byte)'/' && c != 0x7E && c != 0x68 && c != 0xDB)
            {
                _window[0] = c;
                ToDsmr(_window, 0, 1, nowMs);
                return;
            }

            _window[_windowLength++] = c;
            while (_windowLength > 0)
            {
                int verdict = Match();
                if (verdict == 0) return; // could still match: wait for more bytes
                if (verdict > 0)
                {
                    Start(verdict);
                    int n = _windowLength;
                    _windowLength = 0;
                    Route(_window, 0, n, nowMs);
                    return;
                }

                ToDsmr(_window, 0, 1, nowMs);
                for (int k = 1; k < _windowLength; k++) _window[k - 1] = _window[k];
                _windowLength--;
            }
        }

        // >0: the mode matched; 0: undecided; -1: the first byte starts nothing.
        private int Match()
        {
            byte b = _window[0];
            int n = _windowLength;
            if (b == (byte)'/') return Dsmr;
            if (b == 0x7E)
            {
                if (n < 2) return 0;
                return (_window[1] & 0xF0) == 0xA0 ? Hdlc : -1;
            }

            if (b == 0x68)
            {
                if (n < 3) return 0;
                if (_window[1] != _window[2] || _window[1] < 3) return -1;
                if (n < 4) return 0;
                return _window[3] == 0x68 ? Mbus : -1;
            }

            if (b == 0xDB)
            {
                if (n < 2) return 0;
                return _window[1] == 8 ? Ciphered : -1;
            }

            return -1;
        }

        private void Start(int mode)
        {
            _mode = mode;
            if (mode == Dsmr) return;
            int max = _config.MaxTelegramBytes;
            byte[] authKey = _authKey;
            // Creos publishes one authentication key for every Smarty meter; others must be configured.
            if (authKey == null && mode == Ciphered) authKey = HexKey.Parse("00112233445566778899AABBCCDDEEFF", out string unused);
            _decoder = new DlmsDecoder(max, _key, authKey);
            _decoder.SkipTagCheck = _skipTags;
            if (mode == Hdlc) _framer = new HdlcFramer(max, _config.ReceiveTimeoutMs, this);
            else if (mode == Mbus) _framer = new MbusFramer(max, _config.ReceiveTimeoutMs, this);
            else _framer = new CipheredFramer(max, _config.ReceiveTimeoutMs, this);
            if (_config.Protocol == "auto" && _log != null) _log.Line("meter", "detected " + ModeNames[mode]);
        }

        void IApduListener.OnApdu(byte[] buffer, int offset, int length, long nowMs)
        {
            int result;
            try
            {
                result = _decoder.Decode(buffer, offset, length, _reading);
            }
            catch (System.Exception e)
            {
                // A decoder bug must not stop the meter path: the frame is dropped like a malformed one.
                _reading.Clear();
                DecoderFaults++;
                Report("decoder fault: " + e.Message);
                return;
            }

            if (result == DlmsResult.Text)
            {
                _dsmr.Push(_decoder.PlainBuffer, _decoder.TextOffset, _decoder.TextLength, nowMs);
                _dsmr.Push(LineEnd, 0, 2, nowMs); // Smarty text ends at the CRC; the DSMR framer wants the line end
                Problem = null;
                return;
            }

            if (result == DlmsResult.DecryptFailed) Report(_decoder.AuthKeyMissing ? AuthKeyMissing : _decoder.TagMissing ? TagMissing : DecryptionFailed);
            else if (result == DlmsResult.NoKey) Report(KeyMissing);
            if (result != DlmsResult.Values || _reading.Count == 0) return;

            Problem = null;
            if (!_loggedFirst && _log != null)
            {
                _log.Line("meter", "first DLMS push: " + ModeNames[_mode] + ", " + length + " bytes, " + _reading.Count + " entries");
                _loggedFirst = true;
            }

            ReadingsDelivered++;
            _sink.OnReading(_reading, nowMs);
        }

        private static readonly byte[] LineEnd = { 13, 10 };

        private void Report(string problem)
        {
            Problem = problem;
            if (_loggedProblem || _log == null) return;
            _log.Line("meter", problem);
            _loggedProblem = true;
        }
    }
}
