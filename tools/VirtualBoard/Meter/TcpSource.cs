using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// A meter behind a TCP bridge (ser2net, a P1-to-Wi-Fi dongle, or <c>nodemqtt-metersim --out tcp:PORT</c>).
/// A background thread connects, receives into a bounded ring and, when the connection drops, reconnects after
/// a delay that doubles from <see cref="MinReconnectDelayMs"/> up to <see cref="MaxReconnectDelayMs"/> (reset once a
/// connection delivered data). Every blocking call has a bound, so <see cref="HostByteSource.Dispose"/> stops the
/// thread within about a second.
/// </summary>
public sealed class TcpSource : HostByteSource
{
    private const int ConnectTimeoutMs = 3000;
    private const int PollSliceMs = 100;
    private readonly ByteRing _ring;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private Socket _socket;
    private int _connects;
    private int _disconnects;

    /// <summary>Starts connecting to <paramref name="host"/>:<paramref name="port"/> in the background.</summary>
    public TcpSource(string host, int port, bool reconnect = true, int ringBytes = 64 * 1024, int minReconnectDelayMs = 200, int maxReconnectDelayMs = 5000)
    {
        if (string.IsNullOrEmpty(host)) throw new ArgumentException("host is empty", nameof(host));
        if (port < 1 || port > 65535) throw new ArgumentOutOfRangeException(nameof(port));
        Host = host;
        Port = port;
        Reconnect = reconnect;
        MinReconnectDelayMs = Math.Max(10, minReconnectDelayMs);
        MaxReconnectDelayMs = Math.Max(MinReconnectDelayMs, maxReconnectDelayMs);
        _ring = new ByteRing(ringBytes);
        _thread = new Thread(Run) { IsBackground = true, Name = "meter-tcp " + host + ":" + port };
        _thread.Start();
    }

    /// <summary>Remote host.</summary>
    public string Host { get; }

    /// <summary>Remote port.</summary>
    public int Port { get; }

    /// <summary>Reconnect after a drop (otherwise the source ends).</summary>
    public bool Reconnect { get; }

    /// <summary>First reconnect delay.</summary>
    public int MinReconnectDelayMs { get; }

    /// <summary>Reconnect delay cap.</summary>
    public int MaxReconnectDelayMs { get; }

    /// <summary>Successful connects.</summary>
    public int Connects => Volatile.Read(ref _connects);

    /// <summary>Connections lost (or refused/failed attempts).</summary>
    public int Disconnects => Volatile.Read(ref _disconnects);

    /// <inheritdoc />
    public override string Describe()
    {
        return "tcp " + Host + ":" + Port + StateText();
    }

    /// <inheritdoc />
    protected override int ReadCore(byte[] buffer, int offset, int count)
    {
        int n = _ring.Read(buffer, offset, count);
        if (n == 0 && (State == SourceState.Ended || State == SourceState.Failed) && _ring.Count == 0)
        {
            return -1;
        }

        return n;
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _stop.Cancel();
        Interlocked.Exchange(ref _socket, null)?.Dispose();
        // Not disposing _stop: if the thread is still inside a DNS lookup after the join times out, it must
        // still be able to read the token (a disposed source would throw on a background thread).
        _thread.Join(2000);
    }

    private void Run()
    {
        CancellationToken stop = _stop.Token;
        int delay = MinReconnectDelayMs;
        var chunk = new byte[4096];
        while (!stop.IsCancellationRequested)
        {
            bool gotData = false;
            Socket socket = null;
            try
            {
                socket = Connect(stop);
                Interlocked.Increment(ref _connects);
                Volatile.Write(ref _socket, socket);
                if (State != SourceState.Disposed) State = SourceState.Open;
                while (!stop.IsCancellationRequested)
                {
                    if (!socket.Poll(PollSliceMs * 1000, SelectMode.SelectRead)) continue;
                    int n = socket.Receive(chunk);
                    if (n == 0)
                    {
                        LastError = "closed by peer";
                        break;
                    }

                    gotData = true;
                    CountDropped(_ring.Write(chunk, 0, n));
                }
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is OperationCanceledException || e is AggregateException || e is TimeoutException)
            {
                if (stop.IsCancellationRequested) break;
                LastError = Message(e);
            }
            finally
            {
                if (socket != null && Interlocked.CompareExchange(ref _socket, null, socket) == socket)
                {
                    socket.Dispose();
                }
            }

            if (stop.IsCancellationRequested) break;
            Interlocked.Increment(ref _disconnects);
            if (!Reconnect)
            {
                State = SourceState.Ended;
                break;
            }

            State = SourceState.Retrying;
            delay = gotData ? MinReconnectDelayMs : delay;
            stop.WaitHandle.WaitOne(delay);
            delay = Math.Min(MaxReconnectDelayMs, delay * 2);
        }
    }

    private Socket Connect(CancellationToken stop)
    {
        IPAddress[] addresses = IPAddress.TryParse(Host, out IPAddress ip) ? new[] { ip } : Dns.GetHostAddresses(Host);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        var socket = new Socket(addresses[0].AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(ConnectTimeoutMs);
            socket.ConnectAsync(new IPEndPoint(addresses[0], Port), timeout.Token).AsTask().GetAwaiter().GetResult();
            return socket;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException("connect timed out after " + ConnectTimeoutMs + " ms");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Message(Exception e)
    {
        if (e is AggregateException a && a.InnerException != null) e = a.InnerException;
        return e is SocketException s ? "connect/receive: " + s.SocketErrorCode : e.Message;
    }
}
