using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Telemetry;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// The status page on the LAN: link state, the last drop and its cause in words, meter health, outbox depth,
    /// counters, the drop timeline as a picture (<see cref="StatusTimeline"/>) and the recent link events as a list. Read straight from the node's
    /// counters while writing: nothing is collected first.
    /// </summary>
    public static class StatusPage
    {
        private const int TimelineRows = 16;

        /// <summary>Writes the page; <paramref name="node"/> null means the device is in setup mode only.</summary>
        public static void Render(PageWriter w, Node node, string nodeId, long nowMs, long freeMemoryBytes)
        {
            PageLayout.Begin(w, "Status", nodeId, true);
            if (node == null)
            {
                w.Raw("<p id=\"link-state\">The node is not running: it is in setup mode. <a href=\"/setup\">Set it up</a>.</p>");
                PageLayout.End(w);
                return;
            }

            LinkCounters c = node.Supervisor.Diagnostics.Counters;
            w.Raw("<table>");
            Row(w, "Link", "link-state").Text(node.Supervisor.StateName).Raw(", session ").Number(node.Supervisor.SessionNumber).Raw("</td></tr>");
            Row(w, "Broker", "broker").Text(node.Supervisor.Options.Host).Raw(":").Number(node.Supervisor.Options.Port)
                .Raw(node.Supervisor.Options.Tls ? " (TLS)" : string.Empty).Raw("</td></tr>");
            Row(w, "Last drop", "drop-cause").Text(node.LastDropCause(nowMs)).Raw("</td></tr>");
            Row(w, "Uptime", "uptime").Number(node.UptimeMs(nowMs) / 1000).Raw(" s</td></tr>");
            if (freeMemoryBytes >= 0) Row(w, "Free memory", "free-memory").Number(freeMemoryBytes).Raw(" B</td></tr>");
            Row(w, "Meter", "meter-health").Text(node.MeterHealth.Describe(nowMs)).Raw("</td></tr>");
            Row(w, "Telegrams", "telegrams").Number(node.Meter.TelegramsOk).Raw(" ok, ").Number(node.Meter.CrcFailures).Raw(" CRC errors, ")
                .Number(node.Meter.Truncated).Raw(" truncated, ").Number(node.Meter.Oversize).Raw(" oversize</td></tr>");
            OutboxCounters o = node.Outbox.Counters;
            Row(w, "Outbox", "outbox").Number(node.Outbox.Count).Raw(" queued (").Number(node.Outbox.Bytes).Raw(" B), high water ")
                .Number(o.HighWaterCount).Raw(", delivered ").Number(o.Delivered).Raw(", dropped ").Number(o.DroppedFull + o.DroppedAge).Raw("</td></tr>");
            Row(w, "Connections", "counters").Number(c.Attempts).Raw(" attempts, ").Number(c.Connects).Raw(" connects, ").Number(c.Drops)
                .Raw(" drops, ").Number(c.ProbeFailures).Raw(" probe failures, ").Number(c.Takeovers).Raw(" takeovers, ")
                .Number(c.WifiReconnects).Raw(" Wi-Fi reconnects, ").Number(c.Reboots).Raw(" reboots</td></tr>");
            w.Raw("</table>");
            w.Raw("<h3>Drop timeline</h3>");
            StatusTimeline.Render(w, node.Supervisor.Diagnostics.Episodes, nowMs, node.UptimeMs(nowMs));
            Timeline(w, node.Supervisor.Diagnostics, nowMs);
            w.Raw("<p><a href=\"/diag.json\" download>Download diag.json</a> &middot; <a href=\"/status\">Refresh</a></p>");
            w.Raw("<form method=\"post\" action=\"/logout\"><button type=\"submit\">Log out</button></form>");
            PageLayout.End(w);
        }

        // The raw link events under the picture: what happened, attempt by attempt.
        private static void Timeline(PageWriter w, DiagnosticsLog log, long nowMs)
        {
            w.Raw("<h3>Recent link events</h3><table id=\"timeline\"><tr><th>when</th><th>event</th><th>detail</th></tr>");
            int shown = 0;
            for (int i = log.Count - 1; i >= 0 && shown < TimelineRows; i--, shown++)
            {
                DiagnosticEvent e = log.EventAt(i);
                w.Raw("<tr><td>").Number((nowMs - e.TimeMs) / 1000).Raw(" s ago</td><td>").Text(EventKindNames.Of(e.Kind)).Raw("</td><td>");
                if (e.Kind == EventKind.Dropped) w.Text(DropReasonNames.Of((DropReason)e.Detail));
                else if (e.Kind == EventKind.ConnectFailed) w.Text(ConnectFailureNames.Of((ConnectFailure)e.Detail));
                else if (e.Text != null) w.Text(e.Text);
                w.Raw("</td></tr>");
            }

            if (shown == 0) w.Raw("<tr><td colspan=\"3\">none yet</td></tr>");
            w.Raw("</table>");
        }

        private static PageWriter Row(PageWriter w, string label, string id)
        {
            return w.Raw("<tr><th>").Text(label).Raw("</th><td id=\"").Raw(id).Raw("\">");
        }
    }
}
