using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NodeMqtt.Conformance
{
    /// <summary>
    /// nodemqtt-conformance FOLDER [--protocol auto|dsmr5|dsmr22] [--fix-crc] [--expect FILE] [--write-expect FILE] [--quiet]
    /// Runs every telegram of FOLDER/manifest.json through the real MeterReader and prints, per telegram,
    /// accepted or rejected (why) and the reference assertions agreeing / disagreeing / missing, then a
    /// summary. With --expect, exits 1 when a telegram's acceptance changed or a field listed as agreeing
    /// no longer agrees (a regression); --write-expect records the current run as that file.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string folder = null, protocol = "auto", expect = null, write = null, dump = null;
            bool fixCrc = false, quiet = false;
            int fuzz = 0, seed = 1;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--protocol": protocol = args[++i]; break;
                    case "--fix-crc": fixCrc = true; break;
                    case "--expect": expect = args[++i]; break;
                    case "--write-expect": write = args[++i]; break;
                    case "--quiet": quiet = true; break;
                    case "--dump": dump = args[++i]; break;
                    case "--fuzz": fuzz = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "-h":
                    case "--help":
                        Console.WriteLine("usage: nodemqtt-conformance FOLDER [--protocol auto|dsmr5|dsmr22] [--fix-crc] [--expect FILE] [--write-expect FILE] [--quiet] [--dump ID]\n       nodemqtt-conformance [FOLDER] --fuzz N [--seed S]");
                        return 0;
                    default:
                        if (args[i].StartsWith("--") || folder != null) return Usage("unknown argument " + args[i]);
                        folder = args[i];
                        break;
                }
            }

            if (fuzz > 0) return Fuzz.Run(folder, fuzz, seed);
            if (folder == null) return Usage("missing FOLDER");
            string manifestPath = Path.Combine(folder, "manifest.json");
            if (!File.Exists(manifestPath)) return Usage("no manifest.json in " + folder);
            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));

            var results = new List<Result>();
            foreach (var entry in manifest.RootElement.EnumerateArray()) results.Add(Result.Of(folder, entry, protocol, fixCrc));

            foreach (var r in results) r.Print(quiet);
            foreach (var r in results.Where(r => r.Id == dump && r.Run.Accepted)) Dump(r);
            var s = Summary.Of(results);
            s.Print(protocol, fixCrc);

            if (write != null)
            {
                Expectations.Write(write, results, fixCrc);
                Console.WriteLine("expectations written to " + write);
            }

            if (expect == null) return 0;
            int regressions = Expectations.Check(expect, results);
            Console.WriteLine(regressions == 0 ? "no regressions against " + expect : regressions + " regression(s) against " + expect);
            return regressions == 0 ? 0 : 1;
        }

        // Every entry we publish for one telegram, the way a reviewer checks a mapping by eye.
        private static void Dump(Result r)
        {
            var reading = r.Run.Reading;
            Console.WriteLine("== " + r.Id + ": " + reading.Count + " entries, header " + reading.Header);
            for (int i = 0; i < reading.Count; i++)
            {
                var f = reading.FieldAt(i);
                string value = f.Kind == NodeMqtt.Meter.FieldKind.Text ? "\"" + reading.TextAt(i) + "\""
                    : f.Kind == NodeMqtt.Meter.FieldKind.List ? reading.ItemCount(i) + " items"
                    : reading.NumberAt(i).ToString("R", CultureInfo.InvariantCulture) + (f.Unit != null ? " " + f.Unit : "");
                Console.WriteLine($"   {f.Obis,-14} {f.Key,-36} {value}" + (reading.TimeAt(i) != 0 ? " @" + DateTimeOffset.FromUnixTimeMilliseconds(reading.TimeAt(i)).ToString("u", CultureInfo.InvariantCulture) : ""));
                for (int k = 0; k < reading.ItemCount(i); k++)
                {
                    Console.WriteLine($"      [{k}] {DateTimeOffset.FromUnixTimeMilliseconds(reading.ItemTime(i, k)).ToString("u", CultureInfo.InvariantCulture)} {reading.ItemNumber(i, k).ToString("R", CultureInfo.InvariantCulture)}");
                }
            }
        }

        private static int Usage(string problem)
        {
            Console.Error.WriteLine("nodemqtt-conformance: " + problem + " (--help for usage)");
            return 2;
        }
    }
}
