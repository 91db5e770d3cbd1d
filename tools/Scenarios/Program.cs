using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NodeMqtt.Scenarios;

/// <summary>
/// <c>nodemqtt-scenarios NAME [options]</c>: runs one fault scenario against a real mosquitto on 127.0.0.1
/// and prints its figures (lines "figure NAME.key = value"), then writes them to a results file.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: nodemqtt-scenarios <blackhole|broker-restart|takeover|outage|episodes|command-flood|kills|storage|soak|wear|all> [--trials N] [--down-seconds S]\n" +
        "                          [--minutes M] [--results FILE] [--set full|ci] [--repeats N] [--causes a,b]\n" +
        "  blackhole       S03: proxy stops forwarding while the node publishes every second; detection latency\n" +
        "  broker-restart  S04: broker down S s (+ a random fraction), back; first publish after it listens (p50/p95)\n" +
        "  takeover        S13: two boards share one client id for M minutes; takeovers per minute after diagnosis\n" +
        "  outage          issue 4: broker down S s in history mode at 1 Hz; readings lost and duplicated\n" +
        "  episodes        issue 11: labelled drop episodes (16 causes x 4); confusion table, % right, false takeovers\n" +
        "  command-flood   issue 12: R invalid commands/s for S s on a healthy link, history mode; readings lost [--seconds 60 --rate 100]\n" +
        "  kills           issue 12: N SIGKILLs at random moments during an outage; readings lost per kill [--kills 10 --seed 12]\n" +
        "  storage         issue 12: full disk (tmpfs), read-only and missing state dir; node keeps running, reports, loses nothing (root)\n" +
        "  soak            issue 12: fault proxy + broker restarts for M minutes; lost, duplicates, order, working-path idle, RSS [--minutes 20]\n" +
        "  wear            issue 12: flash bytes per day at 1 reading/s and the life of a 1 MB partition (in-process, seconds)";

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        string name = args[0];
        var opt = new Dictionary<string, string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"scenarios: bad argument '{args[i]}'\n{Usage}");
                return 2;
            }

            opt[args[i][2..]] = args[++i];
        }

        int Int(string key, int dflt)
        {
            if (!opt.TryGetValue(key, out var v)) return dflt;
            if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0) return n;
            throw new ArgumentException($"--{key} must be a positive whole number, got '{v}'");
        }

        try
        {
            var results = new List<ScenarioResult>();
            foreach (string scenario in name == "all" ? new[] { "blackhole", "broker-restart", "takeover", "outage" } : new[] { name })
            {
                ScenarioResult r = scenario switch
                {
                    "blackhole" => FaultScenarios.BlackHole(Int("trials", 3)),
                    "broker-restart" => FaultScenarios.BrokerRestart(Int("trials", 10), Int("down-seconds", 60)),
                    "takeover" => FaultScenarios.Takeover(Int("minutes", 5)),
                    "outage" => FaultScenarios.Outage(Int("down-seconds", 60)),
                    "episodes" => Episodes.EpisodeHarness.Run(opt.TryGetValue("set", out var set) ? set : "full", Int("repeats", set == "ci" ? 1 : 4),
                        opt.TryGetValue("causes", out var only) ? only : null),
                    "command-flood" => Issue12Scenarios.CommandFlood(Int("seconds", 60), Int("rate", 100)),
                    "kills" => Issue12Scenarios.KillsDuringOutage(Int("kills", 10), Int("seed", 12)),
                    "storage" => StorageScenario.Run(),
                    "soak" => SoakScenario.Run(Int("minutes", 20), Int("seed", 7)),
                    "wear" => WearFigure.Run(),
                    _ => throw new ArgumentException($"unknown scenario '{scenario}'"),
                };
                string file = opt.TryGetValue("results", out var f) && name != "all"
                    ? f
                    : Path.Combine("tools", ".run", "results", scenario + ".json");
                r.Write(file);
                results.Add(r);
            }

            bool ok = results.TrueForAll(r => r.Passed);
            Console.WriteLine(ok ? "scenarios: all checks passed" : "scenarios: some checks FAILED");
            return ok ? 0 : 1;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("scenarios: " + e.Message);
            return 2;
        }
    }
}
