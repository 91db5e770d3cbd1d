using System.Text;
using NodeMqtt.Json;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt.Commands
{
    /// <summary>
    /// The command path, apart from telemetry (ARCHITECTURE.md; issue 12). Each message on a command topic
    /// first spends a token of a per-minute rate limit: without one it is counted and dropped unanswered,
    /// so a flood costs a counter, never a reading. A command may carry an id (a trailing <c>id=&lt;token&gt;</c>
    /// word; ThingsBoard: the request id in the topic); an id seen among the last <see cref="RememberedIds"/>
    /// is answered <c>ok duplicate</c> and not carried out again. Answers wait in their own small queue
    /// (<see cref="MaxReplies"/> messages), which the node sends ahead of the outbox.
    /// </summary>
    public sealed class CommandChannel
    {
        /// <summary>Answers held at most; more drop the oldest waiting one.</summary>
        public const int MaxReplies = 8;
        /// <summary>Bytes of answers held at most (a diag answer is about 1.5 KB).</summary>
        public const int MaxReplyBytes = 8192;
        /// <summary>An answer not sent within this long is dropped: nobody waits for it any more.</summary>
        public const long ReplyMaxAgeMs = 60000;
        /// <summary>Command ids remembered for redelivery.</summary>
        public const int RememberedIds = 16;
        /// <summary>Longest command id.</summary>
        public const int MaxIdChars = 32;

        private const long UnitsPerToken = 60000;

        private readonly TelemetryConfig _config;
        private readonly TopicProfile _profile;
        private readonly CommandProcessor _processor;
        private readonly ReplyQueue _replies = new ReplyQueue(MaxReplies, MaxReplyBytes);
        private readonly CommandIds _ids = new CommandIds(RememberedIds);
        private readonly StringBuilder _sb = new StringBuilder(256);
        private readonly JsonWriter _json;
        private long _credit = -1;
        private long _creditMs;

        /// <summary>Creates the path; <paramref name="config"/> is read live (rate, size limit).</summary>
        public CommandChannel(TelemetryConfig config, TopicProfile profile, ICommandTarget target)
        {
            _config = config;
            _profile = profile;
            _processor = new CommandProcessor(config, profile, target);
            _json = new JsonWriter(_sb);
        }

        /// <summary>Messages received on a command topic.</summary>
        public long Received;
        /// <summary>Commands dropped unanswered because they came faster than the rate limit.</summary>
        public long RateLimited;
        /// <summary>Commands answered but not carried out again because their id was seen.</summary>
        public long Duplicates;

        /// <summary>The processor (accepted/rejected counters).</summary>
        public CommandProcessor Processor { get { return _processor; } }
        /// <summary>Answers waiting or in flight.</summary>
        public int RepliesHeld { get { return _replies.Count; } }
        /// <summary>Answers dropped because the reply queue was full or they were too old.</summary>
        public long RepliesDropped { get { return _replies.Dropped + _replies.Expired; } }

        /// <summary>Handles one inbound message. Returns <see cref="CommandAction.None"/> when the topic is
        /// not a command topic or the command was dropped by the rate limit, else what the command asks.</summary>
        public int OnMessage(string topic, byte[] payload, long nowMs)
        {
            if (!_profile.IsCommandTopic(topic)) return CommandAction.None;
            Received++;
            if (!SpendToken(nowMs))
            {
                RateLimited++;
                return CommandAction.None;
            }

            string id = null;
            int length = payload == null ? 0 : payload.Length;
            if (_profile.Kind == ProfileKind.ThingsBoard) id = "tb:" + topic.Substring(topic.LastIndexOf('/') + 1);
            else if (length <= _config.CommandMaxBytes)
            {
                int cut = IdStart(payload);
                if (cut > 0)
                {
                    id = Encoding.UTF8.GetString(payload, cut + 4, length - cut - 4);
                    byte[] rest = new byte[cut];
                    for (int i = 0; i < cut; i++) rest[i] = payload[i];
                    payload = rest;
                }
            }

            if (id != null && _ids.Seen(id))
            {
                Duplicates++;
                Reply(_profile.ResultTopicFor(topic), "ok duplicate " + id + " ignored", nowMs);
                return CommandAction.None;
            }

            int action = _processor.Handle(topic, payload);
            if (id != null && action != CommandAction.Rejected) _ids.Add(id);
            if (_processor.ReplyTopic != null) Reply(_processor.ReplyTopic, _processor.ReplyText, nowMs);
            return action;
        }

        /// <summary>The next answer to send (marked in flight), or null.</summary>
        public OutboundMessage TakeNext(long nowMs) { return _replies.Take(nowMs, ReplyMaxAgeMs); }

        /// <summary>True when <paramref name="m"/> is an answer held here (routes supervisor reports).</summary>
        public bool Owns(OutboundMessage m) { return _replies.Contains(m); }

        /// <summary>The answer was acknowledged: it leaves the queue.</summary>
        public void OnDelivered(OutboundMessage m) { _replies.Delivered(m); }

        /// <summary>The answer came back undelivered: it waits again in its place.</summary>
        public void OnReturned(OutboundMessage m) { _replies.Returned(m); }

        // Rate limit in 1/60000 token units: CommandsPerMinute units per ms, so any rate per minute is exact.
        private bool SpendToken(long nowMs)
        {
            long capacity = _config.CommandBurst * UnitsPerToken;
            if (_credit < 0 || nowMs < _creditMs) _credit = capacity;
            else _credit += (nowMs - _creditMs) * _config.CommandsPerMinute;
            if (_credit > capacity) _credit = capacity;
            _creditMs = nowMs;
            if (_credit < UnitsPerToken) return false;
            _credit -= UnitsPerToken;
            return true;
        }

        // Index of the space before a trailing "id=<token>" word, or -1.
        private static int IdStart(byte[] p)
        {
            if (p == null) return -1;
            int space = p.Length - 1;
            while (space >= 0 && p[space] != ' ') space--;
            int idLength = p.Length - space - 4;
            if (space <= 0 || idLength < 1 || idLength > MaxIdChars) return -1;
            if (p[space + 1] != 'i' || p[space + 2] != 'd' || p[space + 3] != '=') return -1;
            for (int i = space + 4; i < p.Length; i++)
            {
                byte b = p[i];
                bool ok = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_';
                if (!ok) return -1;
            }

            return space;
        }

        private void Reply(string topic, string text, long nowMs)
        {
            _json.Reset();
            if (_profile.Kind == ProfileKind.ThingsBoard)
            {
                _json.BeginObject();
                _json.Property("result", text);
                _json.EndObject();
            }
            else _sb.Append(text);
            int n = Utf8Text.ByteCount(_sb);
            byte[] payload = new byte[n];
            Utf8Text.Encode(_sb, payload, 0);
            _replies.Add(new OutboundMessage(topic, payload, 1, false, MessageKind.CommandResult, nowMs));
        }
    }
}
