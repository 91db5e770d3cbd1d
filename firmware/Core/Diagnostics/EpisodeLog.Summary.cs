using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    // The close ring the takeover and regular-interval verdicts read, and what the log tells the outside:
    // summary, drops in 24 h, the diag document part.
    public sealed partial class EpisodeLog
    {
        /// <summary>Closes held in the ring.</summary>
        public int CloseCount
        {
            get { return _closeCount; }
        }

        /// <summary>The close at <paramref name="index"/>, 0 the oldest held; null out of range.</summary>
        public CloseRecord CloseAt(int index)
        {
            if (index < 0 || index >= _closeCount) return null;
            int start = (_closeNext - _closeCount + _closes.Length) % _closes.Length;
            return _closes[(start + index) % _closes.Length];
        }

        /// <summary>Session losses in the 24 hours before <paramref name="nowMs"/> (hour resolution).</summary>
        public int DropsLast24h(long nowMs)
        {
            long hour = nowMs / HourMs;
            int n = 0;
            for (int i = 0; i < _hourOf.Length; i++)
            {
                if (_hourOf[i] >= 0 && hour - _hourOf[i] < _hourOf.Length) n += _dropsInHour[i];
            }

            return n;
        }

        /// <summary>The cause to show now: the open outage's verdict, else the newest episode's until it is
        /// <see cref="ClearAfterMs"/> old, then <see cref="DropCause.None"/> (the evidence is gone).</summary>
        public DropCause Summary(long nowMs)
        {
            if (_open != null) return _open.Verdict;
            Episode last = Latest;
            if (last == null || nowMs - last.EndMs >= ClearAfterMs) return DropCause.None;
            return last.Verdict;
        }

        /// <summary>The most frequent verdict among the episodes begun within <see cref="RecentWindowMs"/>;
        /// ties go to the newer. None when there are none.</summary>
        public DropCause Dominant(long nowMs)
        {
            DropCause best = DropCause.None;
            int bestCount = 0;
            for (int i = _count - 1; i >= 0; i--)
            {
                Episode e = At(i);
                if (nowMs - e.StartMs > RecentWindowMs) continue;
                int n = 0;
                for (int j = 0; j < _count; j++)
                {
                    Episode o = At(j);
                    if (o.Verdict == e.Verdict && nowMs - o.StartMs <= RecentWindowMs) n++;
                }

                if (n > bestCount)
                {
                    best = e.Verdict;
                    bestCount = n;
                }
            }

            return best;
        }

        /// <summary>Words for the summary, or "none" when nothing needs saying (Home Assistant / ThingsBoard).</summary>
        public string SummaryWords(long nowMs)
        {
            DropCause c = Summary(nowMs);
            return c == DropCause.None ? "none" : DropCauseNames.Describe(c);
        }

        /// <summary>Writes <c>"summary"</c>, <c>"by_cause"</c> and <c>"episodes"</c> properties into the object
        /// <paramref name="json"/> is writing.</summary>
        public void WriteJsonProperties(JsonWriter json, long nowMs)
        {
            DropCause summary = Summary(nowMs);
            json.Name("summary");
            json.BeginObject();
            json.Property("cause", DropCauseNames.Of(summary));
            json.Property("text", SummaryWords(nowMs));
            json.Property("dominant", DropCauseNames.Of(Dominant(nowMs)));
            json.Property("drops_24h", DropsLast24h(nowMs));
            json.Property("episodes", _numbers);
            json.EndObject();
            json.Name("by_cause");
            json.BeginObject();
            for (int i = 1; i < _byCause.Length; i++)
            {
                if (_byCause[i] > 0) json.Property(DropCauseNames.Of((DropCause)i), _byCause[i]);
            }

            json.EndObject();
            json.Name("episodes");
            json.BeginArray();
            for (int i = 0; i < _count; i++) At(i).WriteJson(json, nowMs);
            json.EndArray();
        }

        // linkUpNoOversize: the link was up and no oversize message was in flight (SessionLost decides both).
        private void AddClose(long nowMs, LossFacts f, int episode, bool linkUpNoOversize)
        {
            CloseRecord r = _closes[_closeNext];
            _closeNext = (_closeNext + 1) % _closes.Length;
            if (_closeCount < _closes.Length) _closeCount++;
            r.TimeMs = nowMs;
            r.UpMs = f.UpMs;
            r.Reason = f.Reason;
            r.Close = f.Close;
            r.ReasonCode = f.ReasonCode;
            r.Protocol = f.Protocol;
            r.Episode = episode;
            // FIELD-FACTS.md, the rc 7 story: mosquitto closes the older session with a plain FIN. Only such a close,
            // with nothing the node did to explain it, may count toward a takeover (issue 11). Debian's mosquitto 2.0.11
            // sends no DISCONNECT 0x8E to an MQTT 5 client either (measured, tools/Scenarios/README.md), so a FIN
            // without a reason code counts on both protocols; a broker that gives a reason is judged by it instead.
            r.Unexplained = linkUpNoOversize && f.ReasonCode == 0 && f.Reason == DropReason.PeerClosed && f.Close == CloseKind.PeerClosed &&
                            f.Burst < Verdicts.BurstMessages;
        }

        private void Explain(int episode)
        {
            for (int i = 0; i < _closeCount; i++)
            {
                CloseRecord r = CloseAt(i);
                if (r.Episode == episode) r.Unexplained = false;
            }
        }

        private static bool IsClose(DropReason r)
        {
            return r == DropReason.PeerClosed || r == DropReason.SocketError || r == DropReason.ProtocolError ||
                   r == DropReason.Reset || r == DropReason.ServerDisconnect;
        }
    }
}
