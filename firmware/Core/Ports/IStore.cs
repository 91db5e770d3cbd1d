namespace NodeMqtt.Ports
{
    /// <summary>
    /// Small named blobs that survive a reboot: internal flash on the device (I:), files on the host.
    /// Writes must be atomic from Core's point of view (write new, then replace), and are counted by
    /// callers because flash wears. Never throws.
    /// </summary>
    public interface IStore
    {
        /// <summary>The whole blob, or null when it does not exist or cannot be read.</summary>
        byte[] Read(string name);

        /// <summary>Replaces the blob with <paramref name="count"/> bytes of <paramref name="data"/>. False on failure.</summary>
        bool Write(string name, byte[] data, int count);

        /// <summary>Moves a bad blob aside (kept for inspection) so the next start is clean.</summary>
        void SetAside(string name);

        /// <summary>Deletes the blob if present.</summary>
        void Delete(string name);
    }
}
