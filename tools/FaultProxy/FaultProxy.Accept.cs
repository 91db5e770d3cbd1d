using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NodeMqtt.FaultProxy;

/// <summary>The accept side: one loop accepting clients and handing each to the active fault.</summary>
public sealed partial class FaultProxy
{
    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException)
            {
                break;
            }
            catch (SocketException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (SocketException e)
            {
                // e.g. out of file descriptors: back off instead of spinning.
                Log?.Invoke($"accept failed ({e.SocketErrorCode}); retrying in 100 ms");
                try
                {
                    await Task.Delay(100, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            Admit(client);
        }
    }

    private void Admit(Socket client)
    {
        _counters.AddAccepted();
        ProxyConnection connection;
        AdmissionAction admission;
        lock (_sync)
        {
            if (_disposed || _connections.Count >= MaxConnections)
            {
                SocketCloser.Close(client, CloseKind.Reset);
                return;
            }

            client.NoDelay = true;
            connection = new ProxyConnection(++_lastId, client, UpstreamEndPoint, ConnectTimeoutMs, () => _fault, _counters, Log);
            _connections.Add(connection.Id, connection);
            admission = _fault.Admit();
        }

        Log?.Invoke($"connection {connection.Id}: accepted from {client.RemoteEndPoint}, {AdmissionName(admission)}");
        _ = RunConnectionAsync(connection, admission);
    }

    private async Task RunConnectionAsync(ProxyConnection connection, AdmissionAction admission)
    {
        // Yield first so a slow admission (connect upstream) never holds up the accept loop.
        await Task.Yield();
        await connection.RunAsync(admission).ConfigureAwait(false);
        lock (_sync)
        {
            _connections.Remove(connection.Id);
        }
    }

    private static string AdmissionName(AdmissionAction admission) => admission switch
    {
        AdmissionAction.Forward => "forwarding",
        AdmissionAction.Blackhole => "black-holed",
        AdmissionAction.Close => "closing with FIN",
        AdmissionAction.Reset => "resetting",
        _ => "?",
    };
}
