using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NodeMqtt.Conformance
{
    /// <summary>One manifest entry: the run, the CRC as sent, the reference checks and their verdicts.</summary>
    public sealed class Result
    {
        public string Id;
        public string Crc;        // none, good, wrong (as sent in the file)
        public bool? RefCrcValid; // what the suite says, when it says
        public int WrongCrcTelegrams; // telegrams in the file whose CRC trailer is wrong (computed here)
        public TelegramRun Run;
        public List<Check> Checks = new List<Check>();

        public int Count(string verdict) { return Checks.Count(c => c.Verdict == verdict); }

        public static Result Of(string folder, JsonElement entry, string protocol, bool fixCrc)
        {
            var r = new Result { Id = entry.GetProperty("id").GetString() };
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder, entry.GetProperty("file").GetString()));
            r.Crc = TelegramRun.CrcState(bytes);
            r.WrongCrcTelegrams = TelegramRun.WrongCrcCount(bytes);
            if (fixCrc && r.Crc == "wrong") bytes = TelegramRun.FixCrc(bytes);
            r.Run = TelegramRun.Of(bytes, protocol);
            JsonElement expected = entry.TryGetProperty("expected", out var e) ? e : default;
            r.RefCrcValid = ReferenceMap.CrcValid(expected);
            r.Checks = ReferenceMap.For(expected, System.Text.Encoding.Latin1.GetString(bytes).Contains("0-0:1.0.0("));
            if (r.Run.Accepted)
            {
                foreach (var c in r.Checks) c.Evaluate(r.Run.Reading);
            }

            return r;
        }

        public void Print(bool quiet)
        {
            string state = Run.Accepted ? "accepted" : "REJECTED (" + Run.Reason + ")";
            string refs = Checks.Count == 0 ? "no reference values"
                : !Run.Accepted ? Checks.Count + " reference assertions not evaluated"
                : $"agree {Count(Check.Agree)}, disagree {Count(Check.Disagree)}, missing {Count(Check.Missing)}, unmapped {Count(Check.Unmapped)}";
            Console.WriteLine($"{Id,-55} crc {Crc,-5} {state,-12} {refs}" + (Run.Accepted ? $"  [{Run.Reading.Count} values, {Run.MalformedLines} malformed, {Run.UnknownLines} by OBIS key]" : ""));
            if (quiet || !Run.Accepted) return;
            foreach (var c in Checks.Where(c => c.Verdict == Check.Disagree || c.Verdict == Check.Missing))
            {
                Console.WriteLine($"    {c.Verdict,-8} {c.Name}: reference {c.Expected.GetRawText()}, ours {c.Ours ?? "(none)"}");
            }
        }
    }
}
