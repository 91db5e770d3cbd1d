namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>Where a host byte source stands.</summary>
public enum SourceState
{
    /// <summary>Not yet open (first connect or open pending).</summary>
    Starting,

    /// <summary>Delivering bytes (or ready to).</summary>
    Open,

    /// <summary>Lost its device or connection; retrying after a bounded delay (see <see cref="HostByteSource.LastError"/>).</summary>
    Retrying,

    /// <summary>Finished for good (file replayed, connection closed without reconnect); <c>Read</c> returns -1.</summary>
    Ended,

    /// <summary>Cannot work at all (file missing, bad device); <c>Read</c> returns -1.</summary>
    Failed,

    /// <summary>Disposed.</summary>
    Disposed,
}
