using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// Loads <see cref="NodeConfig"/> and <see cref="BoardConfig"/> from a JSON file and <c>key=value</c> overrides.
/// Node keys go through Core's one key table (<see cref="NodeConfigKeys"/>, shared with the device's config
/// file and the <c>set</c> command); <c>board.*</c> keys, and node fields the table does not know yet, are the
/// public fields of the config classes in snake_case, found by reflection. Unknown keys and wrong types are
/// errors that name the key; nothing is silently ignored, and no error shows a secret's value (issue 12).
/// </summary>
public static class ConfigLoader
{
    public static void LoadFile(string path, NodeConfig node, BoardConfig board)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read config file {path}: {e.Message}");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{path}: not valid JSON ({e.Message})");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{path}: the top level must be an object");
            }

            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                if (prop.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var inner in prop.Value.EnumerateObject())
                    {
                        string key = prop.Name + "." + inner.Name;
                        if (prop.Name != "board" && TrySetFromTable(node, key, inner.Value)) continue;
                        Assign(Section(node, board, prop.Name), key, inner.Name, inner.Value);
                    }
                }
                else
                {
                    if (TrySetFromTable(node, prop.Name, prop.Value)) continue;
                    Assign(node, prop.Name, prop.Name, prop.Value);
                }
            }
        }
    }

    /// <summary>Applies one <c>section.key=value</c> override (value parsed by the field's type).</summary>
    public static void ApplyOverride(string assignment, NodeConfig node, BoardConfig board)
    {
        int eq = assignment.IndexOf('=');
        if (eq <= 0)
        {
            throw new ConfigException($"--set {assignment}: expected key=value, e.g. mqtt.port=1884");
        }

        string key = assignment.Substring(0, eq).Trim();
        string value = assignment.Substring(eq + 1);
        if (!key.StartsWith("board.", StringComparison.Ordinal) && NodeConfigKeys.Get(node, key) != NodeConfigKeys.Unknown)
        {
            string error = NodeConfigKeys.TrySet(node, key, value);
            if (error != null) throw new ConfigException("config: " + error);
            return;
        }

        int dot = key.IndexOf('.');
        object target = dot < 0 ? node : Section(node, board, key.Substring(0, dot));
        string name = dot < 0 ? key : key.Substring(dot + 1);
        FieldInfo f = Field(target, key, name);
        f.SetValue(target, ParseText(key, f.FieldType, value));
    }

    // True when the table knows the key and took the value; throws its one-line error when it refused it.
    private static bool TrySetFromTable(NodeConfig node, string key, JsonElement value)
    {
        if (NodeConfigKeys.Get(node, key) == NodeConfigKeys.Unknown) return false;
        string text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => string.Empty,
            _ => throw new ConfigException($"config: {key}: must be a single value, not {(value.ValueKind == JsonValueKind.Array ? "a list" : "an object")}"),
        };
        string error = NodeConfigKeys.TrySet(node, key, text);
        if (error != null) throw new ConfigException("config: " + error);
        return true;
    }

    private static object Section(NodeConfig node, BoardConfig board, string name)
    {
        if (name == "board") return board;
        FieldInfo f = Field(node, name, name);
        if (f.FieldType.IsPrimitive || f.FieldType == typeof(string))
        {
            throw new ConfigException($"config: '{name}' is a setting, not a section");
        }

        return f.GetValue(node);
    }

    private static FieldInfo Field(object target, string fullKey, string snakeName)
    {
        foreach (var f in target.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ToSnake(f.Name) == snakeName) return f;
        }

        throw new ConfigException($"config: unknown key '{fullKey}'{Suggest(target, snakeName)}");
    }

    private static string Suggest(object target, string name)
    {
        string best = null;
        int bestDistance = 4;
        foreach (var f in target.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            string candidate = ToSnake(f.Name);
            int d = Distance(candidate, name);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return best == null ? string.Empty : $" (did you mean '{best}'?)";
    }

    private static void Assign(object target, string fullKey, string name, JsonElement value)
    {
        FieldInfo f = Field(target, fullKey, name);
        Type t = f.FieldType;
        object v;
        if (t == typeof(string))
        {
            v = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                _ => throw WrongType(fullKey, "a string", value),
            };
        }
        else if (t == typeof(bool))
        {
            v = value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw WrongType(fullKey, "true or false", value),
            };
        }
        else if (t == typeof(int) || t == typeof(long))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long n))
            {
                throw WrongType(fullKey, "a whole number", value);
            }

            v = t == typeof(int) ? (object)ToInt(fullKey, n) : n;
        }
        else if (t == typeof(double))
        {
            if (value.ValueKind != JsonValueKind.Number) throw WrongType(fullKey, "a number", value);
            v = value.GetDouble();
        }
        else
        {
            throw new ConfigException($"config: '{fullKey}' is a section; give it an object");
        }

        f.SetValue(target, v);
    }

    private static object ParseText(string key, Type t, string text)
    {
        if (t == typeof(string)) return text.Length == 0 || text == "null" ? null : text;
        if (t == typeof(bool))
        {
            if (text == "true") return true;
            if (text == "false") return false;
            throw new ConfigException($"config: {key} must be true or false, got \"{NodeConfigKeys.Shown(key, text)}\"");
        }

        if (t == typeof(int) || t == typeof(long))
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
            {
                throw new ConfigException($"config: {key} must be a whole number, got \"{NodeConfigKeys.Shown(key, text)}\"");
            }

            if (t == typeof(int)) return ToInt(key, n);
            return n;
        }

        if (t == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        throw new ConfigException($"config: {key} cannot be set from \"{NodeConfigKeys.Shown(key, text)}\"");
    }

    private static int ToInt(string key, long n)
    {
        if (n < int.MinValue || n > int.MaxValue) throw new ConfigException($"config: {key} is out of range ({n})");
        return (int)n;
    }

    private static ConfigException WrongType(string key, string expected, JsonElement got)
    {
        // Never the raw JSON: it may be a secret, or span several lines (issue 12).
        string shown = got.ValueKind is JsonValueKind.Array or JsonValueKind.Object ? (got.ValueKind == JsonValueKind.Array ? "a list" : "an object") : NodeConfigKeys.Shown(key, got.GetRawText());
        return new ConfigException($"config: {key} must be {expected}, got {shown}");
    }

    /// <summary><c>KeepAliveSeconds</c> → <c>keep_alive_seconds</c>.</summary>
    public static string ToSnake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
