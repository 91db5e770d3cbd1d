using System.Threading;

namespace NodeMqtt.FaultProxy;

/// <summary>Counters shared by the accept loop and every connection; updated with interlocked adds.</summary>
internal sealed class ProxyCounters
{
    private long _connectionsAccepted;
    private long _bytesClientToUpstream;
    private long _bytesUpstreamToClient;
    private long _bytesDropped;

    public long ConnectionsAccepted => Interlocked.Read(ref _connectionsAccepted);

    public long BytesClientToUpstream => Interlocked.Read(ref _bytesClientToUpstream);

    public long BytesUpstreamToClient => Interlocked.Read(ref _bytesUpstreamToClient);

    public long BytesDropped => Interlocked.Read(ref _bytesDropped);

    public void AddAccepted() => Interlocked.Increment(ref _connectionsAccepted);

    public void AddDropped(long bytes) => Interlocked.Add(ref _bytesDropped, bytes);

    public void AddForwarded(FlowDirection direction, long bytes)
    {
        if (direction == FlowDirection.ClientToUpstream)
        {
            Interlocked.Add(ref _bytesClientToUpstream, bytes);
        }
        else
        {
            Interlocked.Add(ref _bytesUpstreamToClient, bytes);
        }
    }
}
