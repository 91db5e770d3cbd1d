using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NodeMqtt.Conformance
{
    /// <summary>
    /// The committed expectations: per telegram, whether it is accepted and which reference assertions
    /// agree. A run regresses when a telegram's acceptance changes or a listed assertion stops agreeing;
    /// new agreements are progress (rewrite the file with --write-expect to keep them).
    /// </summary>
    public static class Expectations
    {
        public static void Write(string path, List<Result> results, bool fixCrc)
        {
            using var stream = File.Create(path);
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteString("note", "Written by tools/Conformance --write-expect over ../shared/meter-corpus (protocol auto" + (fixCrc ? ", --fix-crc" : "") + "). tools/test fails when the acceptance of a telegram changes or an assertion listed under agree stops agreeing.");
            w.WriteStartObject("telegrams");
            foreach (var r in results)
            {
                w.WriteStartObject(r.Id);
                w.WriteBoolean("accepted", r.Run.Accepted);
                if (!r.Run.Accepted) w.WriteString("reason", r.Run.Reason);
                w.WriteStartArray("agree");
                foreach (var c in r.Checks.Where(c => c.Verdict == Conformance.Check.Agree)) w.WriteStringValue(c.Name);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        public static int Check(string path, List<Result> results)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var byId = results.ToDictionary(r => r.Id);
            int regressions = 0;
            foreach (var t in doc.RootElement.GetProperty("telegrams").EnumerateObject())
            {
                if (!byId.TryGetValue(t.Name, out var r))
                {
                    Console.WriteLine("REGRESSION " + t.Name + ": telegram missing from the corpus run");
                    regressions++;
                    continue;
                }

                bool accepted = t.Value.GetProperty("accepted").GetBoolean();
                if (accepted != r.Run.Accepted)
                {
                    Console.WriteLine("REGRESSION " + t.Name + ": expected " + (accepted ? "accepted" : "rejected") + ", was " + (r.Run.Accepted ? "accepted" : "rejected (" + r.Run.Reason + ")"));
                    regressions++;
                    continue;
                }

                foreach (var name in t.Value.GetProperty("agree").EnumerateArray().Select(e => e.GetString()))
                {
                    var c = r.Checks.FirstOrDefault(x => x.Name == name);
                    if (c != null && c.Verdict == Conformance.Check.Agree) continue;
                    Console.WriteLine("REGRESSION " + t.Name + ": " + name + " no longer agrees (" + (c == null ? "no such assertion" : c.Verdict + ", ours " + c.Ours) + ")");
                    regressions++;
                }
            }

            return regressions;
        }
    }
}
