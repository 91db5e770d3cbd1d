using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>A tiny in-process TCP echo server on 127.0.0.1:0 standing in for the broker.</summary>
public sealed class EchoServer : IDisposable
{
    private readonly Socket _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly List<Socket> _clients = new List<Socket>();
    private readonly List<Task> _loops = new List<Task>();
    private readonly Task _acceptLoop;
    private int _accepted;
    private int _endOfStreams;

    public EchoServer()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint;

    /// <summary>Connections the echo server has accepted, i.e. that the proxy made upstream.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Connections on which the echo server read end of stream (a FIN passed on by the proxy).</summary>
    public int EndOfStreams => Volatile.Read(ref _endOfStreams);

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        Task[] pending;
        lock (_clients)
        {
            foreach (Socket client in _clients)
            {
                client.Close();
            }

            pending = new List<Task>(_loops) { _acceptLoop }.ToArray();
        }

        Task.WaitAll(pending, 5_000);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            lock (_clients)
            {
                _clients.Add(client);
                _loops.Add(Task.Run(() => EchoAsync(client)));
            }
        }
    }

    private async Task EchoAsync(Socket client)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                int read = await client.ReceiveAsync(buffer, SocketFlags.None, _stopping.Token);
                if (read == 0)
                {
                    Interlocked.Increment(ref _endOfStreams);
                    client.Shutdown(SocketShutdown.Send);
                    return;
                }

                await client.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stopping.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
        {
            // Reset by the proxy or stopping.
        }
    }
}
