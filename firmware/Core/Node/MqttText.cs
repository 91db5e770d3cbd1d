using NodeMqtt.Json;

namespace NodeMqtt
{
    /// <summary>
    /// What an MQTT packet can carry in a UTF-8 string field (MQTT 3.1.1 §1.5.3, §4.7): at most 65,535 bytes,
    /// no U+0000; topic names take no wildcards; topics starting with '$' belong to the broker (§4.7.2) and
    /// publishing there is silently denied. Control characters are refused as well: they are allowed by the
    /// spec but no broker or dashboard shows them sensibly, and a NUL once published to a truncated topic.
    /// </summary>
    public static class MqttText
    {
        /// <summary>Most bytes of an MQTT UTF-8 string field.</summary>
        public const int MaxStringBytes = 65535;

        /// <summary>Null when <paramref name="s"/> fits an MQTT string of at most <paramref name="maxBytes"/>
        /// bytes without control characters, else the problem (never quoting the value).</summary>
        public static string StringProblem(string s, int maxBytes)
        {
            if (s == null) return null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == (char)0) return "must not contain NUL";
                if (c < ' ' || c == (char)0x7F) return "must not contain control characters";
            }

            if (Utf8Text.ByteCount(s) > maxBytes) return "must be at most " + maxBytes.ToString() + " bytes";
            return null;
        }

        /// <summary>Null when <paramref name="s"/> can be the first levels of a topic the node publishes
        /// to: a valid MQTT string of at most <paramref name="maxBytes"/> bytes, no '+' or '#', not starting
        /// with '$' or '/', no empty level.</summary>
        public static string TopicPrefixProblem(string s, int maxBytes)
        {
            if (s == null || s.Length == 0) return "must not be empty";
            string e = StringProblem(s, maxBytes);
            if (e != null) return e;
            if (s.IndexOf('+') >= 0 || s.IndexOf('#') >= 0) return "must not contain the wildcards + or #";
            if (s[0] == '$') return "must not start with '$' (broker topics; publishing there is denied)";
            if (s[0] == '/' || s[s.Length - 1] == '/' || s.IndexOf("//") >= 0) return "must not have an empty level (leading, trailing or double '/')";
            return null;
        }
    }
}
