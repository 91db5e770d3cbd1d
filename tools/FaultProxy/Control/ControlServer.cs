using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NodeMqtt.FaultProxy.Control;

/// <summary>
/// The optional TCP control port: one command per line (the same language as stdin), one reply line
/// per command. Loopback only, a few clients at a time, lines bounded.
/// </summary>
public sealed class ControlServer : IDisposable
{
    /// <summary>Clients served at once; more are closed on arrival.</summary>
    public const int MaxClients = 4;

    private readonly object _sync = new object();
    private readonly List<Socket> _clients = new List<Socket>();
    private readonly List<Task> _clientLoops = new List<Task>();
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly IPEndPoint _listen;
    private readonly ControlCommandProcessor _processor;
    private readonly Action _quitRequested;
    private Socket _listener;
    private IPEndPoint _bound;
    private Task _acceptLoop = Task.CompletedTask;
    private bool _disposed;

    /// <summary>Creates the server; <paramref name="quitRequested"/> runs after a <c>quit</c> is answered.</summary>
    public ControlServer(IPEndPoint listen, ControlCommandProcessor processor, Action quitRequested)
    {
        LoopbackGuard.Require(listen, "control");
        ArgumentNullException.ThrowIfNull(processor);
        _listen = listen;
        _processor = processor;
        _quitRequested = quitRequested;
    }

    /// <summary>The port the control server listens on; 0 before <see cref="Start"/>.</summary>
    public int ListenPort => _bound?.Port ?? 0;

    /// <summary>The address and port the control server listens on.</summary>
    public IPEndPoint ListenEndPoint => _bound ?? _listen;

    /// <summary>Binds, listens and starts accepting.</summary>
    public void Start()
    {
        var listener = new Socket(_listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(_listen);
            listener.Listen(MaxClients);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        _listener = listener;
        _bound = (IPEndPoint)listener.LocalEndPoint;
        _acceptLoop = Task.Run(() => AcceptLoopAsync(_stopping.Token));
    }

    /// <summary>Stops accepting, closes every control client, waits (bounded) for the loops. Idempotent.</summary>
    public void Dispose()
    {
        List<Task> pending;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (Socket client in _clients)
            {
                SocketCloser.Close(client, CloseKind.Graceful);
            }

            pending = new List<Task>(_clientLoops) { _acceptLoop };
        }

        _stopping.Cancel();
        _listener?.Close();
        try
        {
            Task.WaitAll(pending.ToArray(), FaultProxy.StopTimeoutMs);
        }
        catch (AggregateException)
        {
            // The loops catch their own errors; nothing to add here.
        }
    }

    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
            {
                break;
            }

            lock (_sync)
            {
                if (_disposed || _clients.Count >= MaxClients)
                {
                    SocketCloser.Close(client, CloseKind.Graceful);
                    continue;
                }

                _clients.Add(client);
                _clientLoops.RemoveAll(t => t.IsCompleted);
                _clientLoops.Add(Task.Run(() => ServeAsync(client, ct)));
            }
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken ct)
    {
        var line = new StringBuilder();
        var buffer = new byte[512];
        bool quit = false;
        try
        {
            while (!ct.IsCancellationRequested && !quit)
            {
                int read = await client.ReceiveAsync(buffer, SocketFlags.None, ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                for (int i = 0; i < read && !quit; i++)
                {
                    char c = (char)buffer[i];
                    if (c != '\n')
                    {
                        if (line.Length > ControlCommandProcessor.MaxLineChars)
                        {
                            await SendLineAsync(client, "error: line too long; closing", ct).ConfigureAwait(false);
                            return;
                        }

                        line.Append(c);
                        continue;
                    }

                    ControlReply reply = _processor.Execute(line.ToString());
                    line.Clear();
                    if (reply.Text != null)
                    {
                        await SendLineAsync(client, reply.Text, ct).ConfigureAwait(false);
                    }

                    quit = reply.Quit;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
        {
            // Client gone or server stopping.
        }
        finally
        {
            lock (_sync)
            {
                _clients.Remove(client);
            }

            SocketCloser.Close(client, CloseKind.Graceful);
        }

        if (quit)
        {
            _quitRequested?.Invoke();
        }
    }

    private static async Task SendLineAsync(Socket client, string text, CancellationToken ct)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text + "\n");
        int offset = 0;
        while (offset < bytes.Length)
        {
            offset += await client.SendAsync(bytes.AsMemory(offset), SocketFlags.None, ct).ConfigureAwait(false);
        }
    }
}
