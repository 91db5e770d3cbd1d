using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NodeMqtt.Scenarios;

/// <summary>What a scenario run reports: named figures, printed and written to a results file.</summary>
public sealed class ScenarioResult
{
    public ScenarioResult(string name) => Name = name;

    public string Name { get; }

    public Dictionary<string, object> Figures { get; } = new();

    public List<string> Notes { get; } = new();

    public bool Passed { get; set; } = true;

    public void Figure(string key, object value)
    {
        Figures[key] = value;
        Console.WriteLine($"figure {Name}.{key} = {Format(value)}");
    }

    public void Note(string text)
    {
        Notes.Add(text);
        Console.WriteLine($"note {Name}: {text}");
    }

    public void Check(bool ok, string what)
    {
        Console.WriteLine($"{(ok ? "pass" : "FAIL")} {Name}: {what}");
        if (!ok) Passed = false;
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)));
        var doc = new { scenario = Name, passed = Passed, figures = Figures, notes = Notes, at_utc = DateTime.UtcNow.ToString("o") };
        File.WriteAllText(path, JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"results written to {path}");
    }

    private static string Format(object v) => v switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IEnumerable<long> xs => "[" + string.Join(", ", xs) + "]",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };

    /// <summary>The p-th percentile (nearest rank) of <paramref name="values"/>.</summary>
    public static long Percentile(IReadOnlyList<long> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return -1;
        int rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
