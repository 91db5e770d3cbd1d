using System;
using System.Threading;
using NodeMqtt.Platform;
using NodeMqtt.Ports;

namespace NodeMqtt
{
    /// <summary>
    /// Composition root of the device app: configuration, Wi-Fi, the platform adapters, <see cref="Node"/>, and
    /// the 100 ms timer that drives it. All Core calls happen on the timer callback, one at a time.
    /// </summary>
    /// <remarks>
    /// Wi-Fi credentials are NOT in this source. They are stored on the device, in its network configuration
    /// block: set them once with Visual Studio's nanoFramework Device Explorer ("Edit Network Configuration",
    /// Wi-Fi profiles) or with nanoff's network configuration options when flashing. The app only asks the stored
    /// profile to connect (WifiNetworkHelper.Reconnect).
    /// The broker and other per-installation settings come from <c>I:\nodemqtt.cfg</c> (see
    /// <see cref="DeviceConfigFile"/>) over the compiled defaults; the UART pins come from the board profile
    /// compiled in (boards/&lt;name&gt;/Board.cs).
    /// </remarks>
    public class Program
    {
        private const int TickPeriodMs = 100;
        private const int WifiStartupTimeoutMs = 60000;
        private const int SessionQueueMessages = 16;
        private const int MeterChunkBytes = 512;

        // 8 x 512 B per 100 ms tick is ~40 KB/s, well above the ~11.5 KB/s of a 115200 baud UART.
        private const int MaxMeterReadsPerTick = 8;

        private static readonly byte[] s_meterBuffer = new byte[MeterChunkBytes];
        private static ILog s_log;
        private static Node s_node;
        private static SerialByteSource s_meter;
        private static WifiLink s_link;
        private static SessionEventQueue s_events;
        private static Timer s_timer;
        private static int s_busy;
        private static int s_tickFailures;

        // Core is single-threaded: the tick and the setup/status web server take turns under this lock.
        private static readonly object s_core = new object();

        /// <summary>Entry point: wires everything, starts the tick timer, then parks the main thread.</summary>
        public static void Main()
        {
            ILog log = new ConsoleLog();
            s_log = log;
            log.Line("main", "NodeMqtt starting, board " + Board.Name);

            IStore store = new FlashStore(@"I:\", log);
            ISystem system = new DeviceSystem(log);
            if (SetupMode.RunAccessPointIfDue(store, system, log, s_core))
            {
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            NodeConfig config = LoadConfig(store, log);

            // Wait (bounded) for the stored Wi-Fi profile. A node that boots without Wi-Fi still starts:
            // Core waits for the link, and WifiLink reports it when it comes.
            s_link = new WifiLink(log, config.Mqtt.Tls);
            log.Line("wifi", s_link.ConnectAtStartup(WifiStartupTimeoutMs) ? "connected" : "not connected yet; continuing");

            s_events = new SessionEventQueue(SessionQueueMessages);
            M2MqttSessionFactory sessions = new M2MqttSessionFactory(s_events, config.Supervisor.MaxInflight, log);
            if (config.Mqtt.Tls)
            {
                string problem;
                sessions.TlsCa = TlsTrust.Load(config.Mqtt.TlsCaFile, out problem);
                sessions.TlsProblem = problem;
                log.Line("mqtt", problem == null ? "TLS: trusting the CA in " + config.Mqtt.TlsCaFile + ", broker name verified" : problem);
            }

            s_meter = new SerialByteSource(config.Meter, log);
            s_meter.Open(Environment.TickCount64);

            s_node = new Node(config, sessions, s_link, store, system, log, Seed(system.ChipIdHex));
            s_node.Start(Environment.TickCount64);
            SetupMode.StartStatusPages(s_node, store, system, log, s_core);

            s_timer = new Timer(OnTick, null, TickPeriodMs, TickPeriodMs);
            log.Line("main", "running, chip " + system.ChipIdHex);
            Thread.Sleep(Timeout.Infinite);
        }

        // One tick: meter bytes, link changes, session events, then Tick, in that order, on this thread only.
        // The Interlocked flag skips a tick that would overlap a slow one instead of running Core twice at once;
        // the catch keeps one bad tick from ending the timer (the node runs unattended for months).
        private static void OnTick(object state)
        {
            if (Interlocked.CompareExchange(ref s_busy, 1, 0) != 0)
            {
                return;
            }

            try
            {
                lock (s_core)
                {
                    TickCore();
                }
            }
            catch (Exception ex)
            {
                s_tickFailures++;
                if (s_tickFailures <= 10 || (s_tickFailures % 100) == 0)
                {
                    s_log.Line("main", "tick failed (" + s_tickFailures.ToString() + "): " + ex.Message);
                }
            }
            finally
            {
                Interlocked.Exchange(ref s_busy, 0);
            }
        }

        // Meter bytes, link changes, session events, then Tick; called under s_core.
        private static void TickCore()
        {
            long now = Environment.TickCount64;
            for (int i = 0; i < MaxMeterReadsPerTick; i++)
            {
                int n = s_meter.Read(s_meterBuffer, 0, s_meterBuffer.Length);
                if (n <= 0)
                {
                    break;
                }

                s_node.OnMeterBytes(s_meterBuffer, 0, n, now);
            }

            if (s_link.PollChanged(now))
            {
                s_node.OnLinkChanged(s_link.IsUp, now);
            }

            s_events.Drain(s_node.SessionListener);
            s_node.Tick(now);
        }

        // Compiled defaults, then I:\nodemqtt.cfg. An invalid result falls back to the defaults so the node still
        // starts and reports, rather than boot-looping on a typo.
        private static NodeConfig LoadConfig(IStore store, ILog log)
        {
            NodeConfig config = new NodeConfig();
            int applied = DeviceConfigFile.Apply(config, store, log);
            config = SetupMode.ApplySaved(config, store, log);
            string problem = config.Validate();
            if (problem != null)
            {
                log.Line("config", "invalid (" + problem + "); using compiled defaults");
                config = new NodeConfig();
            }
            else
            {
                log.Line("config", applied.ToString() + " setting(s) from " + DeviceConfigFile.Name);
            }

            if (config.Mqtt.Host == "127.0.0.1" || config.Mqtt.Host == "localhost")
            {
                log.Line("config", "mqtt.host is " + config.Mqtt.Host + ": set mqtt.host in I:\\" + DeviceConfigFile.Name);
            }

            return config;
        }

        // Jitter seed: differs per device (chip id) and per boot. Not used for identities.
        private static uint Seed(string chipIdHex)
        {
            uint hash = 2166136261u;
            for (int i = 0; i < chipIdHex.Length; i++)
            {
                hash = (hash ^ chipIdHex[i]) * 16777619u;
            }

            return hash ^ (uint)new Random().Next() ^ (uint)Environment.TickCount64;
        }
    }
}
