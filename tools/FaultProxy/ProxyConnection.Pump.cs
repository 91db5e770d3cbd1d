using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// The two loops of one direction. The reader shapes each chunk with the active fault and queues the
/// segments (the queue bound gives back-pressure to the sender); the writer writes them in order at
/// their due time and passes the FIN on once the reader has hit end of stream.
/// </summary>
internal sealed partial class ProxyConnection
{
    private async Task ReadLoopAsync(Socket source, ChannelWriter<TimedSegment> sink, FlowDirection direction)
    {
        CancellationToken ct = _cts.Token;
        var buffer = new byte[ReadChunkBytes];
        var segments = new List<TimedSegment>();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                int read = await source.ReceiveAsync(buffer, SocketFlags.None, ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                if (_blackholed)
                {
                    _counters.AddDropped(read);
                    continue;
                }

                // Copy: the segments outlive this read buffer while they wait in the queue.
                byte[] chunk = buffer.AsSpan(0, read).ToArray();
                segments.Clear();
                _currentFault().Shape(chunk, direction, ProxyClock.NowMs(), segments);
                long queued = 0;
                foreach (TimedSegment segment in segments)
                {
                    await sink.WriteAsync(segment, ct).ConfigureAwait(false);
                    queued += segment.Bytes.Length;
                }

                if (queued < read)
                {
                    _counters.AddDropped(read - queued);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Torn down.
        }
        catch (Exception e)
        {
            // A reset from one side travels on as a reset, unless a black hole swallows it. Anything
            // else (a fault's Shape throwing) also aborts, so the other three loops cannot hang on.
            bool swallowed = _blackholed && (e is SocketException || e is ObjectDisposedException);
            if (!swallowed)
            {
                Abort(CloseKind.Reset, $"{Describe(direction)} read failed ({Reason(e)})");
            }
        }
        finally
        {
            // End of stream (or failure) of this side: the writer passes the FIN on after draining.
            sink.TryComplete();
        }
    }

    private async Task WriteLoopAsync(ChannelReader<TimedSegment> source, Socket destination, FlowDirection direction)
    {
        CancellationToken ct = _cts.Token;
        try
        {
            while (await source.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (source.TryRead(out TimedSegment segment))
                {
                    if (segment.GapBeforeMs > 0 && !_blackholed)
                    {
                        await Task.Delay(segment.GapBeforeMs, ct).ConfigureAwait(false);
                    }

                    long waitMs = segment.DueMs - ProxyClock.NowMs();
                    if (waitMs > 0 && !_blackholed)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(waitMs), ct).ConfigureAwait(false);
                    }

                    // Checked after the wait as well: a black hole also swallows bytes still queued.
                    if (_blackholed)
                    {
                        _counters.AddDropped(segment.Bytes.Length);
                        continue;
                    }

                    await SendAllAsync(destination, segment.Bytes, ct).ConfigureAwait(false);
                    _counters.AddForwarded(direction, segment.Bytes.Length);
                }
            }

            // The source side sent FIN and everything queued is written: pass the FIN on. A black
            // hole loses the FIN like any other packet.
            if (!_blackholed)
            {
                SocketCloser.ShutdownSend(destination);
            }
        }
        catch (OperationCanceledException)
        {
            // Torn down.
        }
        catch (Exception e)
        {
            Abort(CloseKind.Reset, $"{Describe(direction)} write failed ({Reason(e)})");
        }
    }

    private static async Task SendAllAsync(Socket destination, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        while (!bytes.IsEmpty)
        {
            int sent = await destination.SendAsync(bytes, SocketFlags.None, ct).ConfigureAwait(false);
            bytes = bytes.Slice(sent);
        }
    }
}
