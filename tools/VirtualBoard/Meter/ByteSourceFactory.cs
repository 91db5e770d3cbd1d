using System;
using System.Globalization;
using NodeMqtt.MeterSim.Cli;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.MeterSim.Posix;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// Turns a <c>meter.source</c> string into a byte source:
/// <list type="bullet">
/// <item><c>sim</c> or <c>sim:version=5,phases=3,gas=1,solar=1,faults=crc+glue,rate=0.2,seed=1,interval_ms=1000,start_utc=2026-11-22T12:00:00Z</c>;
/// DLMS: <c>sim:protocol=dlms,family=kamstrup,key=HEX,auth_key=HEX</c></item>
/// <item><c>serial:/dev/pts/3</c>, <c>serial:/dev/ttyUSB0@115200</c>, <c>serial:/dev/ttyUSB0@9600-7E1</c></item>
/// <item><c>tcp:127.0.0.1:5000</c></item>
/// <item><c>file:capture.txt</c> (paced by the telegrams' timestamps), <c>file:capture.txt@fast</c> (unpaced), <c>file:capture.txt@loop</c>, <c>file:capture.txt@loop,interval_ms=1000</c>, <c>file:capture.txt@bps=960</c></item>
/// </list>
/// A bad spec throws <see cref="ArgumentException"/> whose message is one line starting "meter.source: ".
/// </summary>
public static class ByteSourceFactory
{
    private const string Prefix = "meter.source: ";

    /// <summary>Parses and opens <paramref name="spec"/>. Opening problems (missing device, refused connection)
    /// do not throw: the source reports them through its state and retries where that makes sense.</summary>
    public static HostByteSource Create(string spec, Func<long> monotonicMs = null, Func<long> utcMs = null)
    {
        SourceSpec s = Parse(spec);
        return Create(s, monotonicMs, utcMs);
    }

    /// <summary>Opens an already parsed spec.</summary>
    public static HostByteSource Create(SourceSpec spec, Func<long> monotonicMs = null, Func<long> utcMs = null)
    {
        if (spec == null) throw new ArgumentNullException(nameof(spec));
        switch (spec.Kind)
        {
            case SourceKind.Sim: return new SimulatorSource(spec.Sim, monotonicMs, utcMs);
            case SourceKind.Serial: return new SerialDeviceSource(spec.Path, spec.Baud, spec.SevenE1, true, 1000, monotonicMs);
            case SourceKind.Tcp: return new TcpSource(spec.Host, spec.Port);
            default: return new FileReplaySource(spec.Path, spec.Loop, spec.BytesPerSecond, spec.IntervalMs, monotonicMs, !spec.Fast);
        }
    }

    /// <summary>Null when <paramref name="spec"/> parses, else the one-line problem.</summary>
    public static string Validate(string spec)
    {
        try
        {
            Parse(spec);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>Parses <paramref name="spec"/> without opening anything.</summary>
    public static SourceSpec Parse(string spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) throw Bad("empty; use sim, sim:..., serial:PATH, tcp:HOST:PORT or file:PATH");
        spec = spec.Trim();
        int colon = spec.IndexOf(':');
        string kind = (colon < 0 ? spec : spec.Substring(0, colon)).ToLowerInvariant();
        string rest = colon < 0 ? null : spec.Substring(colon + 1);
        var s = new SourceSpec { Text = spec };
        switch (kind)
        {
            case "sim":
                s.Kind = SourceKind.Sim;
                s.Sim = ParseSim(rest);
                break;
            case "serial":
                s.Kind = SourceKind.Serial;
                ParseSerial(rest, s);
                break;
            case "tcp":
                s.Kind = SourceKind.Tcp;
                ParseTcp(rest, s);
                break;
            case "file":
                s.Kind = SourceKind.File;
                ParseFile(rest, s);
                break;
            default:
                throw Bad("unknown kind '" + kind + "' in '" + spec + "'; use sim, serial, tcp or file");
        }

        return s;
    }

    private static SimOptions ParseSim(string rest)
    {
        var o = new SimOptions();
        if (string.IsNullOrEmpty(rest)) return o;
        foreach (string pair in rest.Split(','))
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0) throw Bad("sim: expected key=value, got '" + pair + "'");
            string key = pair.Substring(0, eq).Trim().ToLowerInvariant();
            string value = pair.Substring(eq + 1).Trim();
            try
            {
                switch (key)
                {
                    case "version": o.Version = CliOptions.ParseVersion(value); break;
                    case "phases":
                        o.Phases = Int(value, 1, 3);
                        if (o.Phases == 2) throw new ArgumentException("must be 1 or 3");
                        break;
                    case "gas": o.Gas = Bool(value); break;
                    case "solar": o.Solar = Bool(value); break;
                    case "faults": o.Faults = FaultNames.Parse(value, '+'); break;
                    case "rate":
                        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out o.FaultRate) || o.FaultRate < 0 || o.FaultRate > 1) throw new ArgumentException("must be a number 0..1");
                        break;
                    case "seed":
                        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out o.Seed)) throw new ArgumentException("must be a non-negative integer");
                        break;
                    case "interval_ms": o.IntervalMs = Int(value, 1, 3_600_000); break;
                    case "start_utc": o.StartUtcMs = CliOptions.ParseUtc(value, "start_utc"); break;
                    case "text": o.TextMessage = value; break;
                    case "protocol": o.Protocol = value; break;
                    case "family": o.Family = value; o.Protocol = "dlms"; break;
                    case "key": o.Key = value; break;
                    case "auth_key": o.AuthKey = value; break;
                    default: throw new ArgumentException("unknown key (known: version, phases, gas, solar, faults, rate, seed, interval_ms, start_utc, text, protocol, family, key, auth_key)");
                }
            }
            catch (ArgumentException e)
            {
                throw Bad("sim: " + key + "=" + value + ": " + e.Message);
            }
        }

        string problem = o.Validate();
        if (problem != null) throw Bad("sim: " + problem);
        return o;
    }

    private static void ParseSerial(string rest, SourceSpec s)
    {
        if (string.IsNullOrEmpty(rest)) throw Bad("serial: missing device path, e.g. serial:/dev/ttyUSB0");
        int at = rest.LastIndexOf('@');
        s.Path = at < 0 ? rest : rest.Substring(0, at);
        if (s.Path.Length == 0) throw Bad("serial: missing device path before '@'");
        if (at < 0) return;

        string settings = rest.Substring(at + 1);
        string[] parts = settings.Split('-');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out s.Baud) || Array.IndexOf(Tty.SupportedBauds, s.Baud) < 0)
        {
            throw Bad("serial: '" + settings + "' is not BAUD[-8N1|-7E1] with BAUD one of " + string.Join(", ", Tty.SupportedBauds));
        }

        if (parts.Length == 2)
        {
            string framing = parts[1].ToUpperInvariant();
            if (framing != "8N1" && framing != "7E1") throw Bad("serial: framing '" + parts[1] + "' is not 8N1 or 7E1");
            s.SevenE1 = framing == "7E1";
        }
    }

    private static void ParseTcp(string rest, SourceSpec s)
    {
        int colon = rest == null ? -1 : rest.LastIndexOf(':');
        if (colon <= 0) throw Bad("tcp: expected tcp:HOST:PORT, got 'tcp:" + rest + "'");
        s.Host = rest.Substring(0, colon).Trim('[', ']');
        string port = rest.Substring(colon + 1);
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out s.Port) || s.Port < 1 || s.Port > 65535)
        {
            throw Bad("tcp: port '" + port + "' is not 1..65535");
        }
    }

    private static void ParseFile(string rest, SourceSpec s)
    {
        if (string.IsNullOrEmpty(rest)) throw Bad("file: missing path, e.g. file:capture.txt");
        int at = rest.LastIndexOf('@');
        s.Path = at < 0 ? rest : rest.Substring(0, at);
        if (s.Path.Length == 0) throw Bad("file: missing path before '@'");
        if (at < 0) return;

        foreach (string option in rest.Substring(at + 1).Split(','))
        {
            string o = option.Trim().ToLowerInvariant();
            if (o == "loop")
            {
                s.Loop = true;
            }
            else if (o == "fast")
            {
                s.Fast = true;
            }
            else if (o.StartsWith("bps=", StringComparison.Ordinal))
            {
                s.BytesPerSecond = IntOrBad(o.Substring(4), 1, 100_000_000, "file: bps");
            }
            else if (o.StartsWith("interval_ms=", StringComparison.Ordinal))
            {
                s.IntervalMs = IntOrBad(o.Substring(12), 1, 3_600_000, "file: interval_ms");
            }
            else
            {
                throw Bad("file: unknown option '" + option + "' (known: loop, fast, bps=N, interval_ms=N)");
            }
        }

        if (s.BytesPerSecond > 0 && s.IntervalMs > 0) throw Bad("file: use bps or interval_ms, not both");
    }

    private static int IntOrBad(string value, int min, int max, string what)
    {
        try
        {
            return Int(value, min, max);
        }
        catch (ArgumentException e)
        {
            throw Bad(what + "=" + value + ": " + e.Message);
        }
    }

    private static int Int(string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            throw new ArgumentException("must be an integer " + min + ".." + max);
        }

        return n;
    }

    private static bool Bool(string value)
    {
        switch (value.ToLowerInvariant())
        {
            case "1": case "true": case "yes": case "on": return true;
            case "0": case "false": case "no": case "off": return false;
            default: throw new ArgumentException("must be 1/0, true/false, yes/no or on/off");
        }
    }

    private static ArgumentException Bad(string message)
    {
        return new ArgumentException(Prefix + message);
    }
}
