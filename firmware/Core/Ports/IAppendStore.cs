namespace NodeMqtt.Ports
{
    /// <summary>
    /// An <see cref="IStore"/> that can also append, which the outbox's write-ahead journal needs so an
    /// accepted reading costs a few dozen bytes of flash instead of a rewrite of the whole outbox. Stores
    /// that cannot append are still used, with whole-file snapshots. Never throws.
    /// </summary>
    public interface IAppendStore : IStore
    {
        /// <summary>Appends <paramref name="count"/> bytes of <paramref name="data"/> to the blob, creating
        /// it. A crash may leave a torn tail, which the reader must detect (the journal checksums records).
        /// False on failure.</summary>
        bool Append(string name, byte[] data, int count);

        /// <summary>The <see cref="StoreError"/> of the last call (<see cref="StoreError.None"/> after success,
        /// and after a read of a blob that simply does not exist).</summary>
        int LastError { get; }
    }
}
