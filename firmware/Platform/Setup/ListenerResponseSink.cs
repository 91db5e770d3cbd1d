using System;
using System.Net;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// Core's response written to nanoFramework's <see cref="HttpListenerResponse"/>: no Content-Length is set,
    /// so the listener sends "Connection: Close" and the body ends with the connection, which lets pages stream
    /// in 256-byte chunks. A browser that went away is ignored (the page is simply cut short).
    /// </summary>
    internal sealed class ListenerResponseSink : IResponseSink
    {
        private HttpListenerResponse _response;
        private bool _broken;

        public void Attach(HttpListenerResponse response)
        {
            _response = response;
            _broken = false;
        }

        public void Begin(int status, string contentType)
        {
            try
            {
                _response.StatusCode = status;
                if (contentType != null) _response.ContentType = contentType;
            }
            catch (Exception)
            {
                _broken = true;
            }
        }

        public void Header(string name, string value)
        {
            try
            {
                _response.Headers.Add(name, value);
            }
            catch (Exception)
            {
                _broken = true;
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (_broken) return;
            try
            {
                _response.OutputStream.Write(buffer, offset, count);
            }
            catch (Exception)
            {
                _broken = true;
            }
        }

        public void End()
        {
        }
    }
}
