using System;
using System.Collections.Generic;
using System.Net;

namespace NodeMqtt.FaultProxy;

/// <summary>The CLI's options: <c>--listen A:P --upstream A:P [--mode SPEC] [--control A:P]</c>.</summary>
internal sealed class CommandLineOptions
{
    public const string Usage =
        "usage: nodemqtt-faultproxy --listen 127.0.0.1:PORT --upstream 127.0.0.1:PORT [--mode SPEC] [--control 127.0.0.1:PORT]\n" +
        "  SPEC: pass | blackhole | close | reset | refuse | latency MS | slice BYTES [GAP_MS]\n" +
        "  stdin (and the control port) take: mode SPEC, status, help, quit";

    public IPEndPoint Listen { get; private set; }

    public IPEndPoint Upstream { get; private set; }

    public IPEndPoint Control { get; private set; }

    public string Mode { get; private set; } = "pass";

    public bool Help { get; private set; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CommandLineOptions();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h":
                case "--help":
                    options.Help = true;
                    return options;
                case "--listen":
                    options.Listen = LoopbackGuard.Parse(ValueOf(args, ref i), "--listen");
                    break;
                case "--upstream":
                    options.Upstream = LoopbackGuard.Parse(ValueOf(args, ref i), "--upstream");
                    break;
                case "--control":
                    options.Control = LoopbackGuard.Parse(ValueOf(args, ref i), "--control");
                    break;
                case "--mode":
                    // The spec may be one quoted word ("latency 200") or run on until the next option.
                    var words = new List<string> { ValueOf(args, ref i) };
                    while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        words.Add(args[++i]);
                    }

                    options.Mode = string.Join(" ", words);
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (options.Listen == null || options.Upstream == null)
        {
            throw new ArgumentException("--listen and --upstream are required");
        }

        return options;
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }

        return args[++i];
    }
}
