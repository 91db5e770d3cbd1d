using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace NodeMqtt.Tests.HostOnly.Meter
{
    /// <summary>
    /// The golden telegrams of firmware.tests/Shared/Meter/GoldenTelegrams.cs, read from that source file.
    /// This project does not compile the shared test source (its .csproj is not the meter's to change), so
    /// the literals are read from the file the compiler saw, located through [CallerFilePath]; the same
    /// literals are then used by every test, tool and simulator.
    /// </summary>
    public static class GoldenSource
    {
        private static readonly Lazy<Dictionary<string, string>> Telegrams = new Lazy<Dictionary<string, string>>(Load);

        /// <summary>Name → telegram text, in file order.</summary>
        public static IReadOnlyDictionary<string, string> All => Telegrams.Value;

        /// <summary>One telegram by constant name.</summary>
        public static string Get(string name) => Telegrams.Value[name];

        private static Dictionary<string, string> Load() => Parse(File.ReadAllText(PathOfGoldens()));

        private static string PathOfGoldens([CallerFilePath] string here = "")
        {
            string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Shared", "Meter", "GoldenTelegrams.cs"));
            if (!File.Exists(path)) throw new FileNotFoundException("golden telegrams source not found", path);
            return path;
        }

        // Reads `public const string Name =` followed by "..." + "..." ; literals with \r \n \\ \" escapes.
        internal static Dictionary<string, string> Parse(string source)
        {
            var result = new Dictionary<string, string>();
            const string marker = "public const string ";
            int at = 0;
            while ((at = source.IndexOf(marker, at, StringComparison.Ordinal)) >= 0)
            {
                int nameStart = at + marker.Length;
                int eq = source.IndexOf('=', nameStart);
                string name = source.Substring(nameStart, eq - nameStart).Trim();
                int end = source.IndexOf(';', eq);
                var text = new StringBuilder();
                int i = eq + 1;
                while (i < end)
                {
                    if (source[i] != '"')
                    {
                        i++;
                        continue;
                    }

                    i++;
                    while (source[i] != '"')
                    {
                        char c = source[i++];
                        if (c != '\\')
                        {
                            text.Append(c);
                            continue;
                        }

                        char e = source[i++];
                        text.Append(e switch { 'r' => '\r', 'n' => '\n', '\\' => '\\', '"' => '"', _ => throw new FormatException("escape \\" + e) });
                    }

                    i++;
                    end = source.IndexOf(';', i); // a ';' inside a literal moved the end; look again after it
                }

                result[name] = text.ToString();
                at = end;
            }

            return result;
        }
    }
}
