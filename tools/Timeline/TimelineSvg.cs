using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security;
using System.Text;

namespace NodeMqtt.Timeline;

/// <summary>
/// Draws a <see cref="DiagDocument"/>: one time axis from the oldest episode (or boot) to the document's time; green
/// where the node was online (between outages), a bar per outage coloured by its cause, a tick per connect attempt,
/// findings as diamonds, and the outbox depth and verdict summary beside it. Plain SVG, no script, no fonts needed.
/// </summary>
public static class TimelineSvg
{
    private const int Width = 960, Left = 40, Right = 20, AxisY = 110, BarY = 70, BarH = 30;

    private static readonly Dictionary<string, string> Colours = new()
    {
        ["takeover"] = "#d62728", ["broker-restart"] = "#ff7f0e", ["wifi-loss"] = "#1f77b4", ["auth-refused"] = "#9467bd",
        ["dns-failure"] = "#8c564b", ["idle-black-hole"] = "#7f7f7f", ["black-hole"] = "#404040", ["regular-interval"] = "#bcbd22",
        ["connection-reset"] = "#e377c2", ["message-too-large"] = "#17becf", ["broker-busy"] = "#aec7e8", ["not-listening"] = "#ffbb78",
        ["publish-denied"] = "#c5b0d5", ["subscribe-denied"] = "#c49c94", ["after-burst"] = "#dbdb8d",
    };

    public static string ColourOf(string cause) =>
        cause.StartsWith("tls-", StringComparison.Ordinal) ? "#2ca02c" : Colours.TryGetValue(cause, out string c) ? c : "#b0b0b0";

    public static string Render(DiagDocument d)
    {
        long t1 = Math.Max(d.NowMs, 1);
        long t0 = Math.Max(0, d.NowMs - Math.Max(d.UptimeMs, 1));
        foreach (var e in d.Episodes) t0 = Math.Min(t0, e.StartMs);
        double span = Math.Max(1, t1 - t0);
        double X(long t) => Left + (Width - Left - Right) * (Math.Clamp(t, t0, t1) - t0) / span;

        var sb = new StringBuilder();
        sb.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{190 + 16 * d.Episodes.Count}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        sb.Append($"<title>{Esc(d.Node)} link timeline</title>\n");
        sb.Append(Invariant($"<text x=\"{Left}\" y=\"20\" font-size=\"15\">{Esc(d.Node)}: link {Esc(d.LinkState)}, now: {Esc(d.Summary)}, drops in 24 h: {d.Drops24h}, outbox {d.OutboxQueued} queued (high water {d.OutboxHighWater})</text>\n"));
        sb.Append(Invariant($"<text x=\"{Left}\" y=\"40\" fill=\"#555\">{Esc(d.SummaryText)}</text>\n"));
        // Online everywhere first; outages are drawn over it.
        sb.Append(Invariant($"<rect class=\"session\" x=\"{X(t0):F1}\" y=\"{BarY}\" width=\"{X(t1) - X(t0):F1}\" height=\"{BarH}\" fill=\"#98df8a\"/>\n"));
        foreach (var e in d.Episodes)
        {
            long end = e.EndMs < 0 ? t1 : e.EndMs;
            string colour = ColourOf(e.Cause);
            if (e.Outage)
            {
                double w = Math.Max(2, X(end) - X(e.StartMs));
                sb.Append(Invariant($"<rect class=\"outage\" data-cause=\"{Esc(e.Cause)}\" x=\"{X(e.StartMs):F1}\" y=\"{BarY}\" width=\"{w:F1}\" height=\"{BarH}\" fill=\"{colour}\"><title>#{e.Number} {Esc(e.Cause)}: {Esc(e.Evidence)}</title></rect>\n"));
                // Attempts spread over the outage (the episode keeps their count, not each time: bounded memory).
                int ticks = Math.Min(e.Attempts, 60);
                for (int i = 0; i < ticks; i++)
                {
                    double x = X(e.StartMs) + w * (i + 1) / (ticks + 1);
                    sb.Append(Invariant($"<line class=\"attempt\" x1=\"{x:F1}\" y1=\"{BarY + BarH}\" x2=\"{x:F1}\" y2=\"{BarY + BarH + 6}\" stroke=\"#333\"/>\n"));
                }
            }
            else
            {
                double x = X(e.StartMs);
                sb.Append(Invariant($"<path class=\"finding\" data-cause=\"{Esc(e.Cause)}\" d=\"M{x:F1},{BarY - 10} l6,6 l-6,6 l-6,-6 z\" fill=\"{colour}\"><title>{Esc(e.Cause)}: {Esc(e.Evidence)}</title></path>\n"));
            }
        }

        sb.Append(Invariant($"<line x1=\"{Left}\" y1=\"{AxisY}\" x2=\"{Width - Right}\" y2=\"{AxisY}\" stroke=\"#000\"/>\n"));
        for (int i = 0; i <= 4; i++)
        {
            long t = t0 + (long)(span * i / 4);
            sb.Append(Invariant($"<text x=\"{X(t):F1}\" y=\"{AxisY + 16}\" text-anchor=\"middle\">{Seconds(t - t1)}</text>\n"));
        }

        int y = 150;
        foreach (var e in d.Episodes)
        {
            sb.Append(Invariant($"<rect x=\"{Left}\" y=\"{y - 10}\" width=\"10\" height=\"10\" fill=\"{ColourOf(e.Cause)}\"/>"));
            sb.Append(Invariant($"<text x=\"{Left + 16}\" y=\"{y}\">#{e.Number} {Esc(e.Cause)}{(e.Outage ? $", {(Math.Max(0, (e.EndMs < 0 ? t1 : e.EndMs) - e.StartMs)) / 1000} s, {e.Attempts} attempts" : "")}: {Esc(e.Evidence)}</text>\n"));
            y += 16;
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Seconds(long ms) => ms == 0 ? "now" : (ms / 1000).ToString(CultureInfo.InvariantCulture) + " s";

    private static string Esc(string s) => SecurityElement.Escape(s ?? "");

    private static string Invariant(FormattableString f) => f.ToString(CultureInfo.InvariantCulture);
}
