using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>A parsed <c>meter.source</c> string (see <see cref="ByteSourceFactory.Parse"/>); only the fields of its kind are set.</summary>
public sealed class SourceSpec
{
    /// <summary>The spec as written.</summary>
    public string Text;

    /// <summary>Kind.</summary>
    public SourceKind Kind;

    /// <summary>Sim: the meter's options.</summary>
    public SimOptions Sim;

    /// <summary>Serial and file: the path.</summary>
    public string Path;

    /// <summary>Serial: line speed.</summary>
    public int Baud = 115200;

    /// <summary>Serial: 7E1 instead of 8N1.</summary>
    public bool SevenE1;

    /// <summary>TCP: host.</summary>
    public string Host;

    /// <summary>TCP: port.</summary>
    public int Port;

    /// <summary>File: loop at the end.</summary>
    public bool Loop;

    /// <summary>File: as fast as the board reads, instead of at the pace of the telegrams' timestamps.</summary>
    public bool Fast;

    /// <summary>File: bytes per second (0 = unpaced).</summary>
    public int BytesPerSecond;

    /// <summary>File: one telegram per interval (0 = unpaced).</summary>
    public int IntervalMs;
}
