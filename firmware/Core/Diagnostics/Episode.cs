using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// One outage, from the session loss (or the failed first connect) to the next stable session, however many
    /// attempts it took (issue 11, "Episodes, not a ring of events"); or one finding without an outage (a denied
    /// publish or subscription). Attempts are aggregated into counts per outcome so the memory is fixed.
    /// Instances live in <see cref="EpisodeLog"/>'s ring and are reused: copy what you keep.
    /// </summary>
    public sealed class Episode
    {
        /// <summary>Counts of failed attempts, indexed by <c>(int)ConnectFailure</c>.</summary>
        public readonly int[] Failures = new int[ConnectFailureNames.Count];
        /// <summary>Episode number since start (1, 2, ...).</summary>
        public int Number;
        /// <summary>False for a finding (denied publish/subscription) that took nothing offline.</summary>
        public bool Outage;
        /// <summary>When it began (node ms).</summary>
        public long StartMs;
        /// <summary>When the next session became stable (or the finding was last seen); -1 while open.</summary>
        public long EndMs;
        /// <summary>True when it began with a failed connect, not with a lost session.</summary>
        public bool FirstConnect;
        /// <summary>How the session that opened it ended (<see cref="FirstConnect"/> false).</summary>
        public readonly LossFacts Loss = new LossFacts();
        /// <summary>Sessions lost within the episode, the first one included.</summary>
        public int Losses;
        /// <summary>Of those, resets (RST).</summary>
        public int Resets;
        /// <summary>Of those, closes with an oversize message unacknowledged (see <c>Verdicts.LooksOversize</c>),
        /// or with the same never-acknowledged message in flight as at the close before.</summary>
        public int OversizeCloses;
        /// <summary>Size of the largest unacknowledged message at the last loss, in bytes.</summary>
        public int LastUnackedBytes;
        /// <summary>Connect attempts started.</summary>
        public int Attempts;
        /// <summary>Sessions that reached CONNACK within the episode.</summary>
        public int Connects;
        /// <summary>Failed attempts.</summary>
        public int FailedAttempts;
        /// <summary>The last CONNACK reason code that refused us, or 0.</summary>
        public int LastRefusalCode;
        /// <summary>The last MQTT 5 DISCONNECT reason code, or 0.</summary>
        public int LastDisconnectCode;
        /// <summary>Link-down events during the episode.</summary>
        public int LinkDowns;
        /// <summary>How many times a finding was seen (findings only).</summary>
        public int Repeats;
        /// <summary>The verdict: the cause named from the evidence so far.</summary>
        public DropCause Verdict;
        /// <summary>The verdict's evidence in words.</summary>
        public string Evidence;
        /// <summary>When the current verdict was first reached.</summary>
        public long VerdictMs;

        /// <summary>True while the outage lasts.</summary>
        public bool IsOpen
        {
            get { return EndMs < 0; }
        }

        /// <summary>Prepares a reused entry for a new episode.</summary>
        public void Begin(int number, long nowMs, bool outage)
        {
            Number = number;
            Outage = outage;
            StartMs = nowMs;
            EndMs = -1;
            FirstConnect = false;
            Loss.Clear();
            Losses = 0;
            Resets = 0;
            OversizeCloses = 0;
            LastUnackedBytes = 0;
            Attempts = 0;
            Connects = 0;
            FailedAttempts = 0;
            LastRefusalCode = 0;
            LastDisconnectCode = 0;
            LinkDowns = 0;
            Repeats = 0;
            Verdict = DropCause.Unknown;
            Evidence = "no evidence yet";
            VerdictMs = nowMs;
            for (int i = 0; i < Failures.Length; i++)
            {
                Failures[i] = 0;
            }
        }

        /// <summary>Failed attempts of <paramref name="kind"/>.</summary>
        public int FailuresOf(ConnectFailure kind)
        {
            int i = (int)kind;
            return i >= 0 && i < Failures.Length ? Failures[i] : 0;
        }

        /// <summary>The most frequent failure kind so far, or None.</summary>
        public ConnectFailure DominantFailure()
        {
            int best = 0;
            for (int i = 1; i < Failures.Length; i++)
            {
                if (Failures[i] > Failures[best]) best = i;
            }

            return Failures[best] > 0 ? (ConnectFailure)best : ConnectFailure.None;
        }

        /// <summary>Duration so far (open) or in total (closed).</summary>
        public long DurationMs(long nowMs)
        {
            return (EndMs < 0 ? nowMs : EndMs) - StartMs;
        }

        /// <summary>Writes this episode as a JSON object (the next value of <paramref name="json"/>).</summary>
        public void WriteJson(JsonWriter json, long nowMs)
        {
            json.BeginObject();
            json.Property("n", Number);
            json.Property("start_ms", StartMs);
            json.Property("end_ms", EndMs);
            json.Property("duration_ms", DurationMs(nowMs));
            json.Property("outage", Outage);
            json.Property("cause", DropCauseNames.Of(Verdict));
            json.Property("evidence", Evidence);
            json.Property("verdict_ms", VerdictMs);
            if (Outage)
            {
                json.Property("began", FirstConnect ? "connect-failed" : DropReasonNames.Of(Loss.Reason));
                if (!FirstConnect)
                {
                    json.Property("close", CloseKindNames.Of(Loss.Close));
                    json.Property("reason_code", Loss.ReasonCode);
                    json.Property("session_up_ms", Loss.UpMs);
                    json.Property("protocol", Loss.Protocol == 5 ? "5" : "3.1.1");
                    json.Property("burst", Loss.Burst);
                    json.Property("largest_bytes", Loss.LargestBytes);
                }

                json.Property("losses", Losses);
                json.Property("attempts", Attempts);
                json.Property("connects", Connects);
                json.Property("link_downs", LinkDowns);
                json.Name("failures");
                json.BeginObject();
                for (int i = 1; i < Failures.Length; i++)
                {
                    if (Failures[i] > 0) json.Property(ConnectFailureNames.Of((ConnectFailure)i), Failures[i]);
                }

                json.EndObject();
                if (LastRefusalCode != 0) json.Property("refusal_code", LastRefusalCode);
            }
            else
            {
                json.Property("repeats", Repeats);
            }

            json.EndObject();
        }
    }
}
