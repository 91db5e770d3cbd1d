using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios.Episodes;

/// <summary>
/// The labelled episodes: for each cause, how to make it happen for real against mosquitto on 127.0.0.1, with
/// the timing varied by the repetition index <c>k</c> (0..3). Each method starts what it needs, waits a bounded
/// time for the verdict to settle, and stops everything in its <c>using</c> scopes.
/// </summary>
public static partial class EpisodeCatalog
{
    private const int OnlineMs = 30000;

    /// <summary>Every cause, in the order the table prints them.</summary>
    public static readonly string[] Causes =
    {
        "takeover", "broker-restart", "auth-refused", "not-listening", "tls-untrusted", "tls-name-mismatch",
        "tls-expired", "tls-port-mismatch", "connection-reset", "black-hole", "idle-black-hole", "message-too-large",
        "broker-busy", "publish-denied", "regular-interval", "wifi-loss"
    };

    /// <summary>The quick ones for CI (about 1.5 minutes in all). A takeover pair needs the first board's 60-90 s
    /// backoff before the second can name it, so it stays in the full set (and the virtual-time Core tests).</summary>
    public static readonly string[] Fast =
    {
        "broker-restart", "auth-refused", "not-listening", "tls-untrusted", "tls-port-mismatch", "connection-reset",
        "black-hole", "message-too-large", "broker-busy", "publish-denied", "wifi-loss"
    };

    public static EpisodeRun Run(string cause, int k) => cause switch
    {
        "takeover" => k < 2 ? TakeoverPair(k, "5") : k == 2 ? TakeoverPair(k, "3.1.1") : SlowReconnector(k),
        "broker-restart" => BrokerRestart(k),
        "auth-refused" => AuthRefused(k),
        "not-listening" => NotListening(k),
        "tls-untrusted" or "tls-name-mismatch" or "tls-expired" or "tls-port-mismatch" => Tls(cause, k),
        "connection-reset" => ProxyFault(cause, k, "reset", 1500 + 1500 * k, false),
        "black-hole" => ProxyFault(cause, k, "blackhole", 20000, false),
        "idle-black-hole" => ProxyFault(cause, k, "blackhole", 30000, true),
        "message-too-large" => TooLarge(k),
        "broker-busy" => BrokerBusy(k),
        "publish-denied" => PublishDenied(k),
        "regular-interval" => Regular(k),
        "wifi-loss" => WifiLoss(k),
        _ => throw new ArgumentException("unknown cause " + cause),
    };

    private static string Protocol(int k) => k % 2 == 0 ? "auto" : "3.1.1";

    private static VirtualBoardProcess Board(string endpoint, TempDir state, string id, string protocol, params string[] extra)
    {
        var args = new List<string> { "--set", "node_id=" + id, "--set", "mqtt.protocol=" + protocol };
        args.AddRange(extra);
        return new VirtualBoardProcess(endpoint, state.Path, args.ToArray());
    }

    private static bool Online(EpisodeRun run, VirtualBoardProcess b)
    {
        if (b.WaitForLine("-> Online", OnlineMs) >= 0) return true;
        run.Error = "board never came online";
        return false;
    }

    private static void Observe(int ms) => Thread.Sleep(ms);

    private static EpisodeRun TakeoverPair(int k, string protocol)
    {
        var run = new EpisodeRun("takeover", "two boards, one client id, MQTT " + protocol);
        using var broker = new Broker();
        using var sa = new TempDir();
        using var sb = new TempDir();
        string id = "ep-shared-" + k;
        using var a = Board(broker.Endpoint, sa, "ep-take-a" + k, protocol, "--set", "mqtt.client_id=" + id);
        if (!Online(run, a)) return run;
        Thread.Sleep(500 + 700 * k);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var b = Board(broker.Endpoint, sb, "ep-take-b" + k, protocol, "--set", "mqtt.client_id=" + id);
        run.Watch(a);
        run.Watch(b);
        // The first board names it after two quick kicks and backs off 60-90 s; the second needs its next kicks,
        // which come when the first returns: allow a few of those cycles.
        long end = run.FaultAtMs + 300000;
        while (LineLog.Clock.ElapsedMilliseconds < end && run.FirstRightMs() < 0) Thread.Sleep(500);
        Observe(2000);
        return run;
    }

    // MQTT 3.1.1 board; another program connects with its client id every 25-35 s (publishes once, leaves).
    private static EpisodeRun SlowReconnector(int k)
    {
        var run = new EpisodeRun("takeover", "slow reconnector every 25-35 s, MQTT 3.1.1");
        using var broker = new Broker();
        using var s = new TempDir();
        const string Id = "ep-slow-id";
        using var a = Board(broker.Endpoint, s, "ep-slow", "3.1.1", "--set", "mqtt.client_id=" + Id);
        if (!Online(run, a)) return run;
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        run.Watch(a);
        var rng = new Random(77 + k);
        long end = run.FaultAtMs + 240000;
        while (LineLog.Clock.ElapsedMilliseconds < end && run.FirstRightMs() < 0)
        {
            using (var intruder = new ManagedProcess("mosquitto_pub", new[] { "-V", "mqttv311", "-p", broker.Port.ToString(), "-i", Id, "-t", "ep/intruder", "-m", "hi" }))
            {
                intruder.WaitForExit(5000);
            }

            Thread.Sleep(25000 + rng.Next(0, 10000));
        }

        Observe(1000);
        return run;
    }

    private static EpisodeRun BrokerRestart(int k)
    {
        int[] downMs = { 8000, 20000, 35000, 60000 };
        var run = new EpisodeRun("broker-restart", "broker down " + downMs[k] / 1000 + " s");
        using var broker = new Broker(persistence: true);
        using var s = new TempDir();
        using var a = Board(broker.Endpoint, s, "ep-restart" + k, Protocol(k));
        if (!Online(run, a)) return run;
        Thread.Sleep(2000 + 500 * k);
        run.Watch(a);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        broker.Stop();
        int mark = a.Log.Count;
        long stopped = LineLog.Clock.ElapsedMilliseconds;
        Thread.Sleep(downMs[k]);
        int refused = 0;
        var lines = a.Log.Snapshot();
        for (int i = mark; i < lines.Length; i++) if (lines[i].Text.Contains("connect failed: tcp-refused")) refused++;
        run.RefusedAttemptsPerSecond = refused * 1000.0 / (LineLog.Clock.ElapsedMilliseconds - stopped);
        broker.Start();
        a.WaitForLine("stable after", 45000, a.Log.Count);
        return run;
    }

    private static EpisodeRun AuthRefused(int k)
    {
        var run = new EpisodeRun("auth-refused", k % 2 == 0 ? "wrong password" : "unknown user");
        using var dir = new TempDir();
        string pw = Path.Combine(dir.Path, "passwd");
        using (var p = new ManagedProcess("mosquitto_passwd", new[] { "-c", "-b", pw, "node", "right-secret" })) p.WaitForExit(5000);
        using var broker = new Broker(extraConfig: $"allow_anonymous false\npassword_file {pw}\n");
        using var s = new TempDir();
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var a = Board(broker.Endpoint, s, "ep-auth" + k, Protocol(k), "--set", "mqtt.username=" + (k % 2 == 0 ? "node" : "nobody"),
            "--set", "mqtt.password=wrong-secret-" + k);
        run.Watch(a);
        a.WaitForLine("diagnosis:", 15000);
        Observe(1000);
        return run;
    }

    private static EpisodeRun NotListening(int k)
    {
        var run = new EpisodeRun("not-listening", "nothing on the port");
        using var s = new TempDir();
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var a = Board("127.0.0.1:" + FreePort.Next(), s, "ep-nolisten" + k, Protocol(k));
        run.Watch(a);
        a.WaitForLine("diagnosis:", 15000);
        Observe(2000 + 1000 * k);
        return run;
    }
}
