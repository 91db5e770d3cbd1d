using System.Text;
using NodeMqtt.Commands;
using NodeMqtt.Diagnostics;
using NodeMqtt.Meter;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;
using NodeMqtt.Json;

namespace NodeMqtt
{
    /// <summary>
    /// What the node says about itself: the one-line status for the console and the <c>status</c> command,
    /// and the diagnostics document published on the diag topic (link events and diagnosis, meter, outbox,
    /// telemetry counters). One reused builder; these are written on request, not per message.
    /// </summary>
    internal sealed class NodeDiagnostics
    {
        private readonly string _nodeId;
        private readonly MeterReader _meter;
        private readonly Outbox _outbox;
        private readonly TelemetryPublisher _telemetry;
        private readonly LinkSupervisor _supervisor;
        private readonly DiagnosticsLog _diag;
        private readonly ISystem _system;
        private readonly StringBuilder _sb = new StringBuilder(1024);
        private readonly JsonWriter _json;
        private readonly MeterHealth _health;


        /// <summary>The command path, when the node has one (set after construction).</summary>
        internal CommandChannel Commands;

        internal NodeDiagnostics(string nodeId, MeterReader meter, Outbox outbox, TelemetryPublisher telemetry,
            LinkSupervisor supervisor, DiagnosticsLog diag, ISystem system, MeterHealth health)
        {
            _health = health;
            _nodeId = nodeId;
            _meter = meter;
            _outbox = outbox;
            _telemetry = telemetry;
            _supervisor = supervisor;
            _diag = diag;
            _system = system;
            _json = new JsonWriter(_sb);
        }

        internal string StatusLine(long nowMs, long uptimeMs)
        {
            _sb.Length = 0;
            _sb.Append(_nodeId).Append(": link ").Append(_supervisor.StateName)
                .Append(", session ").Append(_supervisor.SessionNumber)
                .Append(", uptime ").Append(uptimeMs / 1000).Append(" s")
                .Append(", meter ").Append(_health.Describe(nowMs))
                .Append(", telegrams ok ").Append(_meter.TelegramsOk)
                .Append(" crc-bad ").Append(_meter.CrcFailures)
                .Append(" truncated ").Append(_meter.Truncated)
                .Append(" oversize ").Append(_meter.Oversize)
                .Append(", outbox ").Append(_outbox.Count).Append(" msgs/").Append(_outbox.Bytes).Append(" B")
                .Append(" (dropped ").Append(_outbox.Counters.DroppedFull + _outbox.Counters.DroppedAge).Append(')')
                .Append(", store ").Append(_outbox.Store.StateName)
                .Append(", diagnosis ").Append(DropCauseNames.Of(_diag.Diagnose(nowMs)));
            return _sb.ToString();
        }

        /// <summary>The cause of the current or latest drop in words, or "none" when nothing needs saying (no drop,
        /// or the node has been online long enough that the evidence is gone). For Home Assistant / ThingsBoard.</summary>
        internal string LastDropCause(long nowMs)
        {
            return _diag.Episodes.SummaryWords(nowMs);
        }

        /// <summary>Session losses and failed first connects in the last 24 hours (hour resolution).</summary>
        internal int DropsLast24h(long nowMs)
        {
            return _diag.Episodes.DropsLast24h(nowMs);
        }

        internal string Json(long nowMs, long uptimeMs)
        {
            _json.Reset();
            _json.BeginObject();
            _json.Property("node", _nodeId);
            _json.Property("uptime_ms", uptimeMs);
            _json.Property("link_state", _supervisor.StateName);
            _json.Property("free_memory_bytes", _system.FreeMemoryBytes);
            _json.Name("link");
            _diag.WriteJson(_json, nowMs);

            _json.Name("meter");
            _json.BeginObject();
            _json.Property("telegrams_ok", _meter.TelegramsOk);
            _json.Property("crc_failures", _meter.CrcFailures);
            _json.Property("truncated", _meter.Truncated);
            _json.Property("oversize", _meter.Oversize);
            _json.Property("garbage_bytes", _meter.GarbageBytes);
            _json.Property("malformed_lines", _meter.MalformedLines);
            _json.Property("unit_mismatches", _meter.UnitMismatches);
            _json.Property("unknown_lines", _meter.UnknownLines);
            _json.Property("state", _health.Describe(nowMs));
            _json.Property("silences", _health.Silences);
            _json.Property("last_silence", _health.LastCause);
            _json.Property("silence_timeout_ms", _health.TimeoutMs);
            _json.Property("decrypt_failures", _meter.DecryptFailures);
            if (_meter.Problem != null) _json.Property("problem", _meter.Problem);
            _json.EndObject();

            OutboxCounters o = _outbox.Counters;
            _json.Name("outbox");
            _json.BeginObject();
            _json.Property("queued", _outbox.Count);
            _json.Property("bytes", _outbox.Bytes);
            _json.Property("high_water", o.HighWaterCount);
            _json.Property("delivered", o.Delivered);
            _json.Property("returned", o.Returned);
            _json.Property("dropped_full", o.DroppedFull);
            _json.Property("dropped_age", o.DroppedAge);
            _json.Property("coalesced", o.Coalesced);
            _json.Property("persist_writes", o.PersistWrites);
            _json.Property("load_failures", o.LoadFailures);
            _json.Property("store", _outbox.Store.StateName);
            _json.Property("store_failures", _outbox.Store.Failures);
            _json.Property("journal_bytes", _outbox.JournalBytes);
            _json.Property("flash_bytes_written", o.BytesWritten);
            _json.EndObject();

            _json.Name("telemetry");
            _json.BeginObject();
            _json.Property("states", _telemetry.StatesPublished);
            _json.Property("fields", _telemetry.FieldsPublished);
            _json.Property("discovery", _telemetry.DiscoveryPublished);
            _json.EndObject();
            if (Commands != null) WriteCommands(Commands);
            _json.EndObject();
            return _sb.ToString();
        }

        /// <summary>The node-health document: one flat object with the <see cref="HealthEntities"/> keys. Text
        /// values are cut to a Home Assistant state's 255 characters here, so no entity can be refused.</summary>
        internal string HealthJson(long nowMs, long uptimeMs, bool thingsBoard, int wifiSignalDbm)
        {
            _json.Reset();
            _json.BeginObject();
            _json.Property(HealthEntities.Key(HealthEntities.LinkState), _supervisor.StateName);
            _json.Property(HealthEntities.Key(HealthEntities.LastDropCause), Short(LastDropCause(nowMs)));
            _json.Property(HealthEntities.Key(HealthEntities.Drops24h), DropsLast24h(nowMs));
            _json.Property(HealthEntities.Key(HealthEntities.OutboxMessages), _outbox.Count);
            _json.Property(HealthEntities.Key(HealthEntities.Uptime), uptimeMs / 1000);
            _json.Property(HealthEntities.Key(HealthEntities.FreeMemory), _system.FreeMemoryBytes);
            _json.Property(HealthEntities.Key(HealthEntities.MeterState), !_health.Known ? "waiting" : _health.IsOnline ? "online" : "silent");
            _json.Property(HealthEntities.Key(HealthEntities.MeterSilences), _health.Silences);
            if (wifiSignalDbm != 0) _json.Property(HealthEntities.Key(HealthEntities.WifiSignal), wifiSignalDbm);
            _json.Property("meter_last_silence", Short(_health.LastCause));
            if (thingsBoard)
            {
                // ThingsBoard has no meter availability topic: the attribute carries it.
                _json.Property("meter_online", _health.IsOnline);
            }

            _json.EndObject();
            return _sb.ToString();
        }

        private static string Short(string s)
        {
            return s.Length <= 255 ? s : s.Substring(0, 254) + "\u2026";
        }

        private void WriteCommands(CommandChannel c)
        {
            _json.Name("commands");
            _json.BeginObject();
            _json.Property("received", c.Received);
            _json.Property("accepted", c.Processor.Accepted);
            _json.Property("rejected", c.Processor.Rejected + c.Processor.RefusedTooLarge);
            _json.Property("rate_limited", c.RateLimited);
            _json.Property("duplicates", c.Duplicates);
            _json.Property("replies_dropped", c.RepliesDropped);
            _json.EndObject();
        }

        /// <summary>A short line for the console about a reading: the first few numeric fields.</summary>
        internal string ReadingLine(Reading reading, int seen)
        {
            _sb.Length = 0;
            _sb.Append("reading #").Append(seen).Append(": ").Append(reading.Count).Append(" fields");
            int shown = 0;
            for (int i = 0; i < reading.Count && shown < 3; i++)
            {
                MeterField f = reading.FieldAt(i);
                if (f.Kind != FieldKind.Counter && f.Kind != FieldKind.Measurement)
                {
                    continue;
                }

                _sb.Append(", ").Append(f.Key).Append('=');
                NumberText.AppendFixed(_sb, reading.NumberAt(i), f.Decimals);
                shown++;
            }

            _sb.Append(" (telegrams ok ").Append(_meter.TelegramsOk).Append(", rejected ")
                .Append(_meter.CrcFailures + _meter.Truncated + _meter.Oversize).Append(')');
            return _sb.ToString();
        }
    }
}
