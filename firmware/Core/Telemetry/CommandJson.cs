namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// A strict reader for one ThingsBoard RPC request, <c>{"method":"set","params":{"key":"k","value":v}}</c>
    /// (params may also be a string <c>"k v"</c>, a scalar, an empty object or absent). It turns the request into
    /// the plain command text (<c>set k v</c>) so both syntaxes share one validator. Anything that is not
    /// well-formed JSON of this shape is refused with a reason; nothing is guessed. Nesting is limited.
    /// </summary>
    internal sealed class CommandJson
    {
        private const int MaxDepth = 4;
        private string _s;
        private int _p;

        internal string Method;
        internal string Params;
        internal string ParamKey;
        internal string ParamValue;
        internal string Error;

        /// <summary>Parses <paramref name="s"/>; false with <see cref="Error"/> set when it is not a valid request.</summary>
        internal bool Parse(string s)
        {
            _s = s;
            _p = 0;
            Method = null;
            Params = null;
            ParamKey = null;
            ParamValue = null;
            Error = null;
            if (!Object(0)) return false;
            Ws();
            if (_p != _s.Length) return Fail("trailing characters after the JSON object");
            if (Method == null) return Fail("\"method\" (a string) is missing");
            return true;
        }

        /// <summary>The request as command text: <c>method</c>, <c>method params</c> or <c>method key value</c>.</summary>
        internal string CommandText()
        {
            if (ParamKey != null) return Method + " " + ParamKey + " " + (ParamValue == null ? "" : ParamValue);
            if (Params != null) return Method + " " + Params;
            return Method;
        }

        // depth 0 = the request, 1 = params, deeper = skipped.
        private bool Object(int depth)
        {
            Ws();
            if (!Eat('{')) return Fail("expected a JSON object");
            Ws();
            if (Eat('}')) return true;
            while (true)
            {
                Ws();
                string name = String();
                if (name == null) return Fail("expected a member name");
                Ws();
                if (!Eat(':')) return Fail("expected ':'");
                Ws();
                if (!Member(depth, name)) return false;
                Ws();
                if (Eat('}')) return true;
                if (!Eat(',')) return Fail("expected ',' or '}'");
            }
        }

        private bool Member(int depth, string name)
        {
            if (depth == 0 && name == "method")
            {
                Method = String();
                return Method != null || Fail("\"method\" must be a string");
            }

            if (depth == 0 && name == "params")
            {
                if (Peek() == '{') return Object(1);
                string scalar = Scalar();
                if (scalar == null) return Fail("\"params\" must be an object, string, number or boolean");
                if (scalar != "null") Params = scalar;
                return true;
            }

            if (depth == 1 && (name == "key" || name == "value"))
            {
                string scalar = Scalar();
                if (scalar == null) return Fail("\"" + name + "\" must be a string, number or boolean");
                if (name == "key") ParamKey = scalar;
                else ParamValue = scalar;
                return true;
            }

            // Unknown members are skipped (ThingsBoard may add some), but must still be valid JSON.
            if (Peek() == '{')
            {
                if (depth + 1 >= MaxDepth) return Fail("nested too deeply");
                return Object(depth + 1);
            }

            return Scalar() != null || Fail("unsupported value for \"" + name + "\"");
        }

        // A string (unquoted), or the literal text of a number, true, false or null; null when none.
        private string Scalar()
        {
            char c = Peek();
            if (c == '"') return String();
            int start = _p;
            if (c == '-' || (c >= '0' && c <= '9'))
            {
                _p++;
                while (_p < _s.Length && ((_s[_p] >= '0' && _s[_p] <= '9') || _s[_p] == '.' || _s[_p] == 'e' || _s[_p] == 'E' || _s[_p] == '+' || _s[_p] == '-')) _p++;
                return _s.Substring(start, _p - start);
            }

            if (Word("true")) return "true";
            if (Word("false")) return "false";
            if (Word("null")) return "null";
            return null;
        }

        private string String()
        {
            if (!Eat('"')) return null;
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            while (_p < _s.Length)
            {
                char c = _s[_p++];
                if (c == '"') return sb.ToString();
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (_p >= _s.Length) return null;
                char e = _s[_p++];
                if (e == '"' || e == '\\' || e == '/') sb.Append(e);
                else if (e == 'n') sb.Append('\n');
                else if (e == 't') sb.Append('\t');
                else if (e == 'r') sb.Append('\r');
                else if (e == 'b') sb.Append('\b');
                else if (e == 'f') sb.Append('\f');
                else return null; // \u escapes are refused: commands are plain ASCII words
            }

            return null;
        }

        private bool Word(string w)
        {
            if (_p + w.Length > _s.Length) return false;
            for (int i = 0; i < w.Length; i++)
            {
                if (_s[_p + i] != w[i]) return false;
            }

            _p += w.Length;
            return true;
        }

        private char Peek() { return _p < _s.Length ? _s[_p] : '\0'; }

        private bool Eat(char c)
        {
            if (_p < _s.Length && _s[_p] == c)
            {
                _p++;
                return true;
            }

            return false;
        }

        private void Ws()
        {
            while (_p < _s.Length && _s[_p] == ' ') _p++;
        }

        private bool Fail(string reason)
        {
            if (Error == null) Error = reason;
            return false;
        }
    }
}
