using System;
using System.Text;
using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Keeps one MQTT session alive (ARCHITECTURE.md, "The link supervisor"): one state enum
    /// (<see cref="LinkState"/>), one decision function (<see cref="Step"/>), one abort path (Abort, in
    /// LinkSupervisor.Session.cs). Every port call is wrapped (LinkSupervisor.Calls.cs) so that nothing
    /// escapes into the tick loop, and at most one session is alive at any time (<see cref="SupervisorStats.MaxOpenSessions"/>).
    /// <para>Time: session events carry no time, so an event is stamped with the time of the last
    /// <see cref="Step"/>, <see cref="OnLinkChanged"/> or <see cref="TryPublish"/> call. The platform drains
    /// session events right before each Tick (every ~100 ms), so the stamp is at most one tick early; all
    /// deadlines here are seconds long.</para>
    /// </summary>
    public sealed partial class LinkSupervisor : IMqttSessionListener
    {
        private const string Component = "link";

        private readonly SupervisorConfig _config;
        private readonly SessionOptions _options;
        private readonly string _statusTopic;
        private readonly string[] _subscriptions;
        private readonly int[] _subIds;
        private readonly bool[] _deniedReported;
        private readonly IMqttSessionFactory _factory;
        private readonly INetworkLink _link;
        private readonly ISystem _system;
        private readonly IStore _store;
        private readonly ILog _log;
        private readonly ISupervisorListener _listener;
        private readonly DiagnosticsLog _diag;
        private readonly BackoffPolicy _backoff;
        private readonly TakeoverDetector _takeover;
        private readonly InflightTable _inflight;
        private readonly PublishWindow _publishes = new PublishWindow();
        private readonly SupervisorStats _stats = new SupervisorStats();
        private byte[] _onlinePayload = Encoding.UTF8.GetBytes("online");
        private byte[] _offlinePayload = Encoding.UTF8.GetBytes("offline");
        private readonly int _connectDeadlineMs;

        private LinkState _state = LinkState.Stopped;
        private IMqttSession _session;
        private int _sessionNumber;
        private long _lastNowMs;
        private long _connectStartMs;
        private long _connectedAtMs;
        // When the client first said it is not connected while we were online (-1: it has not).
        private long _notConnectedSinceMs = -1;
        /// <summary>How long a client that says "not connected" is given for its close event to arrive.</summary>
        public const int NotConnectedGraceMs = 500;
        private long _nextAttemptMs;
        private RebootRecord _record = new RebootRecord();
        private readonly LossFacts _loss = new LossFacts();
        private ConnackInfo _connack = new ConnackInfo();
        private int _protocol;
        private int _largestAckedBytes;
        private bool _linkWasUp;

        /// <summary>
        /// Creates a stopped supervisor. <paramref name="baseOptions"/> carries host, port, credentials, client id,
        /// keepalive, clean session and connect timeout; the supervisor adds the will (retained "offline", QoS 1,
        /// on <paramref name="statusTopic"/>). <paramref name="subscriptions"/> are requested (QoS 1) on every
        /// session. <paramref name="seed"/> seeds the backoff jitter.
        /// </summary>
        public LinkSupervisor(SupervisorConfig config, SessionOptions baseOptions, string statusTopic, string[] subscriptions,
            IMqttSessionFactory factory, INetworkLink link, ISystem system, IStore store, ILog log,
            ISupervisorListener listener, DiagnosticsLog diagnostics, uint seed)
        {
            if (config == null || baseOptions == null || statusTopic == null || factory == null || link == null ||
                system == null || store == null || log == null || listener == null || diagnostics == null)
            {
                throw new ArgumentNullException();
            }

            _config = config;
            _statusTopic = statusTopic;
            _subscriptions = subscriptions != null ? subscriptions : new string[0];
            _subIds = new int[_subscriptions.Length];
            _deniedReported = new bool[_subscriptions.Length];
            _factory = factory;
            _link = link;
            _system = system;
            _store = store;
            _log = log;
            _listener = listener;
            _diag = diagnostics;
            _diag.Episodes.TakeoverQuickMs = config.TakeoverKickWindowMs;
            _diag.Episodes.TakeoverQuickCloses = config.TakeoverKicks;
            _diag.Episodes.TakeoverWindowMs = config.TakeoverWindowMs;
            _backoff = new BackoffPolicy(config, new Prng(seed));
            _takeover = new TakeoverDetector();
            _inflight = new InflightTable(config.MaxInflight);
            _options = WithWill(baseOptions, statusTopic, _offlinePayload);
            _protocol = baseOptions.ProtocolVersion == 5 ? 5 : 4;
            _connectDeadlineMs = baseOptions.ConnectTimeoutMs > 0 ? baseOptions.ConnectTimeoutMs : 10000;
        }

        /// <summary>The current state.</summary>
        public LinkState State
        {
            get { return _state; }
        }

        /// <summary>The current state's name, for logs and the console.</summary>
        public string StateName
        {
            get { return LinkStateNames.Of(_state); }
        }

        /// <summary>Live figures (open sessions, stale events, caught exceptions, probes, next attempt).</summary>
        public SupervisorStats Stats
        {
            get { return _stats; }
        }

        /// <summary>The diagnostics log this supervisor records into.</summary>
        public DiagnosticsLog Diagnostics
        {
            get { return _diag; }
        }

        /// <summary>The options every session is opened with (base options plus the will).</summary>
        public SessionOptions Options
        {
            get { return _options; }
        }

        /// <summary>Number of the current (or last) session, counting from 1.</summary>
        public int SessionNumber
        {
            get { return _sessionNumber; }
        }

        /// <summary>QoS 1 messages in flight on the current session.</summary>
        public int InFlight
        {
            get { return _inflight.Count; }
        }

        /// <summary>True while a client-id takeover is diagnosed (takeover backoff in force).</summary>
        public bool TakeoverActive
        {
            get { return _takeover.Active; }
        }

        /// <summary>Online, and another QoS 1 message fits in flight.</summary>
        public bool CanPublish
        {
            get { return _state == LinkState.Online && _session != null && _inflight.HasRoom; }
        }

        /// <summary>The reboot record read at start (and updated since).</summary>
        public RebootRecord RebootRecord
        {
            get { return _record; }
        }

        /// <summary>Replaces the status payloads (default "online" / "offline"), e.g. for a topic profile whose
        /// availability payloads are JSON. Used for birth, probe, clean-stop message and will alike. Call before
        /// <see cref="Start"/>; a session already open keeps the will it was opened with.</summary>
        public void SetStatusPayloads(string online, string offline)
        {
            if (online != null) _onlinePayload = Encoding.UTF8.GetBytes(online);
            if (offline != null) _offlinePayload = Encoding.UTF8.GetBytes(offline);
            _options.WillPayload = _offlinePayload;
        }

        /// <summary>Starts supervising: reads the persisted reboot record, reports a previous link reboot, and
        /// attempts promptly when the link is up. Ignored unless stopped.</summary>
        public void Start(long nowMs)
        {
            _lastNowMs = nowMs;
            if (_state != LinkState.Stopped)
            {
                return;
            }

            try
            {
                LoadRebootRecord(nowMs);
                StartEscalationClock(nowMs);
                if (SafeLinkUp())
                {
                    _nextAttemptMs = nowMs;
                    SetState(LinkState.BackingOff, nowMs, "started, link up, attempt now");
                }
                else
                {
                    WaitForNetwork(nowMs, "started, link down");
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }

        /// <summary>The one decision function, called from every Tick: attempt when due, enforce the connect
        /// deadline, run the health probe while online, and climb the escalation ladder while offline.</summary>
        public void Step(long nowMs)
        {
            _lastNowMs = nowMs;
            try
            {
                switch (_state)
                {
                    case LinkState.Stopped:
                        return;
                    case LinkState.WaitingForNetwork:
                        // Poll as well as listen: a missed link event must not strand the node offline. While the
                        // network is known down nothing is attempted (issue 12). Only a transition to up counts as the
                        // link event: after the stack found no route the link may still report up, and that alone must
                        // not restart a tight retry loop; then a slow safety retry tries now and then.
                        bool up = SafeLinkUp();
                        if (up && !_linkWasUp) LinkCameUp(nowMs);
                        else if (up && nowMs >= _nextAttemptMs) BeginAttempt(nowMs, true);
                        else _linkWasUp = up;
                        break;
                    case LinkState.BackingOff:
                        if (nowMs >= _nextAttemptMs) BeginAttempt(nowMs, false);
                        break;
                    case LinkState.Connecting:
                        // Core's own deadline (S07: a broker that accepts TCP and withholds CONNACK).
                        if (nowMs - _connectStartMs >= _connectDeadlineMs)
                        {
                            Abort(DropReason.ConnectFailed, (int)ConnectFailure.Timeout, 0, "no CONNACK within " + _connectDeadlineMs + " ms", nowMs);
                        }

                        break;
                    case LinkState.Online:
                        StepOnline(nowMs);
                        break;
                }

                if (_state != LinkState.Online && _state != LinkState.Stopped)
                {
                    Escalate(nowMs);
                }
            }
            catch (Exception e)
            {
                Internal(e);
            }
        }
    }
}
