using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>Lines captured from a process with the time each arrived (ms on a shared monotonic clock).</summary>
public sealed class LineLog
{
    public static readonly Stopwatch Clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private readonly List<(long AtMs, string Text)> _lines = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add((Clock.ElapsedMilliseconds, line));
            Monitor.PulseAll(_gate);
        }
    }

    public (long AtMs, string Text)[] Snapshot()
    {
        lock (_gate) return _lines.ToArray();
    }

    public int Count
    {
        get { lock (_gate) return _lines.Count; }
    }

    /// <summary>Waits (bounded) for a line after index <paramref name="from"/> that matches; returns its index or -1.</summary>
    public int WaitFor(Func<string, bool> match, int timeoutMs, int from = 0)
    {
        long deadline = Clock.ElapsedMilliseconds + timeoutMs;
        lock (_gate)
        {
            int i = from;
            while (true)
            {
                for (; i < _lines.Count; i++)
                {
                    if (match(_lines[i].Text)) return i;
                }

                long left = deadline - Clock.ElapsedMilliseconds;
                if (left <= 0) return -1;
                Monitor.Wait(_gate, (int)Math.Min(left, 200));
            }
        }
    }

    public (long AtMs, string Text) At(int index)
    {
        lock (_gate) return _lines[index];
    }

    public string Dump(int last = 80)
    {
        var s = Snapshot();
        int start = Math.Max(0, s.Length - last);
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < s.Length; i++) sb.Append(s[i].AtMs).Append(' ').AppendLine(s[i].Text);
        return sb.ToString();
    }
}
