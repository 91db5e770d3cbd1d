using System;
using System.Collections.Generic;
using System.Linq;

namespace NodeMqtt.Scenarios.Episodes;

/// <summary>
/// <c>nodemqtt-scenarios episodes</c>: runs the labelled episode set (issue 11, part 6) and prints the confusion
/// table, the share of right final verdicts, the false takeover verdicts and the time to the first right verdict
/// per cause. <c>--set ci</c> runs the quick subset once per cause.
/// </summary>
public static class EpisodeHarness
{
    public static ScenarioResult Run(string set, int repeats, string only)
    {
        var r = new ScenarioResult("episodes");
        string[] causes = only != null ? only.Split(',') : set == "ci" ? EpisodeCatalog.Fast : EpisodeCatalog.Causes;
        var runs = new List<EpisodeRun>();
        foreach (string cause in causes)
        {
            for (int k = 0; k < repeats; k++)
            {
                EpisodeRun run;
                try
                {
                    run = EpisodeCatalog.Run(cause, k);
                }
                catch (Exception e) when (e is InvalidOperationException or System.IO.IOException)
                {
                    run = new EpisodeRun(cause, "setup failed") { Error = e.Message };
                }

                string final = run.Final();
                long first = run.FirstRightMs();
                Console.WriteLine($"episode {cause} #{k + 1} ({run.Label}): verdict {final}" +
                                  (first >= 0 ? $", first right after {first} ms" : ", never right") + (run.Error != null ? ", error: " + run.Error : ""));
                if (final != run.Expected && Environment.GetEnvironmentVariable("EPISODES_VERBOSE") == "1")
                {
                    foreach (var (board, _) in run.Watched) Console.WriteLine(board.Log.Dump(25));
                }

                runs.Add(run);
            }
        }

        Print(r, runs, causes);
        return r;
    }

    private static void Print(ScenarioResult r, List<EpisodeRun> runs, string[] causes)
    {
        var columns = runs.Select(x => x.Final()).Concat(causes).Distinct().OrderBy(c => c).ToList();
        Console.WriteLine();
        Console.WriteLine("confusion table (rows: true cause, columns: final verdict)");
        Console.WriteLine(string.Format("{0,-18}", "") + string.Join(" ", columns.Select(c => Short(c))));
        foreach (string cause in causes)
        {
            var row = runs.Where(x => x.Expected == cause).ToList();
            Console.WriteLine(string.Format("{0,-18}", cause) + string.Join(" ", columns.Select(c =>
            {
                int n = row.Count(x => x.Final() == c);
                return string.Format("{0,6}", n == 0 ? "." : n.ToString());
            })));
        }

        int right = runs.Count(x => x.Final() == x.Expected);
        int falseTakeovers = runs.Where(x => x.Expected != "takeover").Sum(x => x.TakeoverLines());
        double pct = runs.Count == 0 ? 0 : 100.0 * right / runs.Count;
        Console.WriteLine();
        Console.WriteLine("time to the first right verdict per cause (ms: min / median / max)");
        foreach (string cause in causes)
        {
            var times = runs.Where(x => x.Expected == cause).Select(x => x.FirstRightMs()).Where(t => t >= 0).OrderBy(t => t).ToList();
            string text = times.Count == 0 ? "never" : $"{times[0]} / {times[times.Count / 2]} / {times[^1]}";
            Console.WriteLine($"  {cause,-18} {text}");
            r.Figure("first_right_ms." + cause, times);
        }

        var rates = runs.Where(x => x.RefusedAttemptsPerSecond >= 0).Select(x => x.RefusedAttemptsPerSecond).ToList();
        if (rates.Count > 0)
        {
            double mean = rates.Average();
            Console.WriteLine($"connect attempts per second while the broker refused TCP: mean {mean:F2} over {rates.Count} outages");
            r.Figure("refused_attempts_per_s", Math.Round(mean, 2));
        }

        r.Figure("episodes", runs.Count);
        r.Figure("right", right);
        r.Figure("right_percent", Math.Round(pct, 1));
        r.Figure("false_takeover_verdicts", falseTakeovers);
        r.Check(pct >= 95.0, $"{right} of {runs.Count} right ({pct:F1} %), goal >= 95 %");
        r.Check(falseTakeovers == 0, $"{falseTakeovers} takeover verdicts in episodes that are not takeovers, goal 0");
    }

    private static string Short(string cause) => string.Format("{0,6}", cause.Length <= 6 ? cause : cause.Substring(0, 6));
}
