using System.Collections;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The promise that nothing is lost while the link is down, within bounds. Messages are held in one
    /// preallocated array sorted by <see cref="OutboundMessage.Sequence"/>; a message handed to the
    /// supervisor stays in its slot marked in flight, so a hand-back (<see cref="OnReturned"/>) is simply
    /// back in its place in order. Bounded by count, bytes (topic + payload, in-flight included) and age.
    /// When full it drops, oldest first: history entries, then events and other kinds, then state
    /// (each queued state is already the latest of its topic); the incoming message is only dropped when
    /// nothing can make room. Every loss is counted, so <c>Enqueued + Restored == Delivered + Count +
    /// DroppedFull + DroppedAge + Coalesced</c> always holds. A token bucket paces the flush after a
    /// reconnect. Persistence is a write-ahead journal (<c>outbox.journal</c>) compacted into a snapshot
    /// (blob <c>outbox</c>, see <see cref="OutboxCodec"/>): see <see cref="OutboxPersister"/> and <see cref="Tick"/>.
    /// Single-threaded like all of Core.
    /// </summary>
    public sealed class Outbox
    {
        /// <summary>Name of the persisted blob.</summary>
        public const string BlobName = "outbox";

        private const int RecycleMinBytes = 64;

        private readonly OutboxConfig _config;
        private readonly OutboxSlots _slots;
        private readonly PayloadPool _pool = new PayloadPool();
        private readonly TokenBucket _bucket = new TokenBucket();
        private readonly OutboxPersister _persister;
        private long _nextSequence = 1;

        /// <summary>Creates an empty outbox with every slot preallocated; call <see cref="Load"/> once at start
        /// to restore a persisted one. <paramref name="store"/> and <paramref name="log"/> may be null.</summary>
        public Outbox(OutboxConfig config, IStore store, ILog log)
        {
            _config = config;
            _slots = new OutboxSlots(config.MaxMessages);
            Counters = new OutboxCounters();
            _persister = new OutboxPersister(config, store, log, Counters);
        }

        /// <summary>What the outbox did (drops, deliveries, flash writes, high-water marks).</summary>
        public readonly OutboxCounters Counters;

        /// <summary>Storage state (ok, full, read-only, ...) and failure counters.</summary>
        public StoreHealth Store { get { return _persister.Health; } }

        /// <summary>Bytes in the write-ahead journal now.</summary>
        public int JournalBytes { get { return _persister.JournalBytes; } }

        /// <summary>Messages held, in flight included.</summary>
        public int Count { get { return _slots.Count; } }
        /// <summary>Topic + payload bytes held, in flight included.</summary>
        public int Bytes { get { return _slots.Bytes; } }
        /// <summary>Messages handed out and not yet delivered or returned.</summary>
        public int InFlight { get { return _slots.InFlightCount; } }

        /// <summary>The held message at position <paramref name="index"/> (0 = lowest sequence), for
        /// diagnostics and tests.</summary>
        public OutboundMessage At(int index) { return _slots.Items[index]; }

        /// <summary>True when the message at <paramref name="index"/> is in flight.</summary>
        public bool IsInFlight(int index) { return _slots.InFlight[index]; }

        /// <summary>A payload array of exactly <paramref name="length"/> bytes, reused from delivered state
        /// messages when possible. State and history messages must own their payload array outright: after
        /// <see cref="OnDelivered"/> (QoS 1) or a drop, the outbox reuses it.</summary>
        public byte[] RentPayload(int length)
        {
            int hits = _pool.Hits;
            byte[] a = _pool.Rent(length);
            if (_pool.Hits != hits) Counters.PayloadReuses++;
            return a;
        }

        /// <summary>Adds a message, assigning its sequence. Returns false when it was dropped (counted).</summary>
        public bool Enqueue(OutboundMessage message, long nowMs)
        {
            if (message == null) return false;
            Counters.Enqueued++;
            Expire(nowMs);
            return Insert(message, nowMs, false);
        }

        /// <summary>The next message to publish when the token bucket allows one now, else null. Expires
        /// messages older than <c>MaxAgeMs</c> first. Does not hand the message out.</summary>
        public OutboundMessage PeekReady(long nowMs)
        {
            Expire(nowMs);
            _bucket.Refill(nowMs, _config.FlushPerSecond, _config.FlushBurst);
            if (!_bucket.HasToken) return null;
            int i = _slots.FirstWaiting();
            return i < 0 ? null : _slots.Items[i];
        }

        /// <summary>Hands out the next message (marked in flight, one token spent, <c>Attempts</c>
        /// incremented), or null when none is ready.</summary>
        public OutboundMessage TakeNext(long nowMs)
        {
            if (PeekReady(nowMs) == null) return null;
            int i = _slots.FirstWaiting();
            _slots.SetInFlight(i, true);
            _bucket.Spend();
            _slots.Items[i].Attempts++;
            return _slots.Items[i];
        }

        /// <summary>Milliseconds until <see cref="TakeNext"/> can return a message (0 = now), or -1 when none waits.</summary>
        public long MsUntilReady(long nowMs)
        {
            if (_slots.FirstWaiting() < 0) return -1;
            _bucket.Refill(nowMs, _config.FlushPerSecond, _config.FlushBurst);
            return _bucket.MsUntilToken(_config.FlushPerSecond);
        }

        /// <summary>The supervisor reports <paramref name="message"/> delivered: it leaves the outbox.</summary>
        public void OnDelivered(OutboundMessage message, long nowMs)
        {
            int i = _slots.IndexOf(message);
            if (i < 0)
            {
                Counters.UnknownReports++;
                return;
            }

            Counters.Delivered++;
            Remove(i);
            // Only a QoS 1 message is surely out of the client's hands (PUBACK came back); a QoS 0 array
            // may still sit in the client's send queue, so it is not reused.
            if (message.Qos == 1) Recycle(message);
        }

        /// <summary>The supervisor hands <paramref name="message"/> back undelivered: it waits again in its
        /// place by sequence, ahead of everything enqueued after it (a state-like message and another waiting
        /// one on its topic coalesce: the older is dropped and counted).</summary>
        public void OnReturned(OutboundMessage message, long nowMs)
        {
            int i = _slots.IndexOf(message);
            if (i < 0)
            {
                Counters.UnknownReports++;
                return;
            }

            Counters.Returned++;
            _slots.SetInFlight(i, false);
            if (!MessageKind.Coalesces(message.Kind)) return;
            // A newer message on the topic arrived while this one was out, or an older one came back
            // earlier: only the latest of the two is worth sending.
            int k = _slots.FindWaiting(message.Kind, message.Topic, i);
            if (k < 0) return;
            OutboundMessage older = _slots.Items[k < i ? k : i];
            Counters.Coalesced++;
            Remove(k < i ? k : i);
            Recycle(older);
        }

        /// <summary>Expires old messages and appends to the journal when due (see
        /// <see cref="OutboxPersister"/>); deletes the stored file once the outbox has drained.</summary>
        public void Tick(long nowMs)
        {
            Expire(nowMs);
            _persister.Tick(_slots.Items, _slots.Count, _slots.Bytes, nowMs);
        }

        /// <summary>Writes (or deletes, when empty) the stored outbox now, for a planned reboot or clean stop.
        /// Returns false when persistence is off or the store refused.</summary>
        public bool PersistNow(long nowMs)
        {
            Expire(nowMs);
            return _persister.PersistNow(_slots.Items, _slots.Count, _slots.Bytes, nowMs);
        }

        /// <summary>
        /// Restores the stored outbox (call once at start, before anything is enqueued). A missing file is a
        /// clean start; a truncated, corrupt or wrong-version file is logged in one line, set aside and the
        /// outbox starts empty. Never throws. Returns the count of restored messages held. Node time
        /// restarts at boot and time spent powered off is unknown, so ages continue from their stored value.
        /// </summary>
        public int Load(long nowMs)
        {
            ArrayList entries = new ArrayList();
            _persister.Load(nowMs, entries);
            int before = _slots.Count;
            for (int i = 0; i < entries.Count; i++)
            {
                Counters.Restored++;
                OutboundMessage m = (OutboundMessage)entries[i];
                // Restored messages keep their sequence: the journal on flash names them by it.
                if (m.Sequence >= _nextSequence) _nextSequence = m.Sequence + 1;
                if (nowMs - m.CreatedMs > _config.MaxAgeMs) Counters.DroppedAge++;
                else Insert(m, nowMs, true);
            }

            return _slots.Count - before;
        }

        private bool Insert(OutboundMessage m, long nowMs, bool keepSequence)
        {
            bool wasEmpty = _slots.Count == 0;
            int size = Utf8Text.ByteCount(m.Topic) + (m.Payload == null ? 0 : m.Payload.Length);
            if (MessageKind.Coalesces(m.Kind))
            {
                int old = _slots.FindWaiting(m.Kind, m.Topic, -1);
                if (old >= 0)
                {
                    OutboundMessage replaced = _slots.Items[old];
                    Counters.Coalesced++;
                    Remove(old);
                    Recycle(replaced);
                }
            }

            // In-flight messages cannot be evicted: if they alone leave no room, the newcomer is dropped.
            if (size > _config.MaxBytes || _slots.InFlightCount + 1 > _config.MaxMessages || _slots.InFlightBytes + size > _config.MaxBytes)
            {
                Counters.DroppedFull++;
                return false;
            }

            while (_slots.Count + 1 > _config.MaxMessages || _slots.Bytes + size > _config.MaxBytes)
            {
                int v = _slots.Victim();
                OutboundMessage victim = _slots.Items[v];
                Remove(v);
                Counters.DroppedFull++;
                Recycle(victim);
            }

            if (wasEmpty) _persister.HeldSinceMs = nowMs;
            if (!keepSequence) m.Sequence = _nextSequence++;
            _slots.Append(m, size);
            if (_slots.Count > Counters.HighWaterCount) Counters.HighWaterCount = _slots.Count;
            if (_slots.Bytes > Counters.HighWaterBytes) Counters.HighWaterBytes = _slots.Bytes;
            return true;
        }

        private void Expire(long nowMs)
        {
            for (int i = _slots.Count - 1; i >= 0; i--)
            {
                if (!_slots.InFlight[i] && nowMs - _slots.Items[i].CreatedMs > _config.MaxAgeMs)
                {
                    OutboundMessage old = _slots.Items[i];
                    Remove(i);
                    Counters.DroppedAge++;
                    Recycle(old);
                }
            }
        }

        private void Remove(int i)
        {
            _slots.RemoveAt(i);
        }

        // Only state documents are built in pooled arrays (by TelemetryPublisher); other kinds may carry
        // shared arrays, so they are never reused. Tiny arrays are not worth holding.
        private void Recycle(OutboundMessage m)
        {
            if ((m.Kind == MessageKind.State || m.Kind == MessageKind.History) && m.Payload != null && m.Payload.Length >= RecycleMinBytes)
            {
                _pool.Return(m.Payload);
            }
        }
    }
}
