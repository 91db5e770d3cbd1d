using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.MeterSim.Output;

namespace NodeMqtt.MeterSim.Cli;

/// <summary>
/// The tool's main loop, callable in-process (tests) as well as from <c>Main</c>. Sim time advances by exactly one
/// interval per telegram, so the bytes depend only on the options, never on how fast the machine is; pacing
/// (unless --fast) only decides when they are written. Exit codes: 0 done, 1 runtime failure, 2 bad options.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the simulator until --count/--duration is reached or <paramref name="cancel"/> fires.
    /// Errors are one line on <paramref name="stderr"/>; the summary line ends every run.</summary>
    public static int Run(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancel)
    {
        return Run(args, stdout, stderr, cancel, false);
    }

    /// <summary>As <see cref="Run(string[], Stream, TextWriter, CancellationToken)"/>; <paramref name="stdoutIsProcessStdout"/>
    /// lets the tool notice a closed pipe on fd 1 (which .NET's console stream hides).</summary>
    public static int Run(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancel, bool stdoutIsProcessStdout)
    {
        CliOptions o;
        try
        {
            o = CliOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine("metersim: " + e.Message);
            return 2;
        }

        if (o.Help)
        {
            stderr.Write(CliOptions.Usage);
            return 0;
        }

        if (!o.StartGiven)
        {
            o.Sim.StartUtcMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000 * 1000;
        }

        ITelegramOutput output;
        try
        {
            output = OpenOutput(o, stdout, stderr, stdoutIsProcessStdout);
        }
        catch (Exception e) when (e is IOException || e is SocketException || e is UnauthorizedAccessException || e is DllNotFoundException || e is EntryPointNotFoundException)
        {
            stderr.WriteLine("metersim: cannot open output " + o.Out + ": " + e.Message);
            return 1;
        }

        var feed = new TelegramFeed(o.Sim);
        int exit = 0;
        using (output)
        {
            try
            {
                Loop(o, feed, output, cancel);
                output.Drain(2000);
            }
            catch (IOException e)
            {
                // stdout closed by its reader (e.g. piped into head) ends the run quietly; anything else is reported.
                if (o.Out != "stdout")
                {
                    stderr.WriteLine("metersim: output failed: " + e.Message);
                    exit = 1;
                }
            }
        }

        stderr.WriteLine("metersim: " + feed.Counts.Summary() + " unread_bytes=" + output.DroppedBytes);
        stderr.Flush();
        return exit;
    }

    private static void Loop(CliOptions o, TelegramFeed feed, ITelegramOutput output, CancellationToken cancel)
    {
        long interval = feed.IntervalMs;
        long limitMs = o.DurationSeconds > 0 ? (long)(o.DurationSeconds * 1000) : long.MaxValue;
        var clock = Stopwatch.StartNew();
        if (o.WaitReader)
        {
            while (!output.ReaderAttached && !cancel.IsCancellationRequested)
            {
                cancel.WaitHandle.WaitOne(50);
            }

            clock.Restart();
        }

        for (long n = 0; !cancel.IsCancellationRequested; n++)
        {
            if (o.Count > 0 && n >= o.Count) break;
            if (n * interval >= limitMs) break;
            if (!o.Fast)
            {
                // Sleep in short slices: Ctrl-C stays prompt and new TCP clients are accepted while waiting.
                while (clock.ElapsedMilliseconds < n * interval && !cancel.IsCancellationRequested)
                {
                    output.Poll();
                    cancel.WaitHandle.WaitOne((int)Math.Clamp(n * interval - clock.ElapsedMilliseconds, 1, 100));
                }

                if (cancel.IsCancellationRequested) break;
            }

            bool last = (o.Count > 0 && n + 1 >= o.Count) || (n + 1) * interval >= limitMs;
            long now = o.Sim.StartUtcMs + n * interval;
            byte[] chunk = feed.Next(now, last ? -1 : now + interval);
            if (chunk.Length > 0)
            {
                output.Write(chunk);
            }
        }
    }

    private static ITelegramOutput OpenOutput(CliOptions o, Stream stdout, TextWriter stderr, bool probeStdout)
    {
        bool sevenE1 = o.Sim.Version == DsmrVersion.Dsmr22;
        if (o.Out == "stdout")
        {
            return new StreamOutput(stdout, false, probeStdout ? 1 : -1);
        }

        if (o.Out.StartsWith("file:", StringComparison.Ordinal))
        {
            return new StreamOutput(new FileStream(o.Out.Substring(5), FileMode.Create, FileAccess.Write, FileShare.Read), true);
        }

        if (o.Out.StartsWith("tcp:", StringComparison.Ordinal))
        {
            var tcp = new TcpOutput(int.Parse(o.Out.Substring(4), System.Globalization.CultureInfo.InvariantCulture));
            stderr.WriteLine("metersim: tcp 127.0.0.1:" + tcp.Port);
            stderr.Flush();
            return tcp;
        }

        string link = o.Out.StartsWith("pty-link:", StringComparison.Ordinal) ? o.Out.Substring(9) : null;
        var pty = new PtyOutput(link, sevenE1);
        stderr.WriteLine("metersim: pty " + pty.SlavePath + (link != null ? " (link " + link + ")" : ""));
        stderr.Flush();
        return pty;
    }
}
