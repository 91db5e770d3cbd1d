using System;
using System.IO;
using System.Text.Json;

namespace NodeMqtt.Timeline;

/// <summary><c>nodemqtt-timeline [diag.json|-] [-o out.svg]</c>: a diag document in, an SVG timeline out.</summary>
internal static class Program
{
    private const string Usage = "usage: nodemqtt-timeline [DIAG.json | -] [-o OUT.svg]\n" +
                                 "  reads a node's diag document (the board's `diag` command or the MQTT diag topic)\n" +
                                 "  and writes an SVG timeline: sessions, outages coloured by cause, attempts, outbox depth";

    private static int Main(string[] args)
    {
        string input = "-", output = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help") { Console.WriteLine(Usage); return 0; }
            if (args[i] == "-o" && i + 1 < args.Length) output = args[++i];
            else input = args[i];
        }

        string text;
        try
        {
            text = input == "-" ? Console.In.ReadToEnd() : File.ReadAllText(input);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("timeline: cannot read " + input + ": " + e.Message);
            return 2;
        }

        string svg;
        try
        {
            svg = TimelineSvg.Render(DiagDocument.Parse(text));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            Console.Error.WriteLine("timeline: not a diag document: " + e.Message);
            return 2;
        }

        if (output == null) Console.Write(svg);
        else File.WriteAllText(output, svg);
        return 0;
    }
}
