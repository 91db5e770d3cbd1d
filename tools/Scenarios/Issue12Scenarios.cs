using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios;

/// <summary>
/// Issue 12's acceptance figures: a command flood on a healthy link, SIGKILLs during an outage. Same rules
/// as <see cref="FaultScenarios"/>: own broker on a free port, real board processes, bounded waits.
/// </summary>
public static class Issue12Scenarios
{
    private const int OnlineTimeoutMs = 20000;

    /// <summary><paramref name="perSecond"/> invalid commands a second for <paramref name="seconds"/> s on a
    /// healthy link, history mode at 1 Hz: every reading must still arrive.</summary>
    public static ScenarioResult CommandFlood(int seconds, int perSecond)
    {
        var r = new ScenarioResult("command-flood");
        const string Node = "scn-flood";
        string topic = "nodemqtt/" + Node + "/state";
        string cmd = "nodemqtt/" + Node + "/cmd";
        using var broker = new Broker();
        using var observer = new Observer(broker, topic, cmd + "/result");
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.history_mode=true");
        if (board.WaitForLine("-> Online", OnlineTimeoutMs) < 0)
        {
            r.Check(false, "board never came online");
            return r;
        }

        Thread.Sleep(3000);
        var psi = new ProcessStartInfo("mosquitto_pub") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "-h", "127.0.0.1", "-p", broker.Port.ToString(), "-t", cmd, "-q", "1", "-l" }) psi.ArgumentList.Add(a);
        using var pub = Process.Start(psi);
        long start = LineLog.Clock.ElapsedMilliseconds;
        int sent = 0;
        for (int i = 0; i < seconds * perSecond; i++)
        {
            long due = start + i * 1000L / perSecond;
            long wait = due - LineLog.Clock.ElapsedMilliseconds;
            if (wait > 0) Thread.Sleep((int)wait);
            pub.StandardInput.WriteLine("bogus-command " + i);
            sent++;
        }

        pub.StandardInput.Close();
        if (!pub.WaitForExit(30000)) pub.Kill();
        long end = LineLog.Clock.ElapsedMilliseconds;
        Thread.Sleep(5000);
        string diag = board.Control("diag");
        board.Terminate();

        var all = MeterSeconds.Of(observer, topic);
        long from = MeterSeconds.UtcSecondAt(start), to = MeterSeconds.UtcSecondAt(end);
        var during = all.Where(s => s >= from && s <= to).ToList();
        var seq = new ReadingSequence(all);
        int replies = observer.Lines.Snapshot().Count(l => l.Text.Contains(" " + cmd + "/result "));
        r.Figure("seconds", seconds);
        r.Figure("commands_sent", sent);
        r.Figure("commands_per_second_achieved", sent * 1000.0 / Math.Max(1, end - start));
        r.Figure("replies_received", replies);
        r.Figure("rate_limited", Number(diag, "rate_limited"));
        r.Figure("readings_during_flood", during.Distinct().Count());
        r.Figure("readings_expected", seq.Expected);
        r.Figure("readings_lost", seq.Lost);
        r.Figure("duplicates", seq.Duplicates);
        r.Figure("out_of_order", seq.OutOfOrder);
        r.Check(seq.Lost == 0, "no reading lost");
        r.Check(during.Distinct().Count() >= seconds - 2, "readings kept flowing during the flood");
        r.Check(replies <= seconds + 10, "replies bounded by the rate limit (60/min + burst)");
        return r;
    }

    /// <summary><paramref name="kills"/> SIGKILLs at random moments while the broker is down (history mode);
    /// then the broker returns and the last board delivers. Lost per kill: readings taken more than a second
    /// before the kill that never arrived.</summary>
    public static ScenarioResult KillsDuringOutage(int kills, int seed)
    {
        var r = new ScenarioResult("kills");
        const string Node = "scn-kills";
        string topic = "nodemqtt/" + Node + "/state";
        string[] args = { "--set", "node_id=" + Node, "--set", "telemetry.history_mode=true", "--set", "outbox.max_messages=4000", "--set", "outbox.max_bytes=4194304" };
        var rng = new Random(seed);
        using var broker = new Broker(persistence: true);
        using var observer = new Observer(broker, persistent: true, topic);
        using var state = new TempDir();
        var runs = new List<(long StartSec, long KillSec)>();
        VirtualBoardProcess board = new VirtualBoardProcess(broker, state.Path, args);
        try
        {
            if (board.WaitForLine("-> Online", OnlineTimeoutMs) < 0)
            {
                r.Check(false, "board never came online");
                return r;
            }

            Thread.Sleep(3000);
            broker.Stop();
            long firstRunStart = LineLog.Clock.ElapsedMilliseconds;
            for (int k = 1; k <= kills; k++)
            {
                int first = board.WaitForLine("meter: first telegram", 20000);
                long startMs = k == 1 ? firstRunStart : board.Log.At(Math.Max(first, 0)).AtMs;
                int lifeMs = rng.Next(3000, 16000);
                Thread.Sleep(lifeMs);
                long killMs = LineLog.Clock.ElapsedMilliseconds;
                board.Kill();
                runs.Add((MeterSeconds.UtcSecondAt(startMs) + 1, MeterSeconds.UtcSecondAt(killMs)));
                Console.WriteLine($"kill {k}: after {lifeMs} ms of running");
                board.Dispose();
                board = new VirtualBoardProcess(broker, state.Path, args);
            }

            board.WaitForLine("restored", 20000);
            broker.Start();
            r.Check(board.WaitForLine("-> Online", 60000) >= 0, "the last board came online");
            Thread.Sleep(20000); // the flush is paced at 20 messages a second
            board.Terminate();
        }
        finally
        {
            board.Dispose();
        }

        var received = new HashSet<long>(MeterSeconds.Of(observer, topic));
        var lostPerKill = new List<long>();
        foreach (var (startSec, killSec) in runs)
        {
            long lost = 0;
            for (long s = startSec; s <= killSec - 1; s++) if (!received.Contains(s)) lost++;
            lostPerKill.Add(lost);
        }

        r.Figure("kills", runs.Count);
        r.Figure("readings_received", received.Count);
        r.Figure("lost_per_kill", lostPerKill);
        r.Figure("lost_total", lostPerKill.Sum());
        r.Figure("lost_worst_kill", lostPerKill.Count == 0 ? -1 : lostPerKill.Max());
        r.Check(runs.Count == kills && lostPerKill.All(l => l <= 5), "at most 5 s of readings lost per kill");
        return r;
    }

    internal static long Number(string json, string key)
    {
        var m = Regex.Match(json ?? string.Empty, "\"" + key + "\":(-?\\d+)");
        return m.Success ? long.Parse(m.Groups[1].Value) : -1;
    }
}
