using System;
using System.Collections.Generic;
using System.Text.Json;

namespace NodeMqtt.Timeline;

/// <summary>The parts of a diag document the timeline draws (names as <c>NodeDiagnostics</c> writes them).</summary>
public sealed class DiagDocument
{
    public string Node = "node";
    public long NowMs;
    public long UptimeMs;
    public string LinkState = "";
    public string Summary = "none";
    public string SummaryText = "";
    public int Drops24h;
    public int OutboxQueued;
    public int OutboxHighWater;
    public int Attempts;
    public readonly List<EpisodeView> Episodes = new();

    public sealed class EpisodeView
    {
        public int Number;
        public long StartMs;
        public long EndMs;
        public bool Outage;
        public string Cause = "unknown";
        public string Evidence = "";
        public int Attempts;
        public int Losses;
    }

    /// <summary>Parses <paramref name="json"/>; a document without a <c>link</c> object is refused.</summary>
    public static DiagDocument Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("link", out JsonElement link))
        {
            throw new FormatException("no \"link\" object");
        }

        var d = new DiagDocument
        {
            Node = Str(root, "node", "node"),
            UptimeMs = Num(root, "uptime_ms"),
            LinkState = Str(root, "link_state", ""),
            NowMs = Num(link, "now_ms"),
        };
        if (link.TryGetProperty("counters", out JsonElement c)) d.Attempts = (int)Num(c, "attempts");
        if (link.TryGetProperty("summary", out JsonElement s))
        {
            d.Summary = Str(s, "cause", "none");
            d.SummaryText = Str(s, "text", "");
            d.Drops24h = (int)Num(s, "drops_24h");
        }

        if (root.TryGetProperty("outbox", out JsonElement o))
        {
            d.OutboxQueued = (int)Num(o, "queued");
            d.OutboxHighWater = (int)Num(o, "high_water");
        }

        if (link.TryGetProperty("episodes", out JsonElement eps) && eps.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement e in eps.EnumerateArray())
            {
                d.Episodes.Add(new EpisodeView
                {
                    Number = (int)Num(e, "n"),
                    StartMs = Num(e, "start_ms"),
                    EndMs = Num(e, "end_ms"),
                    Outage = !e.TryGetProperty("outage", out JsonElement ou) || ou.ValueKind != JsonValueKind.False,
                    Cause = Str(e, "cause", "unknown"),
                    Evidence = Str(e, "evidence", ""),
                    Attempts = (int)Num(e, "attempts"),
                    Losses = (int)Num(e, "losses"),
                });
            }
        }

        return d;
    }

    private static long Num(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    private static string Str(JsonElement o, string name, string dflt) =>
        o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : dflt;
}
