using System.Collections;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Puts the outbox on flash as a write-ahead log (issue 12: a kill lost up to the 30 s persist interval).
    /// Every <c>PersistIntervalMs</c> (default 4 s) the messages accepted since the last flush that are at
    /// least <see cref="SettleMs"/> old are appended to the journal (<see cref="OutboxJournal"/>) with the
    /// sequences delivered or dropped meanwhile, so a crash loses at most about interval + settle. A healthy
    /// link delivers within milliseconds, so nothing reaches flash. The journal is compacted into one
    /// snapshot (<see cref="OutboxCodec"/>) when it outgrows both <c>CompactAfterBytes</c> and twice the
    /// snapshot, which keeps flash writes within about 1.5 times the appended bytes; a drained outbox deletes both. A
    /// store that cannot append gets a snapshot per flush instead. Failures are a state (<see cref="StoreHealth"/>).
    /// </summary>
    internal sealed class OutboxPersister
    {
        /// <summary>A message younger than this is still expected to be delivered at once, not journaled.</summary>
        internal const int SettleMs = 1000;

        // A write buffer larger than this is released after use: the ESP32 heap is ~100 KB.
        private const int KeepBufferBytes = 4096;

        private readonly OutboxConfig _config;
        private readonly IStore _store;
        private readonly IAppendStore _append;
        private readonly ILog _log;
        private readonly OutboxCounters _counters;
        private readonly long[] _onFlash;
        private readonly long[] _gone;
        private int _flashCount;
        private int _journalBytes;
        private int _snapshotBytes;
        private bool _stored;
        private bool _needCompact;
        private bool _flushedOnce;
        private long _lastFlushMs;
        private byte[] _buffer;

        /// <summary>Storage state and failure counters.</summary>
        internal readonly StoreHealth Health;

        /// <summary>When the outbox last went from empty to holding something (set by the outbox).</summary>
        internal long HeldSinceMs;

        internal OutboxPersister(OutboxConfig config, IStore store, ILog log, OutboxCounters counters)
        {
            _config = config;
            _store = store;
            _append = store as IAppendStore;
            _log = log;
            _counters = counters;
            _onFlash = new long[config.MaxMessages];
            _gone = new long[config.MaxMessages];
            Health = new StoreHealth(log);
        }

        internal bool Enabled { get { return _store != null && _config.PersistIntervalMs > 0; } }

        /// <summary>Bytes in the journal now.</summary>
        internal int JournalBytes { get { return _journalBytes; } }

        internal void Tick(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            if (!Enabled) return;
            if (count == 0)
            {
                DeleteStored();
                return;
            }

            if (_flushedOnce && nowMs - _lastFlushMs < _config.PersistIntervalMs) return;
            _flushedOnce = true;
            _lastFlushMs = nowMs;
            Flush(items, count, bytes, nowMs);
        }

        internal bool PersistNow(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            if (!Enabled) return false;
            if (count == 0)
            {
                DeleteStored();
                return true;
            }

            return Snapshot(items, count, bytes, nowMs);
        }

        /// <summary>Reads the snapshot and replays the journal into <paramref name="into"/> (sorted by
        /// sequence). A damaged snapshot is set aside with one line; a torn journal tail is dropped with one
        /// line; either way the next flush compacts. Never throws.</summary>
        internal void Load(long nowMs, ArrayList into)
        {
            if (!Enabled) return;
            byte[] snapshot = Read(Outbox.BlobName);
            if (snapshot != null)
            {
                string problem;
                try { problem = OutboxCodec.Decode(snapshot, nowMs, into); }
                catch (System.Exception) { problem = "unreadable"; }
                if (problem != null)
                {
                    into.Clear();
                    _counters.LoadFailures++;
                    Health.Note(StoreError.Corrupt);
                    _store.SetAside(Outbox.BlobName);
                    if (_log != null) _log.Line("outbox", "stored outbox unusable (" + problem + "), set aside; replaying the journal alone");
                    _needCompact = true;
                }
                else
                {
                    _stored = true;
                    _snapshotBytes = snapshot.Length;
                }
            }

            byte[] journal = Read(OutboxJournal.BlobName);
            if (journal != null)
            {
                int valid;
                try { valid = OutboxJournal.Replay(journal, nowMs, into); }
                catch (System.Exception) { valid = 0; }
                _stored = true;
                _journalBytes = valid;
                if (valid < journal.Length)
                {
                    _counters.TornRecords++;
                    _needCompact = true;
                    if (_log != null) _log.Line("outbox", "journal ends in a torn or corrupt record (" + (journal.Length - valid).ToString() + " bytes dropped, the rest replayed)");
                }
            }

            _flashCount = 0;
            for (int i = 0; i < into.Count && _flashCount < _onFlash.Length; i++) _onFlash[_flashCount++] = ((OutboundMessage)into[i]).Sequence;
        }

        private void Flush(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            // What left the outbox since the last flush, and what is new and settled (sequence order).
            int gone = 0;
            int k = 0;
            for (int f = 0; f < _flashCount; f++)
            {
                while (k < count && items[k].Sequence < _onFlash[f]) k++;
                if (k >= count || items[k].Sequence != _onFlash[f]) _gone[gone++] = _onFlash[f];
            }

            long maxOnFlash = _flashCount == 0 ? long.MinValue : _onFlash[_flashCount - 1];
            int first = 0;
            while (first < count && items[first].Sequence <= maxOnFlash) first++;
            // Journal only when the outbox has held something for a while: a healthy link empties it within
            // milliseconds, and then nothing is written. Coalescing keeps only the newest state, so this is
            // measured from when the outbox stopped being empty, not from the age of what it holds.
            int settle = _config.PersistIntervalMs / 4 < SettleMs ? _config.PersistIntervalMs / 4 : SettleMs;
            int end = nowMs - HeldSinceMs >= settle ? count : first;
            int need = 0;
            for (int i = first; i < end; i++) need += OutboxJournal.AddSize(items[i]);
            if (end == first && gone == 0 && !_needCompact) return;
            if (gone > 0) need += OutboxJournal.RemoveSize(gone);
            // Compact once the journal outgrows twice the snapshot: each byte then reaches flash about 1.5 times.
            int limit = _config.CompactAfterBytes > 2 * _snapshotBytes ? _config.CompactAfterBytes : 2 * _snapshotBytes;
            if (_append == null || _needCompact || _journalBytes + need > limit || gone > OutboxJournal.MaxRemovesPerRecord)
            {
                Snapshot(items, count, bytes, nowMs);
                return;
            }

            byte[] buf = Buffer(need);
            int o = 0;
            if (gone > 0) o = OutboxJournal.WriteRemove(_gone, 0, gone, buf, o);
            for (int i = first; i < end; i++) o = OutboxJournal.WriteAdd(items[i], nowMs, buf, o);
            bool ok = _append.Append(OutboxJournal.BlobName, buf, o);
            _counters.JournalAppends++;
            if (!ok)
            {
                // A failed append may have left a torn tail: never append after it, compact instead.
                _needCompact = true;
                Health.Failed(_append.LastError, "appending to the outbox journal");
                return;
            }

            Health.Ok();
            _counters.BytesWritten += o;
            _journalBytes += o;
            _stored = true;
            // The flash set is now: the old one minus what is gone, plus what was appended.
            int n = 0;
            int g = 0;
            for (int f = 0; f < _flashCount; f++)
            {
                if (g < gone && _gone[g] == _onFlash[f]) g++;
                else _onFlash[n++] = _onFlash[f];
            }

            for (int i = first; i < end && n < _onFlash.Length; i++) _onFlash[n++] = items[i].Sequence;
            _flashCount = n;
        }

        private bool Snapshot(OutboundMessage[] items, int count, int bytes, long nowMs)
        {
            int need = OutboxCodec.HeaderBytes + count * OutboxCodec.EntryOverheadBytes + bytes;
            byte[] buf = Buffer(need);
            int length = OutboxCodec.Encode(items, count, nowMs, buf);
            bool ok = _store.Write(Outbox.BlobName, buf, length);
            _counters.PersistWrites++;
            if (!ok)
            {
                _counters.PersistFailures++;
                Health.Failed(_append == null ? StoreError.Other : _append.LastError, "writing the outbox snapshot");
                return false;
            }

            Health.Ok();
            _counters.BytesWritten += length;
            _counters.Compactions++;
            _snapshotBytes = length;
            _stored = true;
            if (_journalBytes > 0 || _needCompact) _store.Delete(OutboxJournal.BlobName);
            _journalBytes = 0;
            _needCompact = false;
            _flashCount = 0;
            for (int i = 0; i < count && i < _onFlash.Length; i++) _onFlash[_flashCount++] = items[i].Sequence;
            return true;
        }

        private void DeleteStored()
        {
            _flashCount = 0;
            if (!_stored && !_needCompact) return;
            if (_journalBytes > 0 || _needCompact) _store.Delete(OutboxJournal.BlobName);
            _store.Delete(Outbox.BlobName);
            _counters.PersistDeletes++;
            if (_append == null || _append.LastError == StoreError.None) Health.Ok();
            _stored = false;
            _needCompact = false;
            _journalBytes = 0;
            _snapshotBytes = 0;
        }

        private byte[] Read(string name)
        {
            byte[] data = _store.Read(name);
            if (_append != null && data == null && _append.LastError != StoreError.None) Health.Failed(_append.LastError, "reading " + name);
            return data;
        }

        // Small writes (the usual journal append) reuse one buffer; a large snapshot gets its own array.
        private byte[] Buffer(int need)
        {
            if (need > KeepBufferBytes) return new byte[need];
            if (_buffer == null) _buffer = new byte[KeepBufferBytes];
            return _buffer;
        }
    }
}
