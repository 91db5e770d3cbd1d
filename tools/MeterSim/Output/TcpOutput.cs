using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace NodeMqtt.MeterSim.Output;

/// <summary>
/// A loopback TCP server (127.0.0.1 only) that sends every tick's bytes to every connected client, like a
/// ser2net-style P1 bridge. Sockets are non-blocking; each client has a bounded backlog, and a client that
/// falls further behind loses its backlog (counted) rather than stalling the meter.
/// </summary>
internal sealed class TcpOutput : ITelegramOutput
{
    private const int MaxBacklogBytes = 256 * 1024;
    private readonly Socket _listener;
    private readonly List<Client> _clients = new List<Client>();

    public TcpOutput(int port)
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            _listener.Listen(16);
            _listener.Blocking = false;
        }
        catch
        {
            _listener.Dispose();
            throw;
        }

        Port = ((IPEndPoint)_listener.LocalEndPoint).Port;
    }

    /// <summary>The bound port (useful with port 0).</summary>
    public int Port { get; }

    public bool ReaderAttached
    {
        get
        {
            Poll();
            return _clients.Count > 0;
        }
    }

    public long DroppedBytes { get; private set; }

    public int ClientCount => _clients.Count;

    public void Poll()
    {
        for (int i = 0; i < 16; i++)
        {
            try
            {
                Socket s = _listener.Accept();
                s.Blocking = false;
                s.NoDelay = true;
                _clients.Add(new Client(s));
            }
            catch (SocketException)
            {
                break; // WouldBlock: no one waiting
            }
        }

        Flush();
    }

    public void Write(byte[] chunk)
    {
        Poll();
        if (_clients.Count == 0)
        {
            DroppedBytes += chunk.Length;
            return;
        }

        foreach (Client c in _clients)
        {
            if (c.Backlog.Count + chunk.Length > MaxBacklogBytes)
            {
                DroppedBytes += c.Backlog.Count;
                c.Backlog.Clear();
            }

            c.Backlog.AddRange(chunk);
        }

        Flush();
    }

    public void Drain(int timeoutMs)
    {
        long deadline = Environment.TickCount64 + timeoutMs;
        while (_clients.Exists(c => c.Backlog.Count > 0) && Environment.TickCount64 < deadline)
        {
            Flush();
            Thread.Sleep(10);
        }
    }

    public void Dispose()
    {
        foreach (Client c in _clients)
        {
            Close(c.Socket);
        }

        _clients.Clear();
        _listener.Dispose();
    }

    private void Flush()
    {
        for (int i = _clients.Count - 1; i >= 0; i--)
        {
            Client c = _clients[i];
            bool alive = true;
            while (c.Backlog.Count > 0)
            {
                try
                {
                    int n = c.Socket.Send(c.Backlog.ToArray(), 0, c.Backlog.Count, SocketFlags.None, out SocketError error);
                    if (n > 0)
                    {
                        c.Backlog.RemoveRange(0, n);
                        continue;
                    }

                    alive = error == SocketError.WouldBlock || error == SocketError.Success;
                }
                catch (ObjectDisposedException)
                {
                    alive = false;
                }

                break;
            }

            if (alive && c.Socket.Poll(0, SelectMode.SelectRead))
            {
                // Readable on a client that never sends means it closed (or sent junk we ignore).
                var sink = new byte[512];
                int n = c.Socket.Receive(sink, 0, sink.Length, SocketFlags.None, out SocketError error);
                alive = n > 0 || error == SocketError.WouldBlock;
            }

            if (!alive)
            {
                DroppedBytes += c.Backlog.Count;
                Close(c.Socket);
                _clients.RemoveAt(i);
            }
        }
    }

    private static void Close(Socket s)
    {
        try
        {
            s.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        s.Dispose();
    }

    private sealed class Client
    {
        public Client(Socket socket)
        {
            Socket = socket;
        }

        public Socket Socket { get; }

        public List<byte> Backlog { get; } = new List<byte>();
    }
}
