using System;
using System.Globalization;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.MeterSim.Cli;

/// <summary>The command line, parsed. <see cref="Parse"/> throws <see cref="ArgumentException"/> with a one-line message.</summary>
public sealed class CliOptions
{
    /// <summary>The meter.</summary>
    public SimOptions Sim = new SimOptions();

    /// <summary>Stop after this many telegrams (0 = no limit).</summary>
    public long Count;

    /// <summary>Stop after this much sim time in seconds (0 = no limit).</summary>
    public double DurationSeconds;

    /// <summary>No pacing: write telegrams as fast as the output takes them.</summary>
    public bool Fast;

    /// <summary>stdout, file:PATH, tcp:PORT, pty or pty-link:PATH.</summary>
    public string Out = "stdout";

    /// <summary>Hold the first telegram until a reader is attached (tcp client connected, pty slave opened).</summary>
    public bool WaitReader;

    /// <summary>--help was asked for.</summary>
    public bool Help;

    /// <summary>True when --start-utc was given.</summary>
    public bool StartGiven;

    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: nodemqtt-metersim [options]\n" +
        "  --version 5|4|2.2|emucs   telegram dialect (default 5)\n" +
        "  --protocol dsmr|dlms      P1 text or a DLMS push meter (default dsmr)\n" +
        "  --family NAME             DLMS layout: aidon, kamstrup, kaifa, austria, smarty (implies --protocol dlms)\n" +
        "  --key HEX / --auth-key HEX  cipher DLMS frames (AES-128-GCM); austria and smarty need --key\n" +
        "  --phases 1|3              (default 3)\n" +
        "  --gas | --no-gas          M-Bus gas meter (default on)\n" +
        "  --solar | --no-solar      solar panels returning power midday (default on)\n" +
        "  --seed N                  household and random steps (default 1)\n" +
        "  --start-utc ISO-TIME      sim clock start, e.g. 2026-11-22T12:00:00Z (default: now)\n" +
        "  --interval-ms N           telegram interval (default: the meter's own, 1 s for 5/emucs, 10 s for 4/2.2)\n" +
        "  --fast                    do not pace; write as fast as the output takes it\n" +
        "  --count N                 stop after N telegrams\n" +
        "  --duration S              stop after S seconds of sim time\n" +
        "  --text TEXT               consumer text message (0-0:96.13.0)\n" +
        "  --faults LIST             crc,drop,truncate,glue,garbage,oversize or all\n" +
        "  --fault-rate R            probability of a fault per telegram, 0..1 (default 0.2)\n" +
        "  --out stdout|file:PATH|tcp:PORT|pty|pty-link:PATH   (default stdout)\n" +
        "  --wait-reader             hold the first telegram until a reader attaches (tcp, pty)\n";

    /// <summary>Parses <paramref name="args"/>.</summary>
    public static CliOptions Parse(string[] args)
    {
        var o = new CliOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-h":
                case "--help": o.Help = true; break;
                case "--version": o.Sim.Version = ParseVersion(Value(args, ref i)); break;
                case "--phases": o.Sim.Phases = Int(args, ref i, 1, 3); break;
                case "--gas": o.Sim.Gas = true; break;
                case "--no-gas": o.Sim.Gas = false; break;
                case "--solar": o.Sim.Solar = true; break;
                case "--no-solar": o.Sim.Solar = false; break;
                case "--seed":
                    string seed = Value(args, ref i);
                    if (!ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out o.Sim.Seed)) throw new ArgumentException("--seed: not a non-negative integer: '" + seed + "'");
                    break;
                case "--start-utc": o.Sim.StartUtcMs = ParseUtc(Value(args, ref i), "--start-utc"); o.StartGiven = true; break;
                case "--interval-ms": o.Sim.IntervalMs = Int(args, ref i, 1, 3_600_000); break;
                case "--fast": o.Fast = true; break;
                case "--count": o.Count = Int(args, ref i, 1, int.MaxValue); break;
                case "--duration":
                    string d = Value(args, ref i);
                    if (!double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out o.DurationSeconds) || !(o.DurationSeconds > 0)) throw new ArgumentException("--duration: not a positive number of seconds: '" + d + "'");
                    break;
                case "--text": o.Sim.TextMessage = Value(args, ref i); break;
                case "--faults":
                    try
                    {
                        o.Sim.Faults = FaultNames.Parse(Value(args, ref i), ',');
                    }
                    catch (ArgumentException e)
                    {
                        throw new ArgumentException("--faults: " + e.Message);
                    }

                    break;
                case "--fault-rate":
                    string r = Value(args, ref i);
                    if (!double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out o.Sim.FaultRate) || o.Sim.FaultRate < 0 || o.Sim.FaultRate > 1) throw new ArgumentException("--fault-rate: must be a number 0..1, not '" + r + "'");
                    break;
                case "--out": o.Out = ParseOut(Value(args, ref i)); break;
                case "--wait-reader": o.WaitReader = true; break;
                case "--protocol": o.Sim.Protocol = Value(args, ref i); break;
                case "--family": o.Sim.Family = Value(args, ref i); o.Sim.Protocol = "dlms"; break;
                case "--key": o.Sim.Key = Value(args, ref i); break;
                case "--auth-key": o.Sim.AuthKey = Value(args, ref i); break;
                default: throw new ArgumentException("unknown option '" + a + "' (try --help)");
            }
        }

        string problem = o.Sim.Validate();
        if (problem != null) throw new ArgumentException(problem);
        return o;
    }

    /// <summary>"5", "5.0", "4", "4.2", "2.2", "22", "emucs" (also e-mucs, be).</summary>
    public static DsmrVersion ParseVersion(string text)
    {
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "5": case "5.0": case "50": case "dsmr5": return DsmrVersion.Dsmr50;
            case "4": case "4.2": case "42": case "dsmr4": return DsmrVersion.Dsmr42;
            case "2.2": case "22": case "2": case "3": case "dsmr22": return DsmrVersion.Dsmr22;
            case "emucs": case "e-mucs": case "be": return DsmrVersion.EMucs;
            default: throw new ArgumentException("unknown version '" + text + "' (use 5, 4, 2.2 or emucs)");
        }
    }

    /// <summary>ISO-8601 UTC time → UTC ms.</summary>
    public static long ParseUtc(string text, string what)
    {
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t))
        {
            throw new ArgumentException(what + ": not a time like 2026-11-22T12:00:00Z: '" + text + "'");
        }

        return t.ToUnixTimeMilliseconds();
    }

    private static string ParseOut(string text)
    {
        if (text == "stdout" || text == "pty") return text;
        if (text.StartsWith("file:", StringComparison.Ordinal) && text.Length > 5) return text;
        if (text.StartsWith("pty-link:", StringComparison.Ordinal) && text.Length > 9) return text;
        if (text.StartsWith("tcp:", StringComparison.Ordinal))
        {
            if (!int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
            {
                throw new ArgumentException("--out tcp:PORT: not a port 0..65535: '" + text.Substring(4) + "'");
            }

            return text;
        }

        throw new ArgumentException("--out: use stdout, file:PATH, tcp:PORT, pty or pty-link:PATH, not '" + text + "'");
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) throw new ArgumentException(args[i] + ": missing value");
        return args[++i];
    }

    private static int Int(string[] args, ref int i, int min, int max)
    {
        string name = args[i];
        string v = Value(args, ref i);
        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            throw new ArgumentException(name + ": must be an integer " + min + ".." + max + ", not '" + v + "'");
        }

        if (name == "--phases" && n == 2) throw new ArgumentException("--phases: must be 1 or 3, not '2'");
        return n;
    }
}
