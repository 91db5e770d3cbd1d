using System;
using System.Net;
using System.Threading;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// The setup and status pages on port 80, through nanoFramework's HttpListener: one request at a time on
    /// this thread, the body read into one reused buffer within Core's limits, and Core's handler called under
    /// the same lock as the node's tick, because Core is single-threaded. After a save the device reboots into
    /// the saved mode once the response is out.
    /// </summary>
    internal sealed class SetupWebServer
    {
        private const int RebootDelayMs = 1500;

        private readonly SetupHandler _handler;
        private readonly DeviceSetupPlatform _platform;
        private readonly object _coreLock;
        private readonly ISystem _system;
        private readonly ILog _log;
        private readonly SetupRequest _request = new SetupRequest();
        private readonly ListenerResponseSink _sink = new ListenerResponseSink();
        private readonly byte[] _body = new byte[SetupLimits.MaxBodyBytes];

        public SetupWebServer(SetupHandler handler, DeviceSetupPlatform platform, object coreLock, ISystem system, ILog log)
        {
            _handler = handler;
            _platform = platform;
            _coreLock = coreLock;
            _system = system;
            _log = log;
        }

        /// <summary>Starts listening on its own thread.</summary>
        public void Start()
        {
            new Thread(Run).Start();
        }

        private void Run()
        {
            HttpListener listener;
            try
            {
                listener = new HttpListener("http", 80);
                listener.Start();
            }
            catch (Exception ex)
            {
                _log.Line("setup", "web server did not start: " + ex.Message);
                return;
            }

            _log.Line("setup", _platform.AccessPointMode ? "setup page on http://" + SetupAddress.Text + "/" : "status page on port 80");
            while (true)
            {
                HttpListenerContext context = null;
                try
                {
                    context = listener.GetContext();
                    Serve(context);
                }
                catch (Exception ex)
                {
                    _log.Line("setup", "request failed: " + ex.Message);
                }
                finally
                {
                    if (context != null) Close(context);
                }

                if (_platform.RebootPending)
                {
                    Thread.Sleep(RebootDelayMs);
                    _system.Reboot();
                }
            }
        }

        private void Serve(HttpListenerContext context)
        {
            HttpListenerRequest r = context.Request;
            _request.Clear();
            _request.Method = r.HttpMethod;
            string url = r.RawUrl;
            int q = url == null ? -1 : url.IndexOf('?');
            _request.Path = q < 0 ? url : url.Substring(0, q);
            _request.Query = q < 0 ? null : url.Substring(q + 1);
            _request.Host = r.Headers["Host"];
            _request.Cookie = r.Headers["Cookie"];
            _request.ContentType = r.ContentType;
            _request.Body = _body;
            _sink.Attach(context.Response);
            long length = r.ContentLength64;
            if (length > SetupLimits.MaxBodyBytes || (_request.Path != null && _request.Path.Length > SetupLimits.MaxTargetChars))
            {
                Refuse(length > SetupLimits.MaxBodyBytes ? 413 : 414);
                return;
            }

            int got = 0;
            while (length > 0 && got < length)
            {
                int n = r.InputStream.Read(_body, got, (int)length - got);
                if (n <= 0) break;
                got += n;
            }

            _request.BodyLength = got;
            lock (_coreLock)
            {
                _handler.Handle(_request, _sink, Environment.TickCount64);
            }
        }

        private void Refuse(int status)
        {
            _sink.Begin(status, "text/plain; charset=utf-8");
            byte[] text = System.Text.Encoding.UTF8.GetBytes("error: " + HttpStatus.Reason(status) + "\n");
            _sink.Write(text, 0, text.Length);
        }

        private static void Close(HttpListenerContext context)
        {
            try
            {
                context.Response.Close();
                context.Close();
            }
            catch (Exception)
            {
            }
        }
    }
}
