using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios.Episodes;

/// <summary>
/// One labelled episode as it ran: the boards that must name the cause, the moment the fault began, and the
/// log index each board's observation starts at. Scoring reads the boards' console lines
/// (<c>link: diagnosis: &lt;cause&gt;: ...</c>, one per verdict) — the words the user sees.
/// </summary>
public sealed class EpisodeRun
{
    private static readonly Regex Verdict = new(@"diagnosis: ([a-z0-9-]+):", RegexOptions.Compiled);

    public EpisodeRun(string expected, string label)
    {
        Expected = expected;
        Label = label;
    }

    public string Expected { get; }

    public string Label { get; }

    public long FaultAtMs { get; set; } = -1;

    public List<(VirtualBoardProcess Board, int From)> Watched { get; } = new();

    public string Error { get; set; }

    /// <summary>Connect attempts per second while the broker refused TCP (broker-restart episodes), or -1.</summary>
    public double RefusedAttemptsPerSecond { get; set; } = -1;

    public void Watch(VirtualBoardProcess board) => Watched.Add((board, 0));

    /// <summary>The final verdict: every watched board's last verdict line; when they disagree, the first board's
    /// wrong one (a pair is right only when both name it).</summary>
    public string Final()
    {
        if (Error != null) return "error";
        string final = null;
        foreach (var (board, from) in Watched)
        {
            string last = "none";
            var lines = board.Log.Snapshot();
            for (int i = from; i < lines.Length; i++)
            {
                Match m = Verdict.Match(lines[i].Text);
                if (m.Success) last = m.Groups[1].Value;
            }

            if (final == null || (final == Expected && last != Expected)) final = last;
        }

        return final ?? "none";
    }

    /// <summary>ms from the fault to the first right verdict on every watched board (the slowest), or -1.</summary>
    public long FirstRightMs()
    {
        long worst = -1;
        foreach (var (board, from) in Watched)
        {
            long at = -1;
            var lines = board.Log.Snapshot();
            for (int i = from; i < lines.Length && at < 0; i++)
            {
                Match m = Verdict.Match(lines[i].Text);
                if (m.Success && m.Groups[1].Value == Expected) at = lines[i].AtMs;
            }

            if (at < 0) return -1;
            worst = Math.Max(worst, at - Math.Max(FaultAtMs, 0));
        }

        return worst;
    }

    /// <summary>Takeover verdict lines on any watched board (false takeovers when the episode is not one).</summary>
    public int TakeoverLines()
    {
        int n = 0;
        foreach (var (board, from) in Watched)
        {
            var lines = board.Log.Snapshot();
            for (int i = from; i < lines.Length; i++)
            {
                if (lines[i].Text.Contains("diagnosis: takeover:", StringComparison.Ordinal)) n++;
            }
        }

        return n;
    }
}
