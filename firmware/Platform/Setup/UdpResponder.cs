using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// One UDP port answered on its own thread with two preallocated buffers; the answer itself is portable Core
    /// code (<see cref="NodeMqtt.Setup.CaptiveDns"/>, <see cref="NodeMqtt.Setup.SetupDhcp"/>). A failing socket is
    /// logged and retried after a pause; the thread never ends the app.
    /// </summary>
    internal abstract class UdpResponder
    {
        private const int RetryPauseMs = 5000;

        private readonly int _port;
        private readonly ILog _log;
        private readonly byte[] _request;
        private readonly byte[] _reply;

        protected UdpResponder(int port, int bufferBytes, ILog log)
        {
            _port = port;
            _log = log;
            _request = new byte[bufferBytes];
            _reply = new byte[bufferBytes];
        }

        /// <summary>Starts the responder thread.</summary>
        public void Start()
        {
            new Thread(Run).Start();
        }

        /// <summary>The reply's length in <paramref name="reply"/>, or 0 for none.</summary>
        protected abstract int Answer(byte[] request, int length, byte[] reply);

        /// <summary>Where the reply goes (the sender, or a broadcast).</summary>
        protected abstract EndPoint ReplyTo(EndPoint sender);

        /// <summary>Lets the subclass allow broadcasts on the socket.</summary>
        protected virtual bool Broadcasts
        {
            get { return false; }
        }

        private void Run()
        {
            while (true)
            {
                Socket socket = null;
                try
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                    if (Broadcasts) socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, true);
                    socket.Bind(new IPEndPoint(IPAddress.Any, _port));
                    while (true)
                    {
                        EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                        int n = socket.ReceiveFrom(_request, 0, _request.Length, SocketFlags.None, ref from);
                        int length = n > 0 ? Answer(_request, n, _reply) : 0;
                        if (length > 0) socket.SendTo(_reply, 0, length, SocketFlags.None, ReplyTo(from));
                    }
                }
                catch (Exception ex)
                {
                    _log.Line("setup", "udp " + _port.ToString() + ": " + ex.Message + "; retrying");
                }
                finally
                {
                    if (socket != null) socket.Close();
                }

                Thread.Sleep(RetryPauseMs);
            }
        }
    }
}
