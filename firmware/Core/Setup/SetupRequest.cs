namespace NodeMqtt.Setup
{
    /// <summary>
    /// One HTTP request as the setup handler sees it, filled by the platform (or by <see cref="HttpHead"/>
    /// from raw bytes). The body is already bounded by <see cref="SetupLimits.MaxBodyBytes"/>.
    /// </summary>
    public sealed class SetupRequest
    {
        /// <summary>Request method (<c>GET</c>, <c>POST</c>, ...).</summary>
        public string Method;
        /// <summary>Path without the query, e.g. <c>/setup</c>.</summary>
        public string Path;
        /// <summary>The query string without <c>?</c>, or null.</summary>
        public string Query;
        /// <summary>The Host header, or null.</summary>
        public string Host;
        /// <summary>The Cookie header, or null.</summary>
        public string Cookie;
        /// <summary>The Content-Type header, or null.</summary>
        public string ContentType;
        /// <summary>Body bytes (may be longer than <see cref="BodyLength"/>; a reused buffer).</summary>
        public byte[] Body;
        /// <summary>Bytes of <see cref="Body"/> that belong to this request.</summary>
        public int BodyLength;

        /// <summary>Clears every field so the object can be reused for the next request.</summary>
        public void Clear()
        {
            Method = null;
            Path = null;
            Query = null;
            Host = null;
            Cookie = null;
            ContentType = null;
            BodyLength = 0;
        }
    }
}
