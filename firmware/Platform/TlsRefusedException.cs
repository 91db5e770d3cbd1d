using System;

namespace NodeMqtt.Platform
{
    /// <summary>Thrown inside the connect worker when TLS was asked for but has no trusted CA: the attempt
    /// ends as a TLS failure before any socket is opened (fail closed, issue 12).</summary>
    internal sealed class TlsRefusedException : Exception
    {
        public TlsRefusedException(string message)
            : base(message)
        {
        }
    }
}
