using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// One client socket and its upstream socket. Each direction is a reader loop and a writer loop
/// joined by a bounded queue of <see cref="TimedSegment"/>s: the reader asks the active fault how to
/// shape each chunk, the writer honours the due times in order. Four loops per connection, all
/// bounded by one cancellation source; <see cref="Abort"/> is the single teardown path.
/// </summary>
internal sealed partial class ProxyConnection : IProxyConnection
{
    /// <summary>Largest read from a socket.</summary>
    public const int ReadChunkBytes = 4 * 1024;

    /// <summary>Queue length per direction: 16 chunks of at most 4 KB bound the buffering to 64 KB.</summary>
    public const int QueueSegments = 16;

    private readonly Socket _client;
    private readonly Socket _upstream;
    private readonly IPEndPoint _upstreamEndPoint;
    private readonly int _connectTimeoutMs;
    private readonly Func<IFault> _currentFault;
    private readonly ProxyCounters _counters;
    private readonly Action<string> _log;

    // Not linked to the proxy's source on purpose: the proxy aborts each connection itself, and an
    // unlinked source without timers needs no Dispose, so Abort may cancel from any thread at any time.
    private readonly CancellationTokenSource _cts = new CancellationTokenSource();
    private readonly TaskCompletionSource _finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _blackholed;
    private int _closed;

    public ProxyConnection(
        long id,
        Socket client,
        IPEndPoint upstreamEndPoint,
        int connectTimeoutMs,
        Func<IFault> currentFault,
        ProxyCounters counters,
        Action<string> log)
    {
        Id = id;
        _client = client;
        _upstreamEndPoint = upstreamEndPoint;
        _connectTimeoutMs = connectTimeoutMs;
        _currentFault = currentFault;
        _counters = counters;
        _log = log;

        // Created up front so that a teardown during the upstream connect can close it too.
        _upstream = new Socket(upstreamEndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
    }

    public long Id { get; }

    public bool IsBlackholed => _blackholed;

    /// <summary>Completes when every loop of the connection has ended and both sockets are closed.</summary>
    public Task Finished => _finished.Task;

    public void Blackhole()
    {
        if (!_blackholed)
        {
            _blackholed = true;
            _log?.Invoke($"connection {Id}: black-holed");
        }
    }

    public void CloseGracefully() => Abort(CloseKind.Graceful, "closed with FIN");

    public void Reset() => Abort(CloseKind.Reset, "reset with RST");

    /// <summary>Runs the connection to its end; never throws.</summary>
    public async Task RunAsync(AdmissionAction admission)
    {
        try
        {
            switch (admission)
            {
                case AdmissionAction.Close:
                    CloseGracefully();
                    break;
                case AdmissionAction.Reset:
                    Reset();
                    break;
                case AdmissionAction.Blackhole:
                    // Accepted but never connected upstream: read and discard until the client goes.
                    _blackholed = true;
                    await ReadLoopAsync(_client, Channel.CreateBounded<TimedSegment>(1).Writer, FlowDirection.ClientToUpstream).ConfigureAwait(false);
                    break;
                default:
                    if (await ConnectUpstreamAsync().ConfigureAwait(false))
                    {
                        await PumpAsync().ConfigureAwait(false);
                    }

                    break;
            }
        }
        catch (Exception e)
        {
            _log?.Invoke($"connection {Id}: unexpected {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            // Both directions have ended (or were aborted): the FINs have been passed on already.
            Abort(CloseKind.Graceful, "ended");
            _finished.TrySetResult();
        }
    }

    private async Task<bool> ConnectUpstreamAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_cts.Token);
        deadline.CancelAfter(_connectTimeoutMs);
        try
        {
            await _upstream.ConnectAsync(_upstreamEndPoint, deadline.Token).ConfigureAwait(false);
            _upstream.NoDelay = true;
            return true;
        }
        catch (Exception e) when (e is SocketException || e is OperationCanceledException || e is ObjectDisposedException)
        {
            // The client already holds an accepted socket; RST is the nearest thing to the refused
            // connect it would have seen without the proxy.
            Abort(CloseKind.Reset, $"upstream {_upstreamEndPoint} unreachable ({e.GetType().Name})");
            return false;
        }
    }

    private Task PumpAsync()
    {
        var options = new BoundedChannelOptions(QueueSegments)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        };
        Channel<TimedSegment> toUpstream = Channel.CreateBounded<TimedSegment>(options);
        Channel<TimedSegment> toClient = Channel.CreateBounded<TimedSegment>(options);
        return Task.WhenAll(
            ReadLoopAsync(_client, toUpstream.Writer, FlowDirection.ClientToUpstream),
            WriteLoopAsync(toUpstream.Reader, _upstream, FlowDirection.ClientToUpstream),
            ReadLoopAsync(_upstream, toClient.Writer, FlowDirection.UpstreamToClient),
            WriteLoopAsync(toClient.Reader, _client, FlowDirection.UpstreamToClient));
    }

    /// <summary>The one teardown path: idempotent, exception-proof, callable from any thread.</summary>
    private void Abort(CloseKind kind, string why)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        // Close before cancelling: the cancellation may run the loops' continuations inline, and
        // they must find the sockets already closed the way the fault asked (RST must not become FIN).
        SocketCloser.Close(_client, kind);
        SocketCloser.Close(_upstream, kind);
        _cts.Cancel();
        _log?.Invoke($"connection {Id}: {why}");
    }

    private static string Describe(FlowDirection direction) =>
        direction == FlowDirection.ClientToUpstream ? "client->upstream" : "upstream->client";

    private static string Reason(Exception e) =>
        e is SocketException se ? se.SocketErrorCode.ToString() : e.GetType().Name;
}
