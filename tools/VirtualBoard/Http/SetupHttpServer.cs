using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.VirtualBoard.Http;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 for the setup and status pages. One accept thread reads each request's
/// head and body within Core's limits (<see cref="SetupLimits"/>, parsed by Core's <see cref="HttpHead"/>) and
/// queues it; the board's own thread answers it through Core's <see cref="SetupHandler"/> on its next tick,
/// because Core is single-threaded. One request per connection.
/// </summary>
public sealed class SetupHttpServer : IDisposable
{
    private const int ReadTimeoutMs = 5000;
    private const int MaxQueued = 8;

    private readonly TcpListener _listener;
    private readonly ILog _log;
    private readonly BlockingCollection<Pending> _queue = new(MaxQueued);
    private readonly Thread _thread;
    private volatile bool _stopping;

    public SetupHttpServer(int port, ILog log)
    {
        _log = log;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _thread = new Thread(AcceptLoop) { IsBackground = true, Name = "setup-http" };
        _thread.Start();
    }

    public int Port { get; }

    /// <summary>Answers the queued requests (board thread).</summary>
    public void Serve(SetupHandler handler, long nowMs)
    {
        while (_queue.TryTake(out Pending p))
        {
            using (p.Socket)
            {
                var sink = new SocketResponseSink(p.Socket);
                if (p.Status != 0)
                {
                    sink.Begin(p.Status, "text/plain; charset=utf-8");
                    sink.Header("Cache-Control", "no-store");
                    byte[] body = System.Text.Encoding.UTF8.GetBytes("error: " + p.Problem + "\n");
                    sink.Write(body, 0, body.Length);
                    sink.End();
                }
                else
                {
                    handler.Handle(p.Request, sink, nowMs);
                }

                Close(p.Socket);
            }
        }
    }

    private void AcceptLoop()
    {
        while (!_stopping)
        {
            Socket s;
            try
            {
                s = _listener.AcceptSocket();
            }
            catch (Exception) when (_stopping)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            s.ReceiveTimeout = ReadTimeoutMs;
            s.SendTimeout = ReadTimeoutMs;
            Pending p = Read(s);
            if (p == null)
            {
                Close(s);
                s.Dispose();
                continue;
            }

            if (!_queue.TryAdd(p, 2000))
            {
                Close(s);
                s.Dispose();
            }
        }
    }

    // Reads one request; too-large heads and bodies are answered with their 4xx without reading the rest.
    private static Pending Read(Socket s)
    {
        var p = new Pending { Socket = s, Request = new SetupRequest() };
        byte[] buf = new byte[SetupLimits.MaxHeadBytes + SetupLimits.MaxBodyBytes];
        int have = 0;
        int headEnd = -1;
        try
        {
            while (headEnd < 0)
            {
                if (have >= SetupLimits.MaxHeadBytes)
                {
                    p.Status = 431;
                    p.Problem = "request head larger than " + SetupLimits.MaxHeadBytes + " bytes";
                    return p;
                }

                int n = s.Receive(buf, have, SetupLimits.MaxHeadBytes - have, SocketFlags.None);
                if (n <= 0) return have == 0 ? null : Fail(p, 400, "connection closed inside the request head");
                have += n;
                headEnd = HttpHead.FindEnd(buf, have);
            }

            var head = new HttpHead();
            int status = head.Parse(buf, headEnd, p.Request);
            if (status != 0) return Fail(p, status, head.Problem);
            if (p.Request.Method == "POST" && head.ContentLength == 0 && !HasContentLength(buf, headEnd))
                return Fail(p, 411, "POST needs a Content-Length");
            byte[] body = new byte[head.ContentLength];
            int got = Math.Min(have - headEnd, body.Length);
            Array.Copy(buf, headEnd, body, 0, got);
            while (got < body.Length)
            {
                int n = s.Receive(body, got, body.Length - got, SocketFlags.None);
                if (n <= 0) return Fail(p, 400, "body shorter than its Content-Length");
                got += n;
            }

            p.Request.Body = body;
            p.Request.BodyLength = body.Length;
            return p;
        }
        catch (SocketException)
        {
            return have == 0 ? null : Fail(p, 408, "request not complete within " + ReadTimeoutMs + " ms");
        }
    }

    private static bool HasContentLength(byte[] buf, int headEnd)
    {
        string head = System.Text.Encoding.ASCII.GetString(buf, 0, headEnd).ToLowerInvariant();
        return head.Contains("\ncontent-length:");
    }

    private static Pending Fail(Pending p, int status, string problem)
    {
        p.Status = status;
        p.Problem = problem;
        return p;
    }

    // Half-close, then read what the client still sends (bounded) so the kernel does not answer unread bytes
    // with a reset that would destroy the response before the client reads it.
    private static void Close(Socket s)
    {
        try
        {
            s.Shutdown(SocketShutdown.Send);
            s.ReceiveTimeout = 200;
            byte[] sink = new byte[4096];
            for (int total = 0; total < 65536;)
            {
                int n = s.Receive(sink);
                if (n <= 0) break;
                total += n;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _listener.Stop();
        _thread.Join(2000);
        while (_queue.TryTake(out Pending p)) p.Socket.Dispose();
    }

    private sealed class Pending
    {
        public Socket Socket;
        public SetupRequest Request;
        public int Status;
        public string Problem;
    }
}
