namespace NodeMqtt.Setup
{
    /// <summary>
    /// Where a setup/status response goes: the platform's HTTP response (nanoFramework's HttpListener
    /// response on the device, a socket on the virtual board). Calls come in this order: <see cref="Begin"/>,
    /// any <see cref="Header"/>, any <see cref="Write"/>, then <see cref="End"/>. Pages are written in small
    /// chunks (<see cref="PageWriter"/>), so the sink must not collect the whole body before sending it.
    /// Implementations never throw into Core (a vanished client is the platform's concern).
    /// </summary>
    public interface IResponseSink
    {
        /// <summary>Starts the response with a status code (200, 303, 400...) and its content type (null for none).</summary>
        void Begin(int status, string contentType);

        /// <summary>Adds one response header (name and value are ASCII without CR/LF).</summary>
        void Header(string name, string value);

        /// <summary>Sends body bytes.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Ends the response (the connection closes after it).</summary>
        void End();
    }
}
