using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodeMqtt.Meter;

namespace NodeMqtt.MeterBench
{
    /// <summary>
    /// <c>decode FILE [--protocol P] [--key HEX] [--auth-key HEX]</c>: runs a capture (raw bytes, or hex text
    /// as the public HAN examples print them, whitespace and 0x prefixes ignored) through MeterReader and
    /// prints every reading as key = value lines, then the reader's counters and problem. For checking real
    /// frames from public sources against the decoder.
    /// </summary>
    public static class DlmsDecode
    {
        private sealed class Printer : IReadingSink
        {
            public int Readings;

            public void OnReading(Reading reading, long nowMs)
            {
                Readings++;
                Console.WriteLine($"reading #{Readings}: {reading.Count} entries" + (reading.MeterTimeUtcMs != 0
                    ? ", meter time " + DateTimeOffset.FromUnixTimeMilliseconds(reading.MeterTimeUtcMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : ""));
                for (int i = 0; i < reading.Count; i++)
                {
                    MeterField f = reading.FieldAt(i);
                    string value = reading.TextAt(i) ?? reading.NumberAt(i).ToString("R", CultureInfo.InvariantCulture);
                    Console.WriteLine($"  {f.Key,-34} = {value} {f.Unit}");
                }
            }
        }

        /// <summary>Exit code 0 when at least one reading came out.</summary>
        public static int Run(string[] args)
        {
            if (args.Length < 2) return Usage();
            var config = new MeterConfig();
            for (int i = 2; i < args.Length; i++)
            {
                if (args[i] == "--protocol" && i + 1 < args.Length) config.Protocol = args[++i];
                else if (args[i] == "--key" && i + 1 < args.Length) config.Key = args[++i];
                else if (args[i] == "--auth-key" && i + 1 < args.Length) config.AuthKey = args[++i];
                else return Usage();
            }

            string error = config.Validate();
            if (error != null)
            {
                Console.Error.WriteLine("decode: " + error);
                return 2;
            }

            byte[] bytes = Load(args[1]);
            var printer = new Printer();
            var reader = new MeterReader(config, printer, null);
            reader.Push(bytes, 0, bytes.Length, 0);
            reader.Tick(100_000);
            Console.WriteLine($"{bytes.Length} bytes: frames ok {reader.TelegramsOk}, checksum failures {reader.CrcFailures}, truncated {reader.Truncated}, " +
                              $"oversize {reader.Oversize}, decrypt failures {reader.DecryptFailures}, readings {reader.ReadingsDelivered}" +
                              (reader.Dlms != null ? ", input " + reader.Dlms.ModeName : "") + (reader.Problem != null ? ", problem: " + reader.Problem : ""));
            if (reader.Dlms != null && reader.Dlms.Decoder != null)
            {
                var d = reader.Dlms.Decoder;
                Console.WriteLine($"decoder: notifications {d.Notifications}, malformed {d.Malformed}, unsupported {d.Unsupported}, " +
                                  $"unknown objects {d.Mapper.UnknownObjects}, bad values {d.Mapper.BadValues}");
            }

            return printer.Readings > 0 ? 0 : 1;
        }

        // Hex text when every byte is a hex digit, whitespace, ':' or part of a 0x prefix; raw bytes otherwise.
        private static byte[] Load(string path)
        {
            byte[] raw = File.ReadAllBytes(path);
            var hex = new StringBuilder();
            string text = Encoding.Latin1.GetString(raw).Replace("0x", " ").Replace("0X", " ");
            foreach (char c in text)
            {
                if (Uri.IsHexDigit(c)) hex.Append(c);
                else if (!char.IsWhiteSpace(c) && c != ':' && c != ',' && c != '-') return raw;
            }

            if (hex.Length == 0 || hex.Length % 2 != 0) return raw;
            return Convert.FromHexString(hex.ToString());
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: nodemqtt-meterbench decode FILE [--protocol auto|dlms|dlms-mbus|smarty|dsmr5] [--key HEX] [--auth-key HEX]");
            return 2;
        }
    }
}
