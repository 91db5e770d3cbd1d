namespace NodeMqtt.Ports
{
    /// <summary>
    /// Why a store call failed (int constants with a name table: enum names print as numbers on the
    /// device). Storage trouble is reported as a state, once per change (issue 12: a full disk was invisible).
    /// </summary>
    public static class StoreError
    {
        /// <summary>The last call succeeded.</summary>
        public const int None = 0;
        /// <summary>No space left.</summary>
        public const int Full = 1;
        /// <summary>The medium or the directory refuses writes.</summary>
        public const int ReadOnly = 2;
        /// <summary>The storage location does not exist and cannot be created.</summary>
        public const int Missing = 3;
        /// <summary>Stored data failed its checks (reported by Core, not by stores).</summary>
        public const int Corrupt = 4;
        /// <summary>Something of the wrong type (a directory) sits where a blob belongs.</summary>
        public const int WrongType = 5;
        /// <summary>Any other failure.</summary>
        public const int Other = 6;

        private static readonly string[] Names = { "ok", "full", "read-only", "missing", "corrupt", "wrong-type", "failing" };

        /// <summary>The state's word for logs, status and diag.</summary>
        public static string Name(int error)
        {
            return error >= 0 && error < Names.Length ? Names[error] : "failing";
        }
    }
}
