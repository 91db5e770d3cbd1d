using System.Text;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// ThingsBoard shared attributes as configuration: an update (<c>{"min_interval_ms":10000}</c> on
    /// <c>v1/devices/me/attributes</c>) or the answer to the request sent on connect
    /// (<c>{"shared":{...}}</c> on <c>.../attributes/response/1</c>). Each settable key goes through the same
    /// validation as the <c>set</c> command (<see cref="CommandProcessor.ApplySetting"/>); other keys are
    /// ignored, because a server keeps shared attributes for other purposes too and the node's own client
    /// attributes come back on the same topic from a plain broker. Size is checked before reading, as for
    /// commands; nesting beyond one <c>shared</c> object is skipped.
    /// </summary>
    public sealed class SharedAttributes
    {
        private readonly CommandProcessor _commands;
        private readonly StringBuilder _result = new StringBuilder(128);
        private byte[] _p;
        private int _i;
        private int _end;

        /// <summary>Applies settings through <paramref name="commands"/>.</summary>
        public SharedAttributes(CommandProcessor commands)
        {
            _commands = commands;
        }

        /// <summary>Settings applied.</summary>
        public long Applied;
        /// <summary>Settings refused by validation (or a payload that was not a JSON object).</summary>
        public long Refused;

        /// <summary>Applies the settable keys in <paramref name="payload"/>. Returns the outcome in one line
        /// (<c>ok min_interval_ms=10000; error: ...</c>), or null when the payload held no settable key.</summary>
        public string Apply(byte[] payload, int maxBytes)
        {
            if (payload == null || payload.Length == 0) return null;
            if (payload.Length > maxBytes) return null; // the node's own diag attribute comes back here from a plain broker
            _p = payload;
            _i = 0;
            _end = payload.Length;
            _result.Length = 0;
            Ws();
            if (!Eat('{')) return null;
            Members(0);
            _p = null;
            return _result.Length == 0 ? null : _result.ToString();
        }

        // Reads members; at depth 0 descends into "shared". Stops quietly at the first malformed byte.
        private void Members(int depth)
        {
            while (true)
            {
                Ws();
                if (Eat('}')) return;
                string name = ReadString();
                if (name == null) return;
                Ws();
                if (!Eat(':')) return;
                Ws();
                if (_i < _end && _p[_i] == '{')
                {
                    _i++;
                    if (depth == 0 && name == "shared") Members(1);
                    else if (!Skip()) return;
                }
                else
                {
                    string value = ReadScalar();
                    if (value == null) return;
                    if (CommandProcessor.IsSettable(name)) Record(name, value);
                }

                Ws();
                if (Eat(',')) continue;
                if (Eat('}')) return;
                return;
            }
        }

        private void Record(string key, string value)
        {
            string reply = _commands.ApplySetting(key, value);
            if (reply.IndexOf("ok") == 0) Applied++;
            else Refused++;
            if (_result.Length > 0) _result.Append("; ");
            _result.Append(reply);
        }

        // A number, true/false (as on/off, the set command's words) or a string; null when none of them.
        private string ReadScalar()
        {
            if (_i >= _end) return null;
            byte c = _p[_i];
            if (c == '"') return ReadString();
            if (Word("true")) return "on";
            if (Word("false")) return "off";
            if (Word("null")) return "null";
            int start = _i;
            while (_i < _end && ((_p[_i] >= '0' && _p[_i] <= '9') || _p[_i] == '-' || _p[_i] == '.' || _p[_i] == 'e' || _p[_i] == 'E' || _p[_i] == '+')) _i++;
            return _i == start ? null : Ascii(start, _i);
        }

        private string ReadString()
        {
            if (!Eat('"')) return null;
            int start = _i;
            while (_i < _end && _p[_i] != '"')
            {
                if (_p[_i] == '\\' || _p[_i] < 0x20 || _p[_i] > 0x7E) return null; // settings are plain ASCII words
                _i++;
            }

            if (_i >= _end) return null;
            string s = Ascii(start, _i);
            _i++;
            return s;
        }

        // Skips a nested object or array value whose opening bracket was just eaten.
        private bool Skip()
        {
            int depth = 1;
            bool inString = false;
            while (_i < _end && depth > 0)
            {
                byte c = _p[_i++];
                if (inString)
                {
                    if (c == '\\') _i++;
                    else if (c == '"') inString = false;
                }
                else if (c == '"') inString = true;
                else if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']') depth--;
            }

            return depth == 0;
        }

        private bool Word(string w)
        {
            if (_end - _i < w.Length) return false;
            for (int k = 0; k < w.Length; k++)
            {
                if (_p[_i + k] != w[k]) return false;
            }

            _i += w.Length;
            return true;
        }

        private string Ascii(int start, int end)
        {
            char[] chars = new char[end - start];
            for (int k = start; k < end; k++) chars[k - start] = (char)_p[k];
            return new string(chars);
        }

        private bool Eat(char c)
        {
            if (_i < _end && _p[_i] == c)
            {
                _i++;
                return true;
            }

            return false;
        }

        private void Ws()
        {
            while (_i < _end && (_p[_i] == ' ' || _p[_i] == '\t' || _p[_i] == '\r' || _p[_i] == '\n')) _i++;
        }
    }
}
