using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using NodeMqtt.VirtualBoard.Host;

namespace NodeMqtt.VirtualBoard;

/// <summary>Command line of the virtual board: parse, load config, run; user errors are one line, exit 2.</summary>
public static class BoardMain
{
    public const int ExitOk = 0;
    public const int ExitUsage = 2;

    private const string Usage =
        "usage: nodemqtt-vboard [--config FILE] [--set section.key=value]... [--broker HOST:PORT]\n" +
        "                       [--meter SPEC] [--state-dir DIR] [--control-port N] [--duration SECONDS]\n" +
        "                       [--stop-on-stdin-eof] [--http-port N]\n" +
        "  SPEC: sim | sim:version=5,phases=3,faults=crc+glue,rate=0.2 | serial:/dev/pts/N | tcp:HOST:PORT | file:PATH | none\n" +
        "  commands on standard input (or the control port): link down | link up | reconnect | status | diag | reboot | quit";

    public static int Run(string[] args)
    {
        BoardOptions options;
        try
        {
            options = Parse(args);
            if (options == null)
            {
                Console.Out.WriteLine(Usage);
                return ExitOk;
            }
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine("vboard: " + e.Message);
            return ExitUsage;
        }

        CrashGuard.Install(options.Node);
        try
        {
            using var runner = new BoardRunner(options);
            return runner.Run();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(CrashGuard.Line(e));
            return CrashGuard.ExitCrash;
        }
    }

    /// <summary>Parses arguments and configuration; null means "help was asked for".</summary>
    public static BoardOptions Parse(string[] args)
    {
        var node = new NodeConfig();
        var board = new BoardConfig();
        var overrides = new List<string>();
        string configPath = null;
        double durationS = 0;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ConfigException($"{a} needs a value");
            switch (a)
            {
                case "-h":
                case "--help": return null;
                case "--config": configPath = Next(); break;
                case "--set": overrides.Add(Next()); break;
                case "--broker":
                    {
                        string v = Next();
                        int colon = v.LastIndexOf(':');
                        if (colon <= 0) throw new ConfigException($"--broker {v}: expected HOST:PORT");
                        overrides.Add("mqtt.host=" + v.Substring(0, colon));
                        overrides.Add("mqtt.port=" + v.Substring(colon + 1));
                        break;
                    }
                case "--meter": overrides.Add("board.meter_source=" + Next()); break;
                case "--state-dir": overrides.Add("board.state_dir=" + Next()); break;
                case "--control-port": overrides.Add("board.control_port=" + Next()); break;
                case "--http-port": overrides.Add("board.http_port=" + Next()); break;
                case "--stop-on-stdin-eof": overrides.Add("board.stop_on_stdin_eof=true"); break;
                case "--duration":
                    {
                        string v = Next();
                        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out durationS) || durationS <= 0)
                            throw new ConfigException($"--duration {v}: expected a positive number of seconds");
                        break;
                    }
                default: throw new ConfigException($"unknown argument '{a}' (try --help)");
            }
        }

        if (configPath != null) ConfigLoader.LoadFile(configPath, node, board);
        foreach (string o in overrides) ConfigLoader.ApplyOverride(o, node, board);
        string error = node.Validate();
        if (error != null) throw new ConfigException("config: " + error);
        if (board.TickMs < 5 || board.TickMs > 1000) throw new ConfigException("config: board.tick_ms: must be 5..1000");
        if (board.ControlPort < 0 || board.ControlPort > 65535) throw new ConfigException("config: board.control_port: must be 0..65535");
        if (board.HttpPort < 0 || board.HttpPort > 65535) throw new ConfigException("config: board.http_port: must be 0..65535");
        if (board.MeterSource != "none")
        {
            string bad = Meter.ByteSourceFactory.Validate(board.MeterSource);
            if (bad != null) throw new ConfigException(bad);
        }

        // mqtt.tls_ca_file is the setting the device shares; board.tls_ca_file is the older host-only name.
        board.TlsCaFile = node.Mqtt.TlsCaFile ?? board.TlsCaFile;
        if (node.Mqtt.Tls)
        {
            // Fail closed and say so at once: TLS asked for but not possible is no connection at all (issue 12).
            string tls = Mqtt.MosquittoSecurity.CaProblem(board.TlsCaFile);
            if (tls != null) throw new ConfigException("config: mqtt.tls_ca_file: " + tls);
        }

        board.ChipId ??= DeriveChipId(board.StateDir);
        return new BoardOptions(node, board, durationS) { ConfigPath = configPath, Overrides = overrides.ToArray() };
    }

    /// <summary>The node configuration as at start (file, then overrides), built anew: the setup page
    /// validates a change on it and the board applies saved settings over it at every boot.</summary>
    public static NodeConfig BaseConfig(BoardOptions o)
    {
        var node = new NodeConfig();
        var board = new BoardConfig();
        if (o.ConfigPath != null) ConfigLoader.LoadFile(o.ConfigPath, node, board);
        foreach (string s in o.Overrides) ConfigLoader.ApplyOverride(s, node, board);
        return node;
    }

    /// <summary>A stable 6-byte id (like an ESP32 MAC) from the machine id and the state directory, so two
    /// boards on one machine differ unless they share a state directory. Never from the clock.</summary>
    public static string DeriveChipId(string stateDir)
    {
        string machine = "";
        try { machine = File.ReadAllText("/etc/machine-id").Trim(); } catch (Exception) { }
        byte[] h = SHA256.HashData(Encoding.UTF8.GetBytes(machine + "|" + Path.GetFullPath(stateDir)));
        return Convert.ToHexString(h, 0, 6).ToLowerInvariant();
    }
}

/// <summary>Everything the runner needs.</summary>
public sealed record BoardOptions(NodeConfig Node, BoardConfig Board, double DurationSeconds)
{
    /// <summary>The --config file, or null.</summary>
    public string ConfigPath { get; init; }
    /// <summary>The --set (and shorthand) overrides in order.</summary>
    public string[] Overrides { get; init; } = System.Array.Empty<string>();
}
