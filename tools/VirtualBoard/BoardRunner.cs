using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using NodeMqtt.Ports;
using NodeMqtt.Setup;
using NodeMqtt.VirtualBoard.Host;
using NodeMqtt.VirtualBoard.Http;
using NodeMqtt.VirtualBoard.Meter;
using NodeMqtt.VirtualBoard.Mqtt;

namespace NodeMqtt.VirtualBoard;

/// <summary>
/// Runs the Core the way the device's timer does: every tick it hands over meter bytes, link changes and
/// session events, then calls <c>Tick(now)</c>, all on this one thread. Time is a monotonic clock in ms.
/// </summary>
public sealed class BoardRunner : IDisposable
{
    private const int MaxQueuedMessages = 64;

    private readonly BoardOptions _o;
    private readonly ConsoleLog _log;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly byte[] _meterBuffer = new byte[4096];
    private readonly ControlChannel _control = new();
    private FileStore _store;
    private HostSystem _system;
    private MosquittoSessionFactory _sessions;
    private SimulatedLink _link;
    private SessionEventQueue _events;
    private IByteSource _meter;
    private Node _node;
    private SetupHandler _setup;
    private SetupHttpServer _http;
    private HostSetupPlatform _setupPlatform;
    private int _boots;
    private volatile bool _stopRequested;

    public BoardRunner(BoardOptions options)
    {
        _o = options;
        _log = new ConsoleLog(options.Board.LogFile);
    }

    public int Run()
    {
        try
        {
            Setup();
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine("vboard: " + e.Message);
            return BoardMain.ExitUsage;
        }
        catch (DllNotFoundException)
        {
            Console.Error.WriteLine("vboard: libmosquitto is not installed (Debian/Ubuntu: apt-get install libmosquitto1)");
            return BoardMain.ExitUsage;
        }

        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; _stopRequested = true; });
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx => { ctx.Cancel = true; _stopRequested = true; });
        long durationMs = (long)(_o.DurationSeconds * 1000);
        Boot();
        while (!_stopRequested)
        {
            long now = Now;
            if (durationMs > 0 && now >= durationMs)
            {
                _log.Line("board", $"duration of {_o.DurationSeconds:0.###} s reached");
                break;
            }

            RunOnce(now);
            if (_system.RebootRequested)
            {
                Reboot();
            }

            Thread.Sleep(_o.Board.TickMs);
        }

        Shutdown();
        return BoardMain.ExitOk;
    }

    private long Now => _clock.ElapsedMilliseconds;

    private void Setup()
    {
        var b = _o.Board;
        PreflightBroker(_o.Node.Mqtt.Host);
        _meter = b.MeterSource == "none" ? null : ByteSourceFactory.Create(b.MeterSource);
        if (_meter is HostByteSource hs) _log.Line("meter", "source " + hs.Describe());
        _store = new FileStore(b.StateDir, _log);
        _system = new HostSystem(b.ChipId);
        _events = new SessionEventQueue(MaxQueuedMessages);
        _sessions = new MosquittoSessionFactory(_events, _log, _o.Node.Supervisor.MaxInflight, b.TlsCaFile);
        _link = new SimulatedLink(_sessions, _log);
        if (b.HttpPort > 0)
        {
            _setupPlatform = new HostSetupPlatform(() => _node, () => BoardMain.BaseConfig(_o), b.WifiNetworks);
            _setup = new SetupHandler(_store, _setupPlatform, _log);
            _http = new SetupHttpServer(b.HttpPort, _log);
            _log.Line("board", $"setup and status pages on http://127.0.0.1:{_http.Port}/");
        }

        _control.StartStdin(b.StopOnStdinEof);
        if (b.ControlPort > 0)
        {
            _control.StartTcp(b.ControlPort);
            _log.Line("board", $"control port 127.0.0.1:{_control.Port}");
        }
    }

    /// <summary>A broker host that does not resolve is a configuration error, said once, up front.
    /// A broker that resolves but is not listening is not: the node keeps trying, as it would in the field.</summary>
    private static void PreflightBroker(string host)
    {
        if (IPAddress.TryParse(host, out _)) return;
        try
        {
            Dns.GetHostAddresses(host);
        }
        catch (SocketException e)
        {
            throw new ConfigException($"config: mqtt.host '{host}' does not resolve ({e.Message})");
        }
    }

    private void Boot()
    {
        _boots++;
        _system.ClearReboot();
        uint seed = _o.Board.Seed != 0 ? (uint)_o.Board.Seed : (uint)Convert.ToUInt64(_system.ChipIdHex, 16) ^ (uint)_boots;
        NodeConfig config = EffectiveConfig();
        _node = new Node(config, _sessions, _link, _store, _system, _log, seed);
        _log.Line("board", $"boot #{_boots}: chip {_system.ChipIdHex}, broker {config.Mqtt.Host}:{config.Mqtt.Port}, meter {_o.Board.MeterSource}, state {_o.Board.StateDir}");
        _node.Start(Now);
        if (!_link.IsUp) _node.OnLinkChanged(false, Now);
    }

    /// <summary>The start configuration with what the setup page saved applied over it (same rules as --set);
    /// saved settings that no longer validate are reported and left out rather than stopping the board.</summary>
    private NodeConfig EffectiveConfig()
    {
        var saved = new SetupSettings();
        if (!saved.Load(_store) || saved.Count == 0) return _o.Node;
        NodeConfig config = BoardMain.BaseConfig(_o);
        string problem = saved.ApplyTo(config);
        if (problem == null)
        {
            if (config.Mqtt.Host != _o.Node.Mqtt.Host || config.Mqtt.Port != _o.Node.Mqtt.Port)
                _log.Line("board", $"broker {config.Mqtt.Host}:{config.Mqtt.Port} from the setup page's saved settings ({SetupSettings.BlobName} in {_o.Board.StateDir}), not {_o.Node.Mqtt.Host}:{_o.Node.Mqtt.Port}");
            return config;
        }

        _log.Line("board", $"saved setup not applied ({problem}); using the start configuration");
        return _o.Node;
    }

    /// <summary>After a save on the setup page: stop the node cleanly and boot it with the new settings,
    /// as the device does when it restarts into station mode.</summary>
    private void RestartForSetup()
    {
        _setupPlatform.RestartRequested = false;
        _log.Line("board", "restarting the node with the saved settings");
        _node.Stop(Now);
        if (!_sessions.WaitIdle(5000)) _log.Line("board", "a session did not finish within 5 s");
        _events.Drain(NullListener.Instance);
        Boot();
    }

    private void RunOnce(long now)
    {
        if (_http != null)
        {
            _http.Serve(_setup, now);
            if (_setupPlatform.RestartRequested) RestartForSetup();
        }

        while (_control.TryTake(out var cmd)) Execute(cmd, now);
        if (_link.TakeChange()) _node.OnLinkChanged(_link.IsUp, now);
        for (int i = 0; _meter != null && i < 16; i++)
        {
            int n = _meter.Read(_meterBuffer, 0, _meterBuffer.Length);
            if (n <= 0) break;
            _node.OnMeterBytes(_meterBuffer, 0, n, now);
        }

        _events.Drain(_node.SessionListener);
        _node.Tick(now);
    }

    private void Execute(ControlChannel.Command cmd, long now)
    {
        switch (cmd.Line)
        {
            case "link down": _link.Set(false); cmd.Reply("ok link down"); break;
            case "link up": _link.Set(true); cmd.Reply("ok link up"); break;
            case "reconnect": _node.RequestReconnect(now); cmd.Reply("ok reconnect"); break;
            case "status": cmd.Reply(_node.StatusLine(now)); break;
            case "diag": cmd.Reply(_node.DiagJson(now)); break;
            case "reboot": _system.Reboot(); cmd.Reply("ok reboot"); break;
            case "health": cmd.Reply(_node.HealthJson(now)); break;
            case "memory": cmd.Reply(MemoryLine()); break;
            case "help":
            case "?": cmd.Reply(ControlChannel.Help); break;
            case "quit":
            case "exit":
            case "stop": _stopRequested = true; cmd.Reply("ok stopping"); break;
            default: cmd.Reply($"error: unknown command '{cmd.Line}' ({ControlChannel.Commands})"); break;
        }
    }

    // What the process holds: the managed heap after a full collection (live objects: a leak in Core or the
    // adapters grows it), what the GC has committed, and the resident set (runtime, native libmosquitto).
    private static string MemoryLine()
    {
        long managed = GC.GetTotalMemory(true);
        long committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        return $"managed {managed} B after a full collection, gc committed {committed} B, rss {Environment.WorkingSet} B";
    }

    /// <summary>A simulated reboot: no clean stop (the broker sees the connection drop and publishes the
    /// will, as for a real reset), then a new node boots on the same store and link.</summary>
    private void Reboot()
    {
        _log.Line("board", "rebooting (simulated)");
        _node.PrepareForReboot(Now);
        _sessions.AbortAll();
        _sessions.WaitIdle(3000);
        _events.Drain(NullListener.Instance);
        Boot();
    }

    private void Shutdown()
    {
        long now = Now;
        _log.Line("board", "stopping");
        _node.Stop(now);
        // Let the session thread write the retained "offline" and DISCONNECT, bounded.
        if (!_sessions.WaitIdle(5000)) _log.Line("board", "a session did not finish within 5 s");
        _events.Drain(NullListener.Instance);
        _log.Line("board", "stopped");
    }

    public void Dispose()
    {
        _http?.Dispose();
        _control.Dispose();
        (_meter as IDisposable)?.Dispose();
        _log.Dispose();
    }

    private sealed class NullListener : IMqttSessionListener
    {
        public static readonly NullListener Instance = new();
        public void OnConnected(IMqttSession session, bool sessionPresent, ConnackInfo info) { }
        public void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode) { }
        public void OnPublished(IMqttSession session, int messageId, bool acknowledged, int reasonCode) { }
        public void OnSubscribed(IMqttSession session, int messageId, bool granted, int reasonCode) { }
        public void OnMessage(IMqttSession session, string topic, byte[] payload) { }
        public void OnClosed(IMqttSession session, CloseKind kind, int reasonCode) { }
    }
}
