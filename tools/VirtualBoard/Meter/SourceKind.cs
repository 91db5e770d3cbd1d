namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>The kinds of <c>meter.source</c>.</summary>
public enum SourceKind
{
    /// <summary>In-process simulator (<c>sim</c>, <c>sim:key=value,...</c>).</summary>
    Sim,

    /// <summary>A tty or pty (<c>serial:PATH[@BAUD[-8N1|-7E1]]</c>).</summary>
    Serial,

    /// <summary>A TCP bridge (<c>tcp:HOST:PORT</c>).</summary>
    Tcp,

    /// <summary>A capture file (<c>file:PATH[@loop,bps=N,interval_ms=N]</c>).</summary>
    File,
}
