// nanoFramework.System.Net.Http.Server 1.5.210 — assembly System.Net.Http; checked against nanoframework/System.Net.Http@v1.5.210
// Declarations only (tools/NanoSurface/README.md): nanoFramework.System.Net.Http/Http/System.Net.HttpListener.cs,
// System.Net.HttpListenerContext.cs, System.Net.HttpListenerRequest.cs, System.Net.HttpListenerResponse.cs,
// System.Net.WebHeaders.cs. The server package builds the same source as System.Net.Http.dll; the setup pages use it.
using System.IO;

namespace System.Net
{
    public class HttpListener
    {
        public HttpListener(string prefix, int port, IPAddress localEndpointIP = null) { throw null; }
        public void Start() { throw null; }
        public HttpListenerContext GetContext() { throw null; }
    }

    public class HttpListenerContext
    {
        // internal in the real assembly, taking internal stream wrappers; private (and without them) here.
        private HttpListenerContext() { throw null; }
        public HttpListenerRequest Request { get { throw null; } }
        public HttpListenerResponse Response { get { throw null; } }
        public void Close() { throw null; }
    }

    public class HttpListenerRequest
    {
        // internal in the real assembly, taking internal stream wrappers; private (and without them) here.
        private HttpListenerRequest() { throw null; }
        public string HttpMethod { get { throw null; } }
        public string RawUrl { get { throw null; } }
        public long ContentLength64 { get { throw null; } }
        public string ContentType { get { throw null; } }
        public WebHeaderCollection Headers { get { throw null; } }
        public Stream InputStream { get { throw null; } }
    }

    public sealed class HttpListenerResponse : IDisposable
    {
        // internal in the real assembly, taking internal stream wrappers; private (and without them) here.
        private HttpListenerResponse() { throw null; }
        public int StatusCode { get { throw null; } set { throw null; } }
        public string ContentType { get { throw null; } set { throw null; } }
        public WebHeaderCollection Headers { get { throw null; } }
        public Stream OutputStream { get { throw null; } }
        public void Close() { throw null; }
        void IDisposable.Dispose() { throw null; }
    }

    public class WebHeaderCollection
    {
        public WebHeaderCollection() { throw null; }
        // internal in the real assembly; private here.
        private WebHeaderCollection(bool internalCreate, bool isWebSocket = false) { throw null; }
        public string this[string header] { get { throw null; } }
        public void Add(string name, string value) { throw null; }
    }
}
