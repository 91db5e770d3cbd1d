using NodeMqtt.Diagnostics;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// The drop timeline of the status page as inline SVG (issue 14): the last hour (or since boot when shorter) as
    /// one bar, green while online and a rect per outage coloured by its cause, with a title per rect (cause,
    /// duration, evidence), a time axis and a legend of the causes shown. Written straight to the
    /// <see cref="PageWriter"/>: whole-number coordinates in a fixed viewBox, nothing built in memory first.
    /// </summary>
    public static class StatusTimeline
    {
        /// <summary>The window the bar shows at most (ms).</summary>
        public const long WindowMs = 3600000;
        /// <summary>Colour of online time (the same as the host timeline tool's).</summary>
        public const string OnlineColour = "#98df8a";

        private const int Width = 480;
        private const int Left = 10;
        private const int BarWidth = 460;
        private const int BarY = 6;
        private const int BarHeight = 24;

        // Indexed by DropCause; the host tool's (tools/Timeline) choices, except that TLS causes are not green
        // here: on a bar whose online part is green a green outage would not show.
        private static readonly string[] Colours =
        {
            "#98df8a", "#b0b0b0", "#d62728", "#7f7f7f", "#ff7f0e", "#1f77b4", "#9467bd", "#8c564b", "#dbdb8d",
            "#bcbd22", "#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#7b4173", "#e377c2", "#17becf", "#aec7e8",
            "#ffbb78", "#c5b0d5", "#c49c94", "#404040"
        };

        /// <summary>The fill colour of an outage with verdict <paramref name="cause"/>.</summary>
        public static string ColourOf(DropCause cause)
        {
            int i = (int)cause;
            return i >= 0 && i < Colours.Length ? Colours[i] : Colours[(int)DropCause.Unknown];
        }

        /// <summary>Writes the SVG for <paramref name="log"/>'s outages that overlap the window ending at
        /// <paramref name="nowMs"/>; <paramref name="uptimeMs"/> shortens the window after a recent boot.</summary>
        public static void Render(PageWriter w, EpisodeLog log, long nowMs, long uptimeMs)
        {
            long spanMs = uptimeMs < WindowMs ? uptimeMs : WindowMs;
            if (spanMs < 1000) spanMs = 1000;
            long fromMs = nowMs - spanMs;
            w.Raw("<svg id=\"drop-timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Number(Width)
                .Raw(" 76\" width=\"100%\" style=\"max-width:").Number(Width).Raw("px\" font-family=\"sans-serif\" font-size=\"12\">");
            w.Raw("<rect class=\"online\" x=\"").Number(Left).Raw("\" y=\"").Number(BarY).Raw("\" width=\"").Number(BarWidth)
                .Raw("\" height=\"").Number(BarHeight).Raw("\" fill=\"").Raw(OnlineColour).Raw("\"><title>online</title></rect>");
            int drawn = 0;
            for (int i = 0; i < log.Count; i++)
            {
                Episode e = log.At(i);
                if (!Shown(e, fromMs, nowMs)) continue;
                Outage(w, e, fromMs, spanMs, nowMs);
                drawn++;
            }

            Axis(w, spanMs);
            Legend(w, log, fromMs, nowMs, drawn);
            w.Raw("</svg>");
        }

        private static bool Shown(Episode e, long fromMs, long nowMs)
        {
            long end = e.EndMs < 0 ? nowMs : e.EndMs;
            return e.Outage && end >= fromMs && e.StartMs <= nowMs;
        }

        private static void Outage(PageWriter w, Episode e, long fromMs, long spanMs, long nowMs)
        {
            long end = e.EndMs < 0 ? nowMs : e.EndMs;
            int x0 = X(e.StartMs, fromMs, spanMs);
            int x1 = X(end, fromMs, spanMs);
            int width = x1 - x0 < 2 ? 2 : x1 - x0;
            string cause = DropCauseNames.Of(e.Verdict);
            w.Raw("<rect class=\"outage\" data-cause=\"").Raw(cause).Raw("\" x=\"").Number(x0).Raw("\" y=\"").Number(BarY)
                .Raw("\" width=\"").Number(width).Raw("\" height=\"").Number(BarHeight).Raw("\" fill=\"").Raw(ColourOf(e.Verdict))
                .Raw("\"><title>").Text(cause).Raw(" (").Text(DropCauseNames.Describe(e.Verdict)).Raw("), ");
            Duration(w, e.DurationMs(nowMs));
            if (e.IsOpen) w.Raw(" so far");
            w.Raw(", ").Number(e.Attempts).Raw(e.Attempts == 1 ? " attempt: " : " attempts: ").Text(e.Evidence).Raw("</title></rect>");
        }

        private static void Axis(PageWriter w, long spanMs)
        {
            int y = BarY + BarHeight + 16;
            long minutes = spanMs / 60000;
            w.Raw("<g class=\"axis\" fill=\"#333\"><text x=\"").Number(Left).Raw("\" y=\"").Number(y).Raw("\">");
            if (minutes > 0) w.Number(minutes).Raw(" min ago");
            else w.Number(spanMs / 1000).Raw(" s ago");
            if (spanMs < WindowMs) w.Raw(" (boot)");
            w.Raw("</text>");
            if (minutes >= 2)
            {
                w.Raw("<text x=\"").Number(Left + BarWidth / 2).Raw("\" y=\"").Number(y).Raw("\" text-anchor=\"middle\">")
                    .Number(minutes / 2).Raw(" min ago</text>");
            }

            w.Raw("<text x=\"").Number(Left + BarWidth).Raw("\" y=\"").Number(y).Raw("\" text-anchor=\"end\">now</text></g>");
        }

        // One line: a swatch and the name of each cause drawn, in cause order; "no drops" when none was.
        private static void Legend(PageWriter w, EpisodeLog log, long fromMs, long nowMs, int drawn)
        {
            int y = BarY + BarHeight + 36;
            if (drawn == 0)
            {
                w.Raw("<text class=\"legend\" x=\"").Number(Left).Raw("\" y=\"").Number(y).Raw("\">no drops</text>");
                return;
            }

            int x = Left;
            for (int c = 1; c < DropCauseNames.Count; c++)
            {
                if (!Present(log, (DropCause)c, fromMs, nowMs)) continue;
                string name = DropCauseNames.Of((DropCause)c);
                // One line only: what does not fit is in the titles of the rects anyway.
                if (x + 14 + 7 * name.Length > Width)
                {
                    w.Raw("<text class=\"legend\" x=\"").Number(x).Raw("\" y=\"").Number(y).Raw("\">&#8230;</text>");
                    return;
                }

                w.Raw("<rect x=\"").Number(x).Raw("\" y=\"").Number(y - 10).Raw("\" width=\"10\" height=\"10\" fill=\"")
                    .Raw(ColourOf((DropCause)c)).Raw("\"/><text class=\"legend\" x=\"").Number(x + 14).Raw("\" y=\"").Number(y)
                    .Raw("\">").Text(name).Raw("</text>");
                // About 6.5 units a character at this font size: the names are short and fixed.
                x += 14 + 7 * name.Length + 16;
            }
        }

        private static bool Present(EpisodeLog log, DropCause cause, long fromMs, long nowMs)
        {
            for (int i = 0; i < log.Count; i++)
            {
                Episode e = log.At(i);
                if (e.Verdict == cause && Shown(e, fromMs, nowMs)) return true;
            }

            return false;
        }

        private static int X(long tMs, long fromMs, long spanMs)
        {
            if (tMs < fromMs) tMs = fromMs;
            if (tMs > fromMs + spanMs) tMs = fromMs + spanMs;
            return Left + (int)((tMs - fromMs) * BarWidth / spanMs);
        }

        private static void Duration(PageWriter w, long ms)
        {
            long s = ms / 1000;
            if (s >= 3600) w.Number(s / 3600).Raw(" h ").Number(s / 60 % 60).Raw(" min");
            else if (s >= 60) w.Number(s / 60).Raw(" min ").Number(s % 60).Raw(" s");
            else w.Number(s).Raw(" s");
        }
    }
}
