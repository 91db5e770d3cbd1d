using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Meter
{
    /// <summary>
    /// Whether the meter is talking: no valid telegram for <see cref="TimeoutMs"/> makes it silent
    /// (offline), and the first valid telegram after that brings it back. Both moments are logged in
    /// words, and the silence says which of three things happened since the last valid telegram: no bytes
    /// at all (cable, request pin, port), bytes but no valid frame (wrong speed or inversion, noise), or
    /// frames that failed their CRC (dropped characters). The timeout is <c>meter.silence_timeout_ms</c>,
    /// or three times the interval the meter has shown and at least 10 s; until an interval is known it is
    /// 30 s (three DSMR 4 intervals). Reads the <see cref="MeterReader"/>'s counters on each
    /// <see cref="Tick"/>, so it needs no hook in the byte path.
    /// </summary>
    public sealed class MeterHealth
    {
        /// <summary>Shortest automatic timeout.</summary>
        public const int MinTimeoutMs = 10000;
        /// <summary>Automatic timeout while the meter's interval is unknown.</summary>
        public const int DefaultTimeoutMs = 30000;

        private const int StateUnknown = 0;
        private const int StateOnline = 1;
        private const int StateSilent = 2;

        private readonly MeterConfig _config;
        private readonly MeterReader _reader;
        private readonly ILog _log;
        private int _state = StateUnknown;
        private bool _started;
        private long _lastValidMs;
        private long _intervalMs;
        private int _readingsSeen;
        private long _bytesAtValid;
        private int _crcAtValid;
        private int _badFramesAtValid;
        private long _silentSinceMs;

        /// <summary>Watches <paramref name="reader"/> with the timeout from <paramref name="config"/>
        /// (read live, so a changed setting applies at the next tick).</summary>
        public MeterHealth(MeterConfig config, MeterReader reader, ILog log)
        {
            _config = config;
            _reader = reader;
            _log = log;
            LastCause = "none";
        }

        /// <summary>True once the meter has either delivered a valid telegram or been silent past the timeout.</summary>
        public bool Known { get { return _state != StateUnknown; } }
        /// <summary>True while valid telegrams arrive within the timeout.</summary>
        public bool IsOnline { get { return _state == StateOnline; } }
        /// <summary>Times the meter went silent since boot (the first silence included).</summary>
        public int Silences { get; private set; }
        /// <summary>Why the meter last went silent, in words ("none" before the first silence).</summary>
        public string LastCause { get; private set; }
        /// <summary>The meter's interval between valid telegrams (smoothed), 0 until two were seen.</summary>
        public long IntervalMs { get { return _intervalMs; } }

        /// <summary>The silence timeout in force now.</summary>
        public long TimeoutMs
        {
            get
            {
                if (_config.SilenceTimeoutMs > 0) return _config.SilenceTimeoutMs;
                if (_intervalMs <= 0) return DefaultTimeoutMs;
                long t = _intervalMs * 3;
                return t < MinTimeoutMs ? MinTimeoutMs : t;
            }
        }

        /// <summary>Checks the reader's counters against the clock. True when the meter's availability changed
        /// (went silent, or came back); the node then publishes it.</summary>
        public bool Tick(long nowMs)
        {
            if (!_started)
            {
                _started = true;
                _lastValidMs = nowMs;
                Snapshot();
            }

            int readings = _reader.ReadingsDelivered;
            if (readings != _readingsSeen)
            {
                // The interval is learnt only from consecutive telegrams while online (a gap across a silence
                // or a tick that saw two telegrams says nothing about the meter's pace).
                long gap = nowMs - _lastValidMs;
                if (gap > 0 && _state == StateOnline && readings == _readingsSeen + 1)
                {
                    _intervalMs = _intervalMs == 0 ? gap : (_intervalMs * 3 + gap) / 4;
                }

                _readingsSeen = readings;
                _lastValidMs = nowMs;
                Snapshot();
                if (_state != StateOnline)
                {
                    bool wasSilent = _state == StateSilent;
                    _state = StateOnline;
                    if (wasSilent && _log != null)
                    {
                        _log.Line("meter", "meter back: valid telegram after " + ((nowMs - _silentSinceMs) / 1000).ToString() + " s of silence");
                    }

                    return true;
                }

                return false;
            }

            if (_state != StateSilent && nowMs - _lastValidMs >= TimeoutMs)
            {
                _state = StateSilent;
                _silentSinceMs = _lastValidMs;
                Silences++;
                LastCause = Cause();
                if (_log != null)
                {
                    _log.Line("meter", "meter silent: no valid telegram for " + ((nowMs - _lastValidMs) / 1000).ToString() + " s: " + LastCause);
                }

                return true;
            }

            return false;
        }

        /// <summary>"online", "silent 45 s: ..." or "waiting for the first telegram", for status lines.</summary>
        public string Describe(long nowMs)
        {
            if (_state == StateOnline) return "online";
            if (_state == StateUnknown) return "waiting for the first telegram";
            StringBuilder sb = new StringBuilder(64);
            sb.Append("silent ").Append((nowMs - _silentSinceMs) / 1000).Append(" s: ").Append(LastCause);
            return sb.ToString();
        }

        private void Snapshot()
        {
            _bytesAtValid = _reader.BytesIn;
            _crcAtValid = _reader.CrcFailures;
            _badFramesAtValid = _reader.Truncated + _reader.Oversize;
        }

        // Words for the three field situations, most specific first: CRC failures prove frames arrive.
        private string Cause()
        {
            long bytes = _reader.BytesIn - _bytesAtValid;
            int crc = _reader.CrcFailures - _crcAtValid;
            int bad = _reader.Truncated + _reader.Oversize - _badFramesAtValid;
            if (bytes == 0) return "no bytes at all (check the cable, the request line and that the meter's P1 port is enabled)";
            if (crc > 0)
            {
                return crc.ToString() + " telegrams failed their CRC (" + bytes.ToString() + " bytes; dropped characters: check the UART speed, wiring and pull-up)";
            }

            return "bytes (" + bytes.ToString() + ") but no valid frame" + (bad > 0 ? " (" + bad.ToString() + " cut short or too long)" : "")
                + " (check the speed, parity and signal inversion)";
        }
    }
}
