namespace NodeMqtt.VirtualBoard.Host;

/// <summary>Settings of the virtual board itself (config section <c>board</c>); the device has none of these.</summary>
public sealed class BoardConfig
{
    /// <summary>Meter source spec: <c>sim</c>, <c>sim:version=5,...</c>, <c>serial:/dev/pts/3</c>, <c>tcp:host:port</c>, <c>file:path</c>, or <c>none</c>.</summary>
    public string MeterSource = "sim";
    /// <summary>Where the store (outbox, reboot record) lives; the device's internal flash.</summary>
    public string StateDir = ".vboard-state";
    /// <summary>Chip id in hex; null derives a stable one from the machine id and the state directory.</summary>
    public string ChipId;
    /// <summary>How often the board drains events and calls Tick.</summary>
    public int TickMs = 50;
    /// <summary>Random seed for the node; 0 derives one from the chip id.</summary>
    public long Seed;
    /// <summary>TCP control port on 127.0.0.1 (0 = none); takes the same commands as standard input.</summary>
    public int ControlPort;
    /// <summary>HTTP port on 127.0.0.1 for the setup and status pages (0 = none).</summary>
    public int HttpPort;
    /// <summary>Wi-Fi networks the setup page offers (comma-separated; the virtual board has no radio).</summary>
    public string WifiNetworks = "nodemqtt-lab,home-2g,neighbour-5g";
    /// <summary>CA file for TLS, or null for the system store.</summary>
    public string TlsCaFile;
    /// <summary>Also append log lines to this file.</summary>
    public string LogFile;
    /// <summary>Stop cleanly when standard input ends (for harnesses that start the board with a pipe).</summary>
    public bool StopOnStdinEof;
}
