using System.Text;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Handles inbound commands. Syntax (generic and Home Assistant, on <c>&lt;prefix&gt;/&lt;node&gt;/cmd</c>):
    /// plain ASCII text, words separated by spaces, lower case:
    /// <c>status</c> | <c>diag</c> | <c>reconnect</c> | <c>reboot</c> | <c>set &lt;key&gt; &lt;value&gt;</c>, where key is
    /// <c>min_interval_ms</c> (0..3600000, at most max_interval_ms), <c>max_interval_ms</c> (1000..86400000, at
    /// least min_interval_ms), <c>per_field_topics</c> or <c>history_mode</c> (<c>on</c>/<c>off</c>/<c>true</c>/<c>false</c>),
    /// checked by <see cref="NodeConfigKeys"/> like every other way of setting them.
    /// ThingsBoard RPC: <c>{"method":"set","params":{"key":"min_interval_ms","value":10000}}</c> (params may be
    /// the string <c>"min_interval_ms 10000"</c>). Every answer starts with <c>ok</c> or <c>error: </c>.
    /// Order of checks: size first (a payload over <c>CommandMaxBytes</c> is refused and counted without being
    /// read, field fact: a 1 MB publish must not cost parsing), then printable ASCII, then syntax, then
    /// key and value. Anything refused changes nothing.
    /// </summary>
    public sealed class CommandProcessor
    {
        /// <summary>Longest piece of a refused command echoed back in an error.</summary>
        public const int EchoMaxChars = 32;

        /// <summary>The telemetry keys (without <c>telemetry.</c>) that <c>set</c> and ThingsBoard shared
        /// attributes may change; everything else needs the config file or the setup page.</summary>
        public static readonly string[] SettableKeys = { "min_interval_ms", "max_interval_ms", "per_field_topics", "history_mode" };

        /// <summary>True for one of <see cref="SettableKeys"/>.</summary>
        public static bool IsSettable(string key)
        {
            for (int i = 0; i < SettableKeys.Length; i++)
            {
                if (SettableKeys[i] == key) return true;
            }

            return false;
        }

        /// <summary>Appends <see cref="SettableKeys"/> joined by <paramref name="separator"/>.</summary>
        public static StringBuilder AppendSettable(StringBuilder sb, string separator)
        {
            for (int i = 0; i < SettableKeys.Length; i++)
            {
                if (i > 0) sb.Append(separator);
                sb.Append(SettableKeys[i]);
            }

            return sb;
        }

        private readonly TelemetryConfig _config;
        private readonly TopicProfile _profile;
        private readonly ICommandTarget _target;
        private readonly CommandJson _json = new CommandJson();
        // A node configuration around the live telemetry section, so `set` uses the one key table.
        private readonly NodeConfig _shell = new NodeConfig();

        /// <summary>Creates a processor that changes <paramref name="config"/> and asks <paramref name="target"/>.</summary>
        public CommandProcessor(TelemetryConfig config, TopicProfile profile, ICommandTarget target)
        {
            _config = config;
            _profile = profile;
            _target = target;
            _shell.Telemetry = config;
        }

        /// <summary>Where the last answer goes (null when the last topic was not a command topic).</summary>
        public string ReplyTopic { get; private set; }
        /// <summary>The last answer: <c>ok ...</c> or <c>error: ...</c> (null when there was none).</summary>
        public string ReplyText { get; private set; }

        /// <summary>Commands carried out.</summary>
        public long Accepted;
        /// <summary>Commands refused after reading (malformed, unknown, invalid).</summary>
        public long Rejected;
        /// <summary>Commands refused unread because they were larger than <c>CommandMaxBytes</c>.</summary>
        public long RefusedTooLarge;

        /// <summary>Handles one inbound message; returns a <see cref="CommandAction"/> and sets
        /// <see cref="ReplyTopic"/> / <see cref="ReplyText"/> (not for <see cref="CommandAction.None"/>).</summary>
        public int Handle(string topic, byte[] payload)
        {
            ReplyTopic = null;
            ReplyText = null;
            if (!_profile.IsCommandTopic(topic)) return CommandAction.None;
            ReplyTopic = _profile.ResultTopicFor(topic);
            int length = payload == null ? 0 : payload.Length;
            if (length > _config.CommandMaxBytes)
            {
                RefusedTooLarge++;
                ReplyText = "error: command too large (" + length.ToString() + " bytes, limit " + _config.CommandMaxBytes.ToString() + ")";
                return CommandAction.Rejected;
            }

            if (length == 0) return Reject("empty command");
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                byte b = payload[i];
                if (b < 0x20 || b > 0x7E) return Reject("command must be printable ASCII without control characters");
                chars[i] = (char)b;
            }

            string text = new string(chars);
            if (_profile.Kind == ProfileKind.ThingsBoard)
            {
                if (!_json.Parse(text)) return Reject("bad RPC request: " + _json.Error);
                text = _json.CommandText();
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] < ' ' || text[i] > '~') return Reject("command must be printable ASCII without control characters");
                }
            }

            return Execute(text);
        }

        /// <summary>Applies one setting with exactly the validation of <c>set &lt;key&gt; &lt;value&gt;</c> (used for
        /// ThingsBoard shared attributes). Returns the answer: <c>ok key=value</c> or <c>error: ...</c>.</summary>
        public string ApplySetting(string key, string value)
        {
            if (key == null || value == null || key.Length == 0 || value.Length == 0 || value.IndexOf(' ') >= 0)
            {
                Reject("usage: set <key> <value>");
                return ReplyText;
            }

            Set(new string[] { "set", key, value });
            return ReplyText;
        }

        private int Execute(string text)
        {
            string[] words = Words(text);
            if (words == null) return Reject("command must be words separated by spaces");
            string verb = words[0];
            if (verb == "set") return Set(words);
            if (verb != "status" && verb != "diag" && verb != "reconnect" && verb != "reboot")
            {
                return Reject("unknown command '" + Echo(verb) + "' (use status, diag, reconnect, reboot or set <key> <value>)");
            }

            if (words.Length != 1) return Reject(verb + " takes no arguments");
            Accepted++;
            if (verb == "status")
            {
                ReplyText = "ok " + _target.Status();
                return CommandAction.Status;
            }

            if (verb == "diag")
            {
                ReplyText = "ok " + _target.Diag();
                return CommandAction.Diag;
            }

            if (verb == "reconnect")
            {
                _target.Reconnect();
                ReplyText = "ok reconnecting";
                return CommandAction.Reconnect;
            }

            _target.Reboot();
            ReplyText = "ok rebooting";
            return CommandAction.Reboot;
        }

        // Only settings that are safe to change at run time are settable; the value goes through the one
        // key table (NodeConfigKeys), and a refused value, or one that breaks a rule tying it to another
        // (min <= max), is put back so a refused command changes nothing.
        private int Set(string[] words)
        {
            if (words.Length != 3) return Reject("usage: set <key> <value>");
            string key = words[1];
            string value = words[2];
            if (!IsSettable(key))
            {
                return Reject(AppendSettable(new StringBuilder("unknown or unsafe key '" + Echo(key) + "' (settable: "), ", ").Append(')').ToString());
            }

            string full = "telemetry." + key;
            string old = NodeConfigKeys.Get(_shell, full);
            string error = NodeConfigKeys.TrySet(_shell, full, value);
            if (error != null) return Reject(error);
            if (key == "per_field_topics" && _config.PerFieldTopics && !_profile.HasFieldTopics) error = full + ": not available with the " + ProfileKind.Name(_profile.Kind) + " profile";
            if (error == null) error = _config.Validate();
            if (error != null)
            {
                NodeConfigKeys.TrySet(_shell, full, old);
                return Reject(error);
            }

            string now = NodeConfigKeys.Get(_shell, full);
            return Ok(key, now == "true" ? "on" : now == "false" ? "off" : now);
        }

        private int Ok(string key, string value)
        {
            Accepted++;
            ReplyText = "ok " + key + "=" + value;
            return CommandAction.Set;
        }

        private int Reject(string reason)
        {
            Rejected++;
            ReplyText = "error: " + reason;
            return CommandAction.Rejected;
        }

        // Splits on single spaces; null for empty words (leading, trailing or double spaces) or more than 3.
        private static string[] Words(string text)
        {
            int count = 1;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == ' ') count++;
            }

            if (count > 3) count = 4;
            string[] words = new string[count > 3 ? 4 : count];
            int start = 0;
            int w = 0;
            for (int i = 0; i <= text.Length && w < words.Length; i++)
            {
                if (i == text.Length || text[i] == ' ')
                {
                    if (i == start) return null;
                    words[w++] = text.Substring(start, i - start);
                    start = i + 1;
                }
            }

            return words;
        }

        private static string Echo(string s)
        {
            return s.Length <= EchoMaxChars ? s : s.Substring(0, EchoMaxChars) + "...";
        }
    }
}
