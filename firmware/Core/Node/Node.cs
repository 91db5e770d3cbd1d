using NodeMqtt.Commands;
using NodeMqtt.Diagnostics;
using NodeMqtt.Meter;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt
{
    /// <summary>
    /// The whole node: meter reader → telemetry → outbox → link supervisor, with diagnostics beside them.
    /// Platforms drive it from one thread: bytes from the meter, link changes and drained session events go
    /// in, then <see cref="Tick"/>. It never reads a clock, sleeps or starts a thread (ARCHITECTURE.md), so
    /// a test can run it in virtual time.
    /// </summary>
    public sealed partial class Node : ISupervisorListener
    {
        /// <summary>Firmware version published in discovery, attributes and diagnostics.</summary>
        public const string Version = "0.1.0";

        private const int DiagnosticEvents = 64;
        private const int ReadingLogEvery = 10;

        private readonly ISystem _system;
        private readonly ILog _log;
        private readonly NodeDiagnostics _report;
        private readonly TopicProfile _profile;
        private readonly Outbox _outbox;
        private readonly TelemetryPublisher _telemetry;
        private readonly CommandChannel _commands;
        private readonly MeterReader _meter;
        private readonly DiagnosticsLog _diag;
        private readonly LinkSupervisor _supervisor;
        private readonly string _nodeId;
        private long _nowMs;
        private long _startMs;
        private int _onlineCount;
        private int _readingsSeen;

        /// <summary>Builds a node from a validated configuration and the platform's ports.</summary>
        public Node(NodeConfig config, IMqttSessionFactory sessions, INetworkLink link, IStore store, ISystem system, ILog log, uint seed)
        {
            _system = system;
            _log = log;
            string chip = system.ChipIdHex;
            _nodeId = config.ResolveNodeId(chip);
            _profile = TopicProfile.Create(config.Telemetry, _nodeId);
            _outbox = new Outbox(config.Outbox, store, log);
            // Commands and their answers take their own bounded, rate-limited path (issue 12), so the
            // publisher gets none.
            _commands = new CommandChannel(config.Telemetry, _profile, this);
            _telemetry = new TelemetryPublisher(config.Telemetry, _profile, _outbox, Version);
            _meter = new MeterReader(config.Meter, new ReadingTap(this), log);
            _meterHealth = new MeterHealth(config.Meter, _meter, log);
            _signal = link as ISignalReport;
            _telemetryConfig = config.Telemetry;
            _telemetry.RememberIn(store);
            _telemetry.HasWifiSignal = _signal != null;
            _diag = new DiagnosticsLog(DiagnosticEvents);

            SessionOptions options = new SessionOptions();
            options.Host = config.Mqtt.Host;
            options.Port = config.Mqtt.Port;
            options.Tls = config.Mqtt.Tls;
            options.ClientId = config.ResolveClientId(chip);
            options.Username = config.Mqtt.Username;
            options.Password = config.Mqtt.Password;
            options.KeepAliveSeconds = config.Mqtt.KeepAliveSeconds;
            options.CleanSession = config.Mqtt.CleanSession;
            options.ConnectTimeoutMs = config.Mqtt.ConnectTimeoutMs;
            options.ProtocolVersion = config.Mqtt.FirstProtocolVersion();
            options.ProtocolAuto = config.Mqtt.Protocol == "auto";
            _supervisor = new LinkSupervisor(config.Supervisor, options, _profile.StatusTopic, _profile.Subscriptions,
                sessions, link, system, store, log, this, _diag, seed);
            _supervisor.SetStatusPayloads(_profile.StatusOnlinePayload, _profile.StatusOfflinePayload);
            _report = new NodeDiagnostics(_nodeId, _meter, _outbox, _telemetry, _supervisor, _diag, system, _meterHealth);
            _report.Commands = _commands;
            // ThingsBoard shared attributes are settings: they go through the set command's validation.
            _telemetry.ApplySettingsWith(_commands.Processor);
        }

        /// <summary>Where the platform delivers drained session events (the supervisor).</summary>
        public IMqttSessionListener SessionListener
        {
            get { return _supervisor; }
        }

        /// <summary>Topics and payload conventions in use.</summary>
        public TopicProfile Profile
        {
            get { return _profile; }
        }

        /// <summary>The link supervisor (state, statistics).</summary>
        public LinkSupervisor Supervisor
        {
            get { return _supervisor; }
        }

        /// <summary>The outbox (counters, depth).</summary>
        public Outbox Outbox
        {
            get { return _outbox; }
        }

        /// <summary>The command path (rate limit, duplicates, answers).</summary>
        public CommandChannel Commands
        {
            get { return _commands; }
        }

        /// <summary>The meter reader (frame and parse counters).</summary>
        public MeterReader Meter
        {
            get { return _meter; }
        }

        /// <summary>Boots the node: restores the persisted outbox and starts the supervisor.</summary>
        public void Start(long nowMs)
        {
            _nowMs = nowMs;
            _startMs = nowMs;
            int restored = _outbox.Load(nowMs);
            _log.Line("node", "start " + _nodeId + " v" + Version + ", profile " + ProfileKind.Name(_profile.Kind) +
                ", status topic " + _profile.StatusTopic + ", restored " + restored + " queued messages");
            _supervisor.Start(nowMs);
        }

        /// <summary>Bytes from the meter's UART (any chunk size).</summary>
        public void OnMeterBytes(byte[] buffer, int offset, int count, long nowMs)
        {
            _nowMs = nowMs;
            _meter.Push(buffer, offset, count, nowMs);
        }

        /// <summary>The platform's network link went up or down.</summary>
        public void OnLinkChanged(bool up, long nowMs)
        {
            _nowMs = nowMs;
            _supervisor.OnLinkChanged(up, nowMs);
        }

        /// <summary>The periodic step: meter timeouts, supervision, outbox upkeep and flushing.</summary>
        public void Tick(long nowMs)
        {
            _nowMs = nowMs;
            _meter.Tick(nowMs);
            TickMeterHealth(nowMs);

            RunPendingReconnect(nowMs);
            _supervisor.Step(nowMs);
            PublishHealthWhenDue(nowMs);

            _outbox.Tick(nowMs);
            Pump(nowMs);
            RunPendingReboot(nowMs);
        }

        /// <summary>Clean stop: persist the outbox, publish retained <c>offline</c>, disconnect (no will).</summary>
        public void Stop(long nowMs)
        {
            _nowMs = nowMs;
            _outbox.PersistNow(nowMs);
            _supervisor.Stop(nowMs);
        }

        /// <summary>The platform is about to reset the node without a clean stop: save what is queued.</summary>
        public void PrepareForReboot(long nowMs)
        {
            _outbox.PersistNow(nowMs);
        }

        /// <summary>Tear the session down and reconnect now (console or command).</summary>
        public void RequestReconnect(long nowMs)
        {
            _supervisor.RequestReconnect(nowMs);
        }

        /// <summary>One status line for the console and the <c>status</c> command.</summary>
        public string StatusLine(long nowMs)
        {
            return _report.StatusLine(nowMs, nowMs - _startMs);
        }

        /// <summary>The diagnostics document (link, meter, outbox, telemetry) as compact JSON.</summary>
        public string DiagJson(long nowMs)
        {
            return _report.Json(nowMs, nowMs - _startMs);
        }

        /// <summary>The node id used in topics.</summary>
        public string NodeId
        {
            get { return _nodeId; }
        }

        /// <summary>Milliseconds since <see cref="Start"/>.</summary>
        public long UptimeMs(long nowMs)
        {
            return nowMs - _startMs;
        }

        /// <summary>The last drop and its likely cause in words (setup status page).</summary>
        public string LastDropCause(long nowMs)
        {
            return _report.LastDropCause(nowMs);
        }

        private void Pump(long nowMs)
        {
            while (_supervisor.CanPublish)
            {
                // Answers first: a handful at most (rate-limited), and they never wait behind a backlog.
                OutboundMessage m = _commands.TakeNext(nowMs);
                bool answer = m != null;
                if (!answer) m = _outbox.TakeNext(nowMs);
                if (m == null)
                {
                    return;
                }

                if (!_supervisor.TryPublish(m, nowMs))
                {
                    OnReturned(m, nowMs);
                    return;
                }
            }
        }

        /// <inheritdoc />
        public void OnOnline(long nowMs, bool sessionPresent)
        {
            _onlineCount++;
            _telemetry.OnOnline(nowMs);
            OnOnlineHealth(nowMs);
            if (_onlineCount > 1 || _supervisor.RebootRecord.Count > 0)
            {
                // After every recovery the node says what happened (ARCHITECTURE.md, "Diagnostics").
                _telemetry.PublishDiag(DiagJson(nowMs), nowMs);
            }
        }

        /// <inheritdoc />
        public void OnOffline(long nowMs)
        {
            // Nothing to do here: the supervisor has already handed back what was in flight, and the
            // outbox's upkeep (expiry, batched persistence) runs in Tick, right after this Step.
        }

        /// <inheritdoc />
        public void OnDelivered(OutboundMessage message, long nowMs)
        {
            if (_commands.Owns(message)) _commands.OnDelivered(message);
            else _outbox.OnDelivered(message, nowMs);
        }

        /// <inheritdoc />
        public void OnReturned(OutboundMessage message, long nowMs)
        {
            if (_commands.Owns(message)) _commands.OnReturned(message);
            else _outbox.OnReturned(message, nowMs);
        }

        /// <inheritdoc />
        public void OnBeforeReboot(long nowMs)
        {
            _outbox.PersistNow(nowMs);
        }

        private void OnReading(Reading reading, long nowMs)
        {
            _readingsSeen++;
            _telemetry.OnReading(reading, nowMs);
            if (_readingsSeen == 1 || _readingsSeen % ReadingLogEvery == 0)
            {
                _log.Line("meter", _report.ReadingLine(reading, _readingsSeen));
            }
        }

        /// <summary>Counts and logs readings on their way to telemetry.</summary>
        private sealed class ReadingTap : IReadingSink
        {
            private readonly Node _node;

            public ReadingTap(Node node)
            {
                _node = node;
            }

            public void OnReading(Reading reading, long nowMs)
            {
                _node.OnReading(reading, nowMs);
            }
        }
    }
}
