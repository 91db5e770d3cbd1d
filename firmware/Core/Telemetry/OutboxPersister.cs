using System.Collections;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Decides when the outbox goes to flash and does the writing, so the outbox itself stays about order
    /// and bounds. Flash wears: a write happens only when the content changed, the previous write is at
    /// least <c>PersistIntervalMs</c> old, and the outbox has not been empty for that long (a healthy link
    /// empties it within milliseconds, so it causes no writes). When the outbox drains after a
    /// write, the stored file is deleted so a restart does not resend delivered data.
    /// </summary>
    internal sealed class OutboxPersister
    {
        // A persist buffer larger than this is released after use: the ESP32 heap is ~100 KB.
        private const int KeepBufferBytes = 4096;

        private readonly OutboxConfig _config;
        private readonly IStore _store;
        private readonly ILog _log;
        private readonly OutboxCounters _counters;
        private bool _storedNonEmpty;
        private bool _persistedOnce;
        private long _lastPersistMs;
        private byte[] _buffer;

        /// <summary>The held content changed since the last write.</summary>
        internal bool Dirty;

        /// <summary>When the outbox last went from empty to holding something (set by the outbox).</summary>
        internal long HeldSinceMs;

        internal OutboxPersister(OutboxConfig config, IStore store, ILog log, OutboxCounters counters)
        {
            _config = config;
            _store = store;
            _log = log;
            _counters = counters;
        }

        internal bool Enabled { get { return _store != null && _config.PersistIntervalMs > 0; } }

        internal void Tick(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            if (!Enabled) return;
            if (count == 0)
            {
                DeleteStored();
                return;
            }

            if (!Dirty) return;
            if (_persistedOnce && nowMs - _lastPersistMs < _config.PersistIntervalMs) return;
            // Coalescing keeps only fresh state, so "something has been waiting" is measured from when the
            // outbox stopped being empty, not from the age of what it holds now.
            if (nowMs - HeldSinceMs < _config.PersistIntervalMs) return;
            Persist(items, count, bytes, nowMs);
        }

        internal bool PersistNow(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            if (!Enabled) return false;
            if (count == 0)
            {
                DeleteStored();
                return true;
            }

            return Persist(items, count, bytes, nowMs);
        }

        /// <summary>Reads the stored outbox into <paramref name="into"/>; on any problem logs one line, sets
        /// the file aside and leaves <paramref name="into"/> empty.</summary>
        internal void Load(long nowMs, ArrayList into)
        {
            if (!Enabled) return;
            byte[] data = _store.Read(Outbox.BlobName);
            if (data == null) return;
            string problem;
            try
            {
                problem = OutboxCodec.Decode(data, nowMs, into);
            }
            catch (System.Exception)
            {
                // Decode bounds-checks everything; this is the last line of "never crash at boot".
                problem = "unreadable";
            }

            if (problem != null)
            {
                into.Clear();
                _counters.LoadFailures++;
                _store.SetAside(Outbox.BlobName);
                if (_log != null) _log.Line("outbox", "stored outbox unusable (" + problem + "), set aside, starting clean");
                return;
            }

            // The file stays until the restored messages are delivered, then it is deleted.
            _storedNonEmpty = true;
        }

        private bool Persist(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            int need = OutboxCodec.HeaderBytes + count * OutboxCodec.EntryOverheadBytes + bytes;
            byte[] buf = _buffer != null && _buffer.Length >= need ? _buffer : new byte[need];
            int length = OutboxCodec.Encode(items, count, nowMs, buf);
            bool ok = _store.Write(Outbox.BlobName, buf, length);
            _counters.PersistWrites++;
            _persistedOnce = true;
            _lastPersistMs = nowMs;
            _buffer = need <= KeepBufferBytes ? buf : null;
            if (!ok)
            {
                _counters.PersistFailures++;
                return false;
            }

            Dirty = false;
            _storedNonEmpty = true;
            return true;
        }

        private void DeleteStored()
        {
            Dirty = false;
            if (!_storedNonEmpty) return;
            _store.Delete(Outbox.BlobName);
            _counters.PersistDeletes++;
            _storedNonEmpty = false;
        }
    }
}
