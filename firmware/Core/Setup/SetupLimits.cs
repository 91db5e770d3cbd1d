namespace NodeMqtt.Setup
{
    /// <summary>
    /// Bounds on everything a browser can send. Sized for a ~100 KB ESP32 heap: the setup form's fields
    /// total well under 1 KB, so anything larger is refused before it is parsed (413/431), never buffered.
    /// </summary>
    public static class SetupLimits
    {
        /// <summary>Request line plus headers, in bytes (a browser's GET with a cookie is ~600 B).</summary>
        public const int MaxHeadBytes = 2048;
        /// <summary>Longest request target (path and query).</summary>
        public const int MaxTargetChars = 256;
        /// <summary>Header lines accepted.</summary>
        public const int MaxHeaderLines = 32;
        /// <summary>Largest form body.</summary>
        public const int MaxBodyBytes = 2048;
        /// <summary>Form fields per request.</summary>
        public const int MaxFields = 24;
        /// <summary>Longest field name.</summary>
        public const int MaxNameChars = 32;
        /// <summary>Longest decoded field value in bytes (a broker host name is at most 253).</summary>
        public const int MaxValueBytes = 256;
        /// <summary>Bytes a page is written in (the chunk buffer of <see cref="PageWriter"/>).</summary>
        public const int ChunkBytes = 256;
    }
}
