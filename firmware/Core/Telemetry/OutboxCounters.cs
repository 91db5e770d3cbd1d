namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// What the outbox did, for diagnostics. The accounting identity
    /// <c>Enqueued + Restored == Delivered + Outbox.Count + DroppedFull + DroppedAge + Coalesced</c> holds at
    /// every moment (<c>Outbox.Count</c> includes messages in flight), so a loss can never go unnoticed.
    /// </summary>
    public sealed class OutboxCounters
    {
        /// <summary>Messages offered to <c>Enqueue</c>.</summary>
        public long Enqueued;
        /// <summary>Messages restored from the store by <c>Load</c>.</summary>
        public long Restored;
        /// <summary>Messages reported delivered.</summary>
        public long Delivered;
        /// <summary>Hand-backs (a message may come back more than once).</summary>
        public long Returned;
        /// <summary>Messages dropped because a bound was reached (including the incoming one when nothing
        /// could make room).</summary>
        public long DroppedFull;
        /// <summary>Messages dropped because they were older than <c>MaxAgeMs</c>.</summary>
        public long DroppedAge;
        /// <summary>Queued messages replaced by a newer one of the same kind on the same topic.</summary>
        public long Coalesced;
        /// <summary>Deliveries or hand-backs of messages this outbox does not hold (ignored).</summary>
        public long UnknownReports;
        /// <summary>Outbox files written to the store (flash wear).</summary>
        public long PersistWrites;
        /// <summary>Writes the store refused.</summary>
        public long PersistFailures;
        /// <summary>Deletes of the stored file after the outbox drained.</summary>
        public long PersistDeletes;
        /// <summary>Stored files found unusable and set aside.</summary>
        public long LoadFailures;
        /// <summary>Most messages held at once.</summary>
        public int HighWaterCount;
        /// <summary>Most topic + payload bytes held at once.</summary>
        public int HighWaterBytes;
        /// <summary>Payload arrays reused from delivered state messages.</summary>
        public long PayloadReuses;
        /// <summary>Appends to the write-ahead journal (failed ones included).</summary>
        public long JournalAppends;
        /// <summary>Snapshots written (compactions, planned stops); failed ones are in <see cref="PersistFailures"/>.</summary>
        public long Compactions;
        /// <summary>Bytes written to flash by the outbox (journal and snapshots): the wear figure.</summary>
        public long BytesWritten;
        /// <summary>Journals found at start with a torn or corrupt tail (a crash mid-append).</summary>
        public long TornRecords;
    }
}
