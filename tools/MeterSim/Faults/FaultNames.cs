using System;

namespace NodeMqtt.MeterSim.Faults;

/// <summary>Names of <see cref="FaultKinds"/> as written on the command line and in source specs.</summary>
public static class FaultNames
{
    private static readonly string[] Names = { "crc", "drop", "truncate", "glue", "garbage", "oversize" };
    private static readonly FaultKinds[] Kinds = { FaultKinds.Crc, FaultKinds.Drop, FaultKinds.Truncate, FaultKinds.Glue, FaultKinds.Garbage, FaultKinds.Oversize };

    /// <summary>Parses a list such as "crc,glue" (separator ',') or "crc+glue" (separator '+'); "all" and "none" work too.
    /// Throws <see cref="ArgumentException"/> naming the unknown kind.</summary>
    public static FaultKinds Parse(string text, char separator)
    {
        FaultKinds result = FaultKinds.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        foreach (string raw in text.Split(separator))
        {
            string name = raw.Trim().ToLowerInvariant();
            if (name == "all")
            {
                result |= FaultKinds.All;
                continue;
            }

            if (name == "none" || name.Length == 0)
            {
                continue;
            }

            int index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                throw new ArgumentException("unknown fault '" + raw.Trim() + "' (known: " + string.Join(", ", Names) + ", all)");
            }

            result |= Kinds[index];
        }

        return result;
    }

    /// <summary>"crc+glue" style text for <paramref name="kinds"/>.</summary>
    public static string Format(FaultKinds kinds, char separator)
    {
        var parts = new System.Collections.Generic.List<string>();
        for (int i = 0; i < Kinds.Length; i++)
        {
            if ((kinds & Kinds[i]) != 0)
            {
                parts.Add(Names[i]);
            }
        }

        return parts.Count == 0 ? "none" : string.Join(separator, parts);
    }
}
