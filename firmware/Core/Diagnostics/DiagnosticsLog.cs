using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// Bounded ring of link events with counters beside it (ARCHITECTURE.md, "Diagnostics"). The ring keeps
    /// the newest <see cref="Capacity"/> events in pre-allocated entries ("put a limit on everything"); the
    /// counters are never trimmed. Single-threaded like the rest of Core.
    /// </summary>
    public sealed class DiagnosticsLog
    {
        private readonly DiagnosticEvent[] _ring;
        private int _next;
        private int _count;

        /// <summary>Creates a log that keeps the newest <paramref name="capacity"/> events (at least 4).</summary>
        public DiagnosticsLog(int capacity)
        {
            if (capacity < 4)
            {
                capacity = 4;
            }

            _ring = new DiagnosticEvent[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _ring[i] = new DiagnosticEvent();
            }

            Counters = new LinkCounters();
            Episodes = new EpisodeLog(EpisodeCapacity);
            MaxJsonEvents = 8;
        }

        /// <summary>Episodes kept for the diag document (issue 11: bounded memory, about 200 B each).</summary>
        public const int EpisodeCapacity = 8;

        /// <summary>Outages as episodes with verdicts (the diagnosis).</summary>
        public EpisodeLog Episodes { get; private set; }

        /// <summary>Counters since start.</summary>
        public LinkCounters Counters { get; private set; }

        /// <summary>How many events the ring holds at most.</summary>
        public int Capacity
        {
            get { return _ring.Length; }
        }

        /// <summary>How many events the ring holds now.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Events recorded since start, including those the ring has overwritten.</summary>
        public long TotalRecorded { get; private set; }

        /// <summary>How many of the newest raw events <see cref="WriteJson"/> includes (default 8).</summary>
        public int MaxJsonEvents { get; set; }

        /// <summary>Records an event and updates the counter that belongs to its kind.</summary>
        public void Record(long nowMs, EventKind kind, int detail, int value, string text)
        {
            DiagnosticEvent e = _ring[_next];
            e.TimeMs = nowMs;
            e.Kind = kind;
            e.Detail = detail;
            e.Value = value;
            e.Text = text;
            _next = (_next + 1) % _ring.Length;
            if (_count < _ring.Length)
            {
                _count++;
            }

            TotalRecorded++;
            UpdateCounters(kind, detail, nowMs);
        }

        /// <summary>Records the duration of a session that ended (longest and last session counters).</summary>
        public void SessionEnded(long durationMs)
        {
            Counters.LastSessionMs = durationMs;
            if (durationMs > Counters.LongestSessionMs)
            {
                Counters.LongestSessionMs = durationMs;
            }
        }

        /// <summary>Counts QoS 1 messages handed back undelivered (counted only: one event per message would
        /// flush the ring after a single drop with a full in-flight window).</summary>
        public void AddReturned(int count)
        {
            Counters.Returned += count;
        }

        /// <summary>The event at <paramref name="index"/>, 0 being the oldest still held; null when out of range.
        /// The entry is a view that later records overwrite.</summary>
        public DiagnosticEvent EventAt(int index)
        {
            if (index < 0 || index >= _count)
            {
                return null;
            }

            int start = (_next - _count + _ring.Length) % _ring.Length;
            return _ring[(start + index) % _ring.Length];
        }

        /// <summary>How many events of <paramref name="kind"/> the ring holds now.</summary>
        public int CountOf(EventKind kind)
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (EventAt(i).Kind == kind)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>The cause to show now (<see cref="EpisodeLog.Summary"/>).</summary>
        public DropCause Diagnose(long nowMs)
        {
            return Episodes.Summary(nowMs);
        }

        /// <summary>
        /// Writes a compact JSON object as the next value of <paramref name="json"/>: counters, the episodes
        /// with their verdicts and evidence (issue 11), and the newest <see cref="MaxJsonEvents"/> events (oldest first). Published on the diag topic after
        /// each recovery and on request.
        /// </summary>
        public void WriteJson(JsonWriter json, long nowMs)
        {
            LinkCounters c = Counters;
            json.BeginObject();
            json.Property("now_ms", nowMs);
            json.Name("counters");
            json.BeginObject();
            json.Property("attempts", c.Attempts);
            json.Property("connects", c.Connects);
            json.Property("drops", c.Drops);
            json.Name("failures");
            json.BeginObject();
            for (int i = 1; i < c.FailuresByKind.Length; i++)
            {
                json.Property(ConnectFailureNames.Of((ConnectFailure)i), c.FailuresByKind[i]);
            }

            json.EndObject();
            json.Name("closes");
            json.BeginObject();
            for (int i = 0; i < c.ClosesByKind.Length; i++)
            {
                json.Property(CloseKindNames.Of((CloseKind)i), c.ClosesByKind[i]);
            }

            json.EndObject();
            json.Property("probe_failures", c.ProbeFailures);
            json.Property("quick_kicks", c.QuickKicks);
            json.Property("takeovers", c.Takeovers);
            json.Property("wifi_reconnects", c.WifiReconnects);
            json.Property("reboots", c.Reboots);
            json.Property("reboots_refused", c.RebootsRefused);
            json.Property("subscriptions_denied", c.SubscriptionsDenied);
            json.Property("returned", c.Returned);
            json.Property("longest_session_ms", c.LongestSessionMs);
            json.Property("last_session_ms", c.LastSessionMs);
            json.Property("last_drop", DropReasonNames.Of(c.LastDropReason));
            json.Property("last_drop_ms", c.LastDropMs);
            json.EndObject();

            Episodes.WriteJsonProperties(json, nowMs);
            json.Name("events");
            json.BeginArray();
            int first = _count > MaxJsonEvents ? _count - MaxJsonEvents : 0;
            for (int i = first; i < _count; i++)
            {
                DiagnosticEvent e = EventAt(i);
                json.BeginObject();
                json.Property("t_ms", e.TimeMs);
                json.Property("kind", EventKindNames.Of(e.Kind));
                json.Property("detail", e.Detail);
                json.Property("value", e.Value);
                if (e.Text != null)
                {
                    json.Property("text", e.Text);
                }

                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        private void UpdateCounters(EventKind kind, int detail, long nowMs)
        {
            LinkCounters c = Counters;
            switch (kind)
            {
                case EventKind.Attempt: c.Attempts++; break;
                case EventKind.Connected: c.Connects++; break;
                case EventKind.ConnectFailed:
                    if (detail >= 0 && detail < c.FailuresByKind.Length) c.FailuresByKind[detail]++;
                    break;
                case EventKind.Dropped:
                    c.Drops++;
                    c.LastDropReason = (DropReason)detail;
                    c.LastDropMs = nowMs;
                    int close = DropReasonNames.CloseKindOf((DropReason)detail);
                    if (close >= 0) c.ClosesByKind[close]++;
                    if (detail == (int)DropReason.ProbeTimeout || detail == (int)DropReason.ProbeFailed) c.ProbeFailures++;
                    break;
                case EventKind.QuickKick: c.QuickKicks++; break;
                case EventKind.Takeover: c.Takeovers++; break;
                case EventKind.WifiReconnect: c.WifiReconnects++; break;
                case EventKind.Reboot: c.Reboots++; break;
                case EventKind.RebootRefused: c.RebootsRefused++; break;
                case EventKind.SubscribeDenied: c.SubscriptionsDenied++; break;
            }
        }
    }
}
