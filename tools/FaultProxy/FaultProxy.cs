using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NodeMqtt.FaultProxy.Faults;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// A loopback-only TCP proxy whose behaviour is one switchable fault (<see cref="IFault"/>): pass,
/// blackhole, close, reset, latency, slice, refuse. Switching the mode affects live connections at
/// once. Used in-process by the end-to-end tests and by the <c>nodemqtt-faultproxy</c> CLI.
/// </summary>
/// <remarks>
/// Threading: one accept loop, and four loops per connection (a reader and a writer per direction).
/// <see cref="SetMode(IFault)"/> may be called from any thread. <see cref="Dispose"/> cancels every
/// loop, closes every socket and waits at most <see cref="StopTimeoutMs"/> for them to end.
/// </remarks>
public sealed partial class FaultProxy : IDisposable
{
    /// <summary>Longest wait for the upstream connect before the client is reset.</summary>
    public const int ConnectTimeoutMs = 5_000;

    /// <summary>Longest wait in <see cref="Dispose"/> for the loops to end.</summary>
    public const int StopTimeoutMs = 3_000;

    /// <summary>Live connections beyond this are reset as they arrive: put a limit on everything.</summary>
    public const int MaxConnections = 256;

    private readonly object _sync = new object();
    private readonly Dictionary<long, ProxyConnection> _connections = new Dictionary<long, ProxyConnection>();
    private readonly ProxyCounters _counters = new ProxyCounters();
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private readonly FaultRegistry _registry;
    private readonly IPEndPoint _listen;
    private Socket _listener;
    private IPEndPoint _bound;
    private Task _acceptLoop = Task.CompletedTask;
    private volatile IFault _fault = PassFault.Instance;
    private long _lastId;
    private volatile bool _started;
    private bool _disposed;

    /// <summary>Creates a proxy with the built-in faults; both end points must be loopback.</summary>
    public FaultProxy(IPEndPoint listen, IPEndPoint upstream)
        : this(listen, upstream, FaultRegistry.Default)
    {
    }

    /// <summary>Creates a proxy whose <see cref="SetMode(string)"/> uses the given registry.</summary>
    public FaultProxy(IPEndPoint listen, IPEndPoint upstream, FaultRegistry registry)
    {
        LoopbackGuard.Require(listen, nameof(listen));
        LoopbackGuard.Require(upstream, nameof(upstream));
        ArgumentNullException.ThrowIfNull(registry);
        _listen = listen;
        UpstreamEndPoint = upstream;
        _registry = registry;
    }

    /// <summary>Receives one line per notable event (connection accepted, closed, mode changed); may be null.</summary>
    public Action<string> Log { get; set; }

    /// <summary>The address and port the proxy listens on; the real port once started.</summary>
    public IPEndPoint ListenEndPoint => _bound ?? _listen;

    /// <summary>The port the proxy listens on (useful with port 0); 0 before <see cref="Start"/>.</summary>
    public int ListenPort => _bound?.Port ?? 0;

    /// <summary>Where accepted connections are forwarded.</summary>
    public IPEndPoint UpstreamEndPoint { get; }

    /// <summary>The active fault.</summary>
    public IFault CurrentFault => _fault;

    /// <summary>Spec of the active fault, e.g. <c>pass</c> or <c>latency 200</c>.</summary>
    public string Mode => _fault.Spec;

    /// <summary>Connections accepted since start, whatever the fault did with them.</summary>
    public long ConnectionsAccepted => _counters.ConnectionsAccepted;

    /// <summary>Connections not yet torn down.</summary>
    public int ActiveConnections
    {
        get
        {
            lock (_sync)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>Bytes written to the upstream.</summary>
    public long BytesClientToUpstream => _counters.BytesClientToUpstream;

    /// <summary>Bytes written to clients.</summary>
    public long BytesUpstreamToClient => _counters.BytesUpstreamToClient;

    /// <summary>Bytes read but never written.</summary>
    public long BytesDropped => _counters.BytesDropped;

    /// <summary>Binds, listens and starts accepting. Throws <see cref="SocketException"/> if the port is taken.</summary>
    public void Start()
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                throw new InvalidOperationException("the fault proxy is already started");
            }

            var listener = new Socket(_listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                listener.Bind(_listen);
                listener.Listen(64);
            }
            catch
            {
                listener.Dispose();
                throw;
            }

            _listener = listener;
            _bound = (IPEndPoint)listener.LocalEndPoint;
            _started = true;
        }

        _acceptLoop = Task.Run(() => AcceptLoopAsync(_stopping.Token));
        Log?.Invoke($"proxy {ListenEndPoint} -> upstream {UpstreamEndPoint}, mode {Mode}");
    }

    /// <summary>Parses a spec such as <c>latency 200</c> with the registry and activates it; throws <see cref="ArgumentException"/>.</summary>
    public IFault SetMode(string spec)
    {
        IFault fault = _registry.Create(spec);
        SetMode(fault);
        return fault;
    }

    /// <summary>Makes <paramref name="fault"/> the active mode and applies it to every live connection.</summary>
    public void SetMode(IFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        List<ProxyConnection> live;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Set and snapshot under the lock that admission takes: a connection accepted now is
            // either in the snapshot (and activated below) or admitted by the new fault.
            _fault = fault;
            live = new List<ProxyConnection>(_connections.Values);
        }

        if (_started)
        {
            Log?.Invoke($"mode {fault.Spec} ({live.Count} live connection(s))");
        }
        foreach (ProxyConnection connection in live)
        {
            fault.Activate(connection);
        }
    }

    /// <summary>A snapshot of mode and counters.</summary>
    public ProxyStatus GetStatus() => new ProxyStatus(
        Mode,
        ListenPort,
        ConnectionsAccepted,
        ActiveConnections,
        BytesClientToUpstream,
        BytesUpstreamToClient,
        BytesDropped);

    /// <summary>Same as <see cref="Dispose"/>.</summary>
    public void Stop() => Dispose();

    /// <summary>Stops accepting, closes every connection with FIN and waits (bounded) for all loops. Idempotent.</summary>
    public void Dispose()
    {
        List<ProxyConnection> live;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            live = new List<ProxyConnection>(_connections.Values);
        }

        _stopping.Cancel();
        try
        {
            _listener?.Close();
        }
        catch (SocketException)
        {
            // Closing is all we wanted.
        }

        var pending = new List<Task> { _acceptLoop };
        foreach (ProxyConnection connection in live)
        {
            connection.CloseGracefully();
            pending.Add(connection.Finished);
        }

        bool allEnded;
        try
        {
            allEnded = Task.WaitAll(pending.ToArray(), StopTimeoutMs);
        }
        catch (AggregateException)
        {
            allEnded = true;
        }

        if (allEnded)
        {
            _stopping.Dispose();
        }
        else
        {
            // A loop still running after the bound may yet look at the token; leave the source to the GC.
            Log?.Invoke($"stopped, but some loops outlived {StopTimeoutMs} ms");
        }
    }
}
