using System;
using System.IO;
using System.Net;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios.Episodes;

// Episodes made with TLS files, the fault proxy, broker limits and ACLs, and the simulated link.
public static partial class EpisodeCatalog
{
    private static EpisodeRun Tls(string cause, int k)
    {
        using var dir = new TempDir();
        var tls = new TlsFiles(dir.Path);
        var server = cause == "tls-name-mismatch" ? tls.WrongName : cause == "tls-expired" ? tls.Expired : tls.Good;
        int tlsPort = FreePort.Next();
        using var broker = new Broker(extraConfig: $"listener {tlsPort} 127.0.0.1\ncertfile {server.Cert}\nkeyfile {server.Key}\n");
        string ca = cause == "tls-untrusted" ? tls.OtherCaFile : tls.CaFile;
        bool plainToTls = cause == "tls-port-mismatch" && k % 2 == 1;
        int port = cause == "tls-port-mismatch" && !plainToTls ? broker.Port : tlsPort;
        var run = new EpisodeRun(cause, plainToTls ? "plain MQTT to the TLS port" : cause == "tls-port-mismatch" ? "TLS to the plain port" : "TLS listener, " + cause);
        using var s = new TempDir();
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var a = Board("localhost:" + port, s, "ep-tls" + k, Protocol(k), "--set", "mqtt.tls=" + (plainToTls ? "false" : "true"),
            "--set", "board.tls_ca_file=" + ca);
        run.Watch(a);
        a.WaitForLine("diagnosis:", 20000);
        Observe(1500 + 500 * k);
        return run;
    }

    private static EpisodeRun ProxyFault(string cause, int k, string mode, int holdMs, bool idle)
    {
        var run = new EpisodeRun(cause, mode + (idle ? " while idle" : " while publishing") + ", held " + holdMs / 1000 + " s");
        using var broker = new Broker();
        using var proxy = new FaultProxy.FaultProxy(new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.Loopback, broker.Port));
        proxy.Start();
        using var s = new TempDir();
        using var a = idle
            ? Board("127.0.0.1:" + proxy.ListenPort, s, "ep-proxy" + k, Protocol(k), "--meter", "none")
            : Board("127.0.0.1:" + proxy.ListenPort, s, "ep-proxy" + k, Protocol(k));
        if (!Online(run, a)) return run;
        // Idle: let the node go quiet first (only probes), so the black hole meets an idle session.
        Thread.Sleep(idle ? 16000 + 2000 * k : 3000 + 700 * k);
        run.Watch(a);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        proxy.SetMode(mode);
        long end = run.FaultAtMs + holdMs;
        while (LineLog.Clock.ElapsedMilliseconds < end && (mode != "blackhole" || run.FirstRightMs() < 0)) Thread.Sleep(200);
        proxy.SetMode("pass");
        a.WaitForLine("-> Online", 20000, a.Log.Count);
        Observe(1000);
        return run;
    }

    // The broker limits packets; the node is asked for its diag document (larger than the limit) by command.
    private static EpisodeRun TooLarge(int k)
    {
        int[] limits = { 900, 1000, 1100, 950 };
        var run = new EpisodeRun("message-too-large", "max_packet_size " + limits[k] + ", MQTT " + (Protocol(k) == "auto" ? "5" : "3.1.1"));
        using var broker = new Broker(extraConfig: $"max_packet_size {limits[k]}\n");
        using var s = new TempDir();
        string node = "ep-big" + k;
        using var a = Board(broker.Endpoint, s, node, Protocol(k), "--meter", "none");
        if (!Online(run, a)) return run;
        Thread.Sleep(1000 + 500 * k);
        run.Watch(a);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using (var p = new ManagedProcess("mosquitto_pub", new[] { "-p", broker.Port.ToString(), "-q", "1", "-t", "nodemqtt/" + node + "/cmd", "-m", "diag" }))
        {
            p.WaitForExit(5000);
        }

        a.WaitForLine("diagnosis:", 20000);
        Observe(3000);
        return run;
    }

    private static EpisodeRun BrokerBusy(int k)
    {
        var run = new EpisodeRun("broker-busy", "max_connections 1, taken by another client");
        using var broker = new Broker(extraConfig: "max_connections 1\n");
        // mosquitto 2.0.11 miscounts the connection our readiness probe opened and closed, so one holder does not
        // always fill "max_connections 1": hold with three and let the broker refuse what it must.
        using var h1 = Holder(broker, k, 1);
        using var h2 = Holder(broker, k, 2);
        using var h3 = Holder(broker, k, 3);
        if (broker.Log.WaitFor(l => l.Contains("max_connections exceeded") || l.Contains("as ep-holder" + k + "-3"), 10000) < 0)
        {
            run.Error = "the holding clients did not connect";
            return run;
        }

        using var s = new TempDir();
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var a = Board(broker.Endpoint, s, "ep-busy" + k, Protocol(k));
        run.Watch(a);
        a.WaitForLine("diagnosis:", 20000);
        Observe(2000 + 1000 * k);
        return run;
    }

    private static ManagedProcess Holder(Broker broker, int k, int n)
    {
        var p = new ManagedProcess("mosquitto_sub", new[] { "-p", broker.Port.ToString(), "-t", "ep/hold", "-i", "ep-holder" + k + "-" + n });
        Thread.Sleep(300);
        return p;
    }

    // MQTT 5 only: on 3.1.1 mosquitto acknowledges a denied publish like any other (see README).
    private static EpisodeRun PublishDenied(int k)
    {
        var run = new EpisodeRun("publish-denied", "ACL denies the state topic, MQTT 5");
        using var dir = new TempDir();
        string acl = Path.Combine(dir.Path, "acl");
        File.WriteAllText(acl, "topic readwrite nodemqtt/+/status\ntopic read nodemqtt/+/cmd\ntopic read nodemqtt/+/cmd/#\ntopic read nodemqtt/+/config\n");
        using var broker = new Broker(extraConfig: $"acl_file {acl}\n");
        using var s = new TempDir();
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        using var a = Board(broker.Endpoint, s, "ep-deny" + k, k == 3 ? "5" : "auto");
        run.Watch(a);
        a.WaitForLine("diagnosis:", 20000);
        Observe(1000 + 500 * k);
        return run;
    }

    // A middlebox that closes the connection (FIN) on a schedule every N s.
    private static EpisodeRun Regular(int k)
    {
        int[] everyMs = { 22000, 27000, 33000, 40000 };
        var run = new EpisodeRun("regular-interval", "closed every " + everyMs[k] / 1000 + " s");
        using var broker = new Broker();
        using var proxy = new FaultProxy.FaultProxy(new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.Loopback, broker.Port));
        proxy.Start();
        using var s = new TempDir();
        using var a = Board("127.0.0.1:" + proxy.ListenPort, s, "ep-regular" + k, Protocol(k));
        if (!Online(run, a)) return run;
        run.Watch(a);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        for (int i = 0; i < 6 && run.FirstRightMs() < 0; i++)
        {
            Thread.Sleep(everyMs[k]);
            proxy.SetMode("close");
            Thread.Sleep(30);
            proxy.SetMode("pass");
        }

        Observe(3000);
        return run;
    }

    private static EpisodeRun WifiLoss(int k)
    {
        var run = new EpisodeRun("wifi-loss", "link down " + (3 + 4 * k) + " s");
        using var broker = new Broker();
        using var s = new TempDir();
        using var a = Board(broker.Endpoint, s, "ep-wifi" + k, Protocol(k));
        if (!Online(run, a)) return run;
        Thread.Sleep(2000 + 500 * k);
        run.Watch(a);
        run.FaultAtMs = LineLog.Clock.ElapsedMilliseconds;
        a.Control("link down");
        Thread.Sleep(3000 + 4000 * k);
        a.Control("link up");
        a.WaitForLine("-> Online", 20000, a.Log.Count);
        Observe(1000);
        return run;
    }
}
