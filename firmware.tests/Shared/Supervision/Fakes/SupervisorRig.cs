#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    /// <summary>
    /// A supervisor wired to fakes, in virtual time: <see cref="Now"/> only moves when the test advances it,
    /// in 100 ms ticks like the platform's timer. Randomness comes from <see cref="Seed"/>; simulation tests
    /// put it in every assertion message so a failure replays.
    /// </summary>
    public sealed class SupervisorRig
    {
        public const string StatusTopic = "nodemqtt/n1/status";
        public const string CommandTopic = "nodemqtt/n1/cmd/#";
        public const string ConfigTopic = "nodemqtt/n1/config";
        public const int TickMs = 100;

        public readonly SupervisorConfig Config;
        public readonly SessionOptions Options = new SessionOptions();
        public readonly FakeSessionFactory Factory = new FakeSessionFactory();
        public readonly FakeLink Link = new FakeLink();
        public readonly FakeSystem System = new FakeSystem();
        public readonly MemoryStore Store;
        public readonly RecordingLog Log = new RecordingLog();
        public readonly RecordingSupervisorListener Listener = new RecordingSupervisorListener();
        public readonly DiagnosticsLog Diagnostics = new DiagnosticsLog(64);
        public readonly uint Seed;
        public LinkSupervisor Supervisor;
        public long Now;

        public SupervisorRig(uint seed) : this(seed, new SupervisorConfig(), new MemoryStore())
        {
        }

        public SupervisorRig(uint seed, SupervisorConfig config, MemoryStore store)
        {
            Seed = seed;
            Config = config;
            Store = store;
            Options.Host = "127.0.0.1";
            Options.Port = 1883;
            Options.ClientId = "nodemqtt-a1b2c3";
            Options.KeepAliveSeconds = 30;
            Options.ConnectTimeoutMs = 10000;
            Link.Clock = Factory;
            System.Clock = Factory;
            Supervisor = new LinkSupervisor(Config, Options, StatusTopic, new string[] { CommandTopic, ConfigTopic },
                Factory, Link, System, Store, Log, Listener, Diagnostics, seed);
        }

        /// <summary>Builds the supervisor again from the current <see cref="Options"/> (e.g. after choosing MQTT 5).</summary>
        public SupervisorRig Rebuild()
        {
            Supervisor = new LinkSupervisor(Config, Options, StatusTopic, new string[] { CommandTopic, ConfigTopic },
                Factory, Link, System, Store, Log, Listener, Diagnostics, Seed);
            return this;
        }

        /// <summary>Fails the next attempt with <paramref name="kind"/> (and CONNACK code <paramref name="code"/>).</summary>
        public FakeSession FailNext(ConnectFailure kind, int code, long limitMs)
        {
            FakeSession s = AdvanceToNextSession(limitMs);
            if (s != null) s.FireFailed(kind, code);
            return s;
        }

        /// <summary>Starts at the current time.</summary>
        public SupervisorRig Start()
        {
            Supervisor.Start(Now);
            return this;
        }

        /// <summary>The newest session.</summary>
        public FakeSession Session
        {
            get { return Factory.Last; }
        }

        public string Why
        {
            get { return " (seed " + Seed + ", t=" + Now + " ms, state " + Supervisor.StateName + ")"; }
        }

        /// <summary>One tick: time moves <see cref="TickMs"/>, then Step.</summary>
        public void Tick()
        {
            Now += TickMs;
            Factory.NowMs = Now;
            Supervisor.Step(Now);
        }

        /// <summary>Steps in 100 ms ticks for <paramref name="ms"/>.</summary>
        public void Advance(long ms)
        {
            long end = Now + ms;
            while (Now < end) Tick();
        }

        /// <summary>Steps for <paramref name="ms"/>, acknowledging every QoS 1 publish of the newest session each tick
        /// (a healthy broker).</summary>
        public void AdvanceAcking(long ms)
        {
            long end = Now + ms;
            while (Now < end)
            {
                Tick();
                FakeSession s = Factory.Last;
                if (s != null && !s.Closed && s.Connected) s.AckAll();
            }
        }

        /// <summary>Steps until a new session exists (or <paramref name="limitMs"/> passes); returns it or null.</summary>
        public FakeSession AdvanceToNextSession(long limitMs)
        {
            int before = Factory.Count;
            long end = Now + limitMs;
            if (Supervisor.State == LinkState.BackingOff) Supervisor.Step(Now);
            while (Factory.Count == before && Now < end) Tick();
            return Factory.Count > before ? Factory.Last : null;
        }

        /// <summary>Start, first session, CONNACK, birth acked: an online supervisor.</summary>
        public FakeSession StartOnline()
        {
            Start();
            FakeSession s = AdvanceToNextSession(5000);
            s.FireConnected(false);
            s.AckAll();
            return s;
        }

        /// <summary>Fires CONNACK on the newest session and acknowledges its birth.</summary>
        public FakeSession ConnectNext(long limitMs)
        {
            FakeSession s = AdvanceToNextSession(limitMs);
            if (s == null) return null;
            s.FireConnected(false);
            s.AckAll();
            return s;
        }

        public static OutboundMessage Message(string text, int qos)
        {
            return new OutboundMessage("nodemqtt/n1/state", Encoding.UTF8.GetBytes(text), qos, false, 0, 0);
        }
    }
}
