using NodeMqtt.Meter;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// Parses an <c>application/x-www-form-urlencoded</c> body into at most <see cref="SetupLimits.MaxFields"/>
    /// name/value pairs, each bounded, percent-decoded and checked to be valid UTF-8 without control
    /// characters (values end up as lines of the settings file). Anything else is refused as a whole with one
    /// reason; nothing is half-read. Reused between requests.
    /// </summary>
    public sealed class FormReader
    {
        private readonly string[] _names = new string[SetupLimits.MaxFields];
        private readonly string[] _values = new string[SetupLimits.MaxFields];
        private readonly byte[] _decoded = new byte[SetupLimits.MaxValueBytes];
        private readonly char[] _chars = new char[SetupLimits.MaxValueBytes];
        private int _count;

        /// <summary>Fields parsed.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Name of field <paramref name="i"/>.</summary>
        public string NameAt(int i)
        {
            return _names[i];
        }

        /// <summary>Value of the field named <paramref name="name"/>, or null when absent.</summary>
        public string Get(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name) return _values[i];
            }

            return null;
        }

        /// <summary>Parses <paramref name="length"/> bytes of <paramref name="body"/>; null on success, else why not.</summary>
        public string Parse(byte[] body, int length)
        {
            _count = 0;
            if (length > SetupLimits.MaxBodyBytes) return "form too large";
            int start = 0;
            while (start < length)
            {
                int end = start;
                while (end < length && body[end] != (byte)'&') end++;
                if (end > start)
                {
                    string problem = Pair(body, start, end);
                    if (problem != null)
                    {
                        _count = 0;
                        return problem;
                    }
                }

                start = end + 1;
            }

            return null;
        }

        private string Pair(byte[] body, int start, int end)
        {
            if (_count == _names.Length) return "too many form fields";
            int eq = start;
            while (eq < end && body[eq] != (byte)'=') eq++;
            string name = Decode(body, start, eq, SetupLimits.MaxNameChars);
            if (name == null) return "a field name is too long or badly encoded";
            if (name.Length == 0) return "a form field has no name";
            string value = eq < end ? Decode(body, eq + 1, end, SetupLimits.MaxValueBytes) : string.Empty;
            if (value == null) return "field '" + Printable(name) + "': too long, badly encoded, or contains control characters";
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name) return "field '" + Printable(name) + "' appears twice";
            }

            _names[_count] = name;
            _values[_count] = value;
            _count++;
            return null;
        }

        // Percent- and plus-decodes into bytes, then strict UTF-8 into chars; null when anything is wrong.
        private string Decode(byte[] s, int from, int to, int maxBytes)
        {
            int n = 0;
            for (int i = from; i < to; i++)
            {
                if (n == maxBytes) return null;
                byte b = s[i];
                if (b == (byte)'+')
                {
                    b = (byte)' ';
                }
                else if (b == (byte)'%')
                {
                    if (i + 2 >= to) return null;
                    int hi = Ascii.Hex(s[i + 1]);
                    int lo = Ascii.Hex(s[i + 2]);
                    if (hi < 0 || lo < 0) return null;
                    b = (byte)((hi << 4) | lo);
                    i += 2;
                }
                else if (b < 0x21 || b > 0x7E)
                {
                    return null; // a browser percent-encodes everything else
                }

                _decoded[n++] = b;
            }

            return Utf8(n);
        }

        private string Utf8(int n)
        {
            int chars = 0;
            for (int i = 0; i < n;)
            {
                int b = _decoded[i];
                int need;
                int cp;
                if (b < 0x80) { need = 0; cp = b; }
                else if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
                else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; }
                else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; }
                else return null;
                if (i + need >= n && need > 0) return null;
                for (int k = 1; k <= need; k++)
                {
                    int c = _decoded[i + k];
                    if ((c & 0xC0) != 0x80) return null;
                    cp = (cp << 6) | (c & 0x3F);
                }

                if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return null;
                if (cp < 0x20 || cp == 0x7F) return null;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    _chars[chars++] = (char)(0xD800 + (cp >> 10));
                    _chars[chars++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    _chars[chars++] = (char)cp;
                }

                i += need + 1;
            }

            return new string(_chars, 0, chars);
        }

        // Names are echoed in error messages: keep them short and plain.
        private static string Printable(string s)
        {
            return s.Length > SetupLimits.MaxNameChars ? s.Substring(0, SetupLimits.MaxNameChars) : s;
        }
    }
}
