using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios;

/// <summary>
/// The soak (issue 12): a board in history mode at 1 Hz reaches a persistent mosquitto through the fault
/// proxy for M minutes. Healthy stretches of 20 to 60 s alternate with a random fault: a black hole, resets,
/// closes or refused connects for 5 to 40 s, added latency, or a broker restart (down 5 to 30 s). A
/// persistent observer on the broker itself counts readings by meter time. Figures: lost, duplicates, out of
/// order; the longest working-path idle (from the moment a fault ends, so the path works again, to the node's
/// next Online, when the fault had taken it offline); once a minute the board's RSS and its live managed heap
/// (after a full collection: what a leak in Core or the adapters would grow).
/// </summary>
public static class SoakScenario
{
    private static readonly string[] Faults = { "blackhole", "reset", "close", "refuse", "latency", "broker-restart" };

    public static ScenarioResult Run(int minutes, int seed)
    {
        var r = new ScenarioResult("soak");
        const string Node = "scn-soak";
        string topic = "nodemqtt/" + Node + "/state";
        var rng = new Random(seed);
        using var broker = new Broker(persistence: true);
        using var observer = new Observer(broker, persistent: true, topic);
        using var proxy = new FaultProxy.FaultProxy(new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.Loopback, broker.Port));
        proxy.Start();
        using var state = new TempDir();
        using var board = new VirtualBoardProcess("127.0.0.1:" + proxy.ListenPort, state.Path, "--set", "node_id=" + Node,
            "--set", "telemetry.history_mode=true", "--set", "outbox.max_messages=4000", "--set", "outbox.max_bytes=4194304");
        if (board.WaitForLine("-> Online", 20000) < 0)
        {
            r.Check(false, "board never came online");
            return r;
        }

        long start = LineLog.Clock.ElapsedMilliseconds;
        long end = start + minutes * 60000L;
        var pathBack = new List<(long AtMs, string Fault)>();
        var rss = new List<long>();
        var managed = new List<long>();
        var counts = new Dictionary<string, int>();
        long nextRss = start;
        while (LineLog.Clock.ElapsedMilliseconds < end)
        {
            SleepSampling(rng.Next(20000, 60000), board, rss, managed, ref nextRss, end);
            if (LineLog.Clock.ElapsedMilliseconds >= end) break;
            string fault = Faults[rng.Next(Faults.Length)];
            int lengthMs = rng.Next(5000, 40000);
            counts[fault] = counts.TryGetValue(fault, out int c) ? c + 1 : 1;
            Console.WriteLine($"{(LineLog.Clock.ElapsedMilliseconds - start) / 1000,5} s: {fault} for {lengthMs} ms");
            if (fault == "broker-restart")
            {
                broker.Stop();
                SleepSampling(Math.Min(lengthMs, 30000), board, rss, managed, ref nextRss, long.MaxValue);
                broker.Start();
            }
            else
            {
                proxy.SetMode(fault == "latency" ? "latency 300" : fault);
                SleepSampling(lengthMs, board, rss, managed, ref nextRss, long.MaxValue);
                proxy.SetMode("pass");
            }

            pathBack.Add((LineLog.Clock.ElapsedMilliseconds, fault));
        }

        SleepSampling(45000, board, rss, managed, ref nextRss, long.MaxValue); // the flush after the last fault
        bool alive = !board.HasExited;
        board.Terminate();
        Thread.Sleep(1000);
        // The board's own log beside the figures: why it was idle is in its link lines.
        string boardLog = Path.Combine("tools", ".run", "results", "soak-board.log");
        Directory.CreateDirectory(Path.GetDirectoryName(boardLog)!);
        File.WriteAllText(boardLog, board.Log.Dump(int.MaxValue));

        var seq = new ReadingSequence(MeterSeconds.Of(observer, topic));
        long worstIdle = 0;
        string worstAfter = "none";
        foreach (var (back, fault) in pathBack)
        {
            long idle = IdleAfter(board.Log, back);
            if (idle > worstIdle)
            {
                worstIdle = idle;
                worstAfter = fault + " ending at " + (back - start) / 1000 + " s";
            }
        }

        r.Figure("minutes", minutes);
        r.Figure("faults", pathBack.Count);
        r.Figure("faults_by_kind", string.Join(", ", counts.OrderBy(k => k.Key).Select(k => k.Key + " " + k.Value)));
        r.Figure("readings_expected", seq.Expected);
        r.Figure("readings_received", seq.Received);
        r.Figure("readings_lost", seq.Lost);
        r.Figure("duplicates", seq.Duplicates);
        r.Figure("out_of_order", seq.OutOfOrder);
        r.Figure("longest_working_path_idle_ms", worstIdle);
        r.Figure("longest_idle_after", worstAfter);
        r.Figure("rss_kb_per_minute", rss);
        r.Figure("managed_kb_per_minute", managed);
        r.Check(alive, "the board ran to the end");
        r.Check(seq.Lost == 0, "no reading lost");
        r.Check(seq.OutOfOrder == 0, "readings in order (first arrivals)");
        r.Check(worstIdle <= 15000, "longest working-path idle <= 15 s");
        return r;
    }

    // How long the node stayed offline after the path worked again at backMs (0 if it never went offline).
    private static long IdleAfter(LineLog log, long backMs)
    {
        string lastState = null;
        long onlineAt = -1;
        foreach (var (at, text) in log.Snapshot())
        {
            int arrow = text.IndexOf(" -> ", StringComparison.Ordinal);
            if (arrow < 0 || !text.Contains("link: state ")) continue;
            string to = text[(arrow + 4)..].Split(' ')[0];
            if (at <= backMs) lastState = to;
            else if (to == "Online") { onlineAt = at; break; }
        }

        if (lastState == "Online") return 0;
        return onlineAt < 0 ? long.MaxValue : onlineAt - backMs;
    }

    private static void SleepSampling(int ms, VirtualBoardProcess board, List<long> rss, List<long> managed, ref long nextRss, long end)
    {
        long until = Math.Min(LineLog.Clock.ElapsedMilliseconds + ms, end);
        while (LineLog.Clock.ElapsedMilliseconds < until)
        {
            if (LineLog.Clock.ElapsedMilliseconds >= nextRss)
            {
                rss.Add(RssKb(board.Pid));
                managed.Add(ManagedKb(board));
                nextRss += 60000;
            }

            Thread.Sleep((int)Math.Max(1, Math.Min(500, until - LineLog.Clock.ElapsedMilliseconds)));
        }
    }

    // The board's "memory" reply: "managed N B after a full collection, ...".
    private static long ManagedKb(VirtualBoardProcess board)
    {
        try
        {
            string[] words = (board.Control("memory", 3000) ?? "").Split(' ');
            return words.Length > 1 && words[0] == "managed" && long.TryParse(words[1], out long b) ? b / 1024 : -1;
        }
        catch (Exception)
        {
            return -1;
        }
    }

    private static long RssKb(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
        }
        catch (Exception)
        {
        }

        return -1;
    }
}
