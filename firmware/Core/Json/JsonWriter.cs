using System.Text;

namespace NodeMqtt.Json
{
    /// <summary>
    /// A small forward-only JSON writer over a reusable <see cref="StringBuilder"/>. It tracks commas per
    /// nesting level, escapes every string and writes numbers through <see cref="NumberText"/>, so building
    /// a document allocates nothing once the builder has grown to its working size.
    /// Strings: <c>"</c> and <c>\</c> are escaped, control characters become <c>\n \r \t \b \f</c> or
    /// <c>\u00XX</c>, and everything else (including non-ASCII meter text) passes through unchanged, to be
    /// encoded as UTF-8 (RFC 8259 section 7 allows this; it keeps payloads short and readable).
    /// </summary>
    public sealed class JsonWriter
    {
        /// <summary>Deepest nesting tracked; deeper documents are a programming error.</summary>
        public const int MaxDepth = 8;

        private const string Hex = "0123456789abcdef";
        private readonly bool[] _hasItem = new bool[MaxDepth + 1];
        private StringBuilder _sb;
        private int _depth;
        private bool _afterName;

        /// <summary>Creates a writer appending to <paramref name="builder"/>.</summary>
        public JsonWriter(StringBuilder builder)
        {
            _sb = builder;
        }

        /// <summary>The builder written to.</summary>
        public StringBuilder Builder { get { return _sb; } }

        /// <summary>Current nesting depth (0 when every container is closed).</summary>
        public int Depth { get { return _depth; } }

        /// <summary>Empties the builder (keeping its capacity) and forgets all nesting.</summary>
        public void Reset()
        {
            _sb.Length = 0;
            _depth = 0;
            _afterName = false;
            _hasItem[0] = false;
        }

        /// <summary>Starts an object: <c>{</c>.</summary>
        public void BeginObject() { Open('{'); }

        /// <summary>Ends an object: <c>}</c>.</summary>
        public void EndObject() { Close('}'); }

        /// <summary>Starts an array: <c>[</c>.</summary>
        public void BeginArray() { Open('['); }

        /// <summary>Ends an array: <c>]</c>.</summary>
        public void EndArray() { Close(']'); }

        /// <summary>Writes a property name; the next call writes its value.</summary>
        public void Name(string name)
        {
            BeforeValue();
            AppendQuoted(name, null);
            _sb.Append(':');
            _afterName = true;
        }

        /// <summary>Writes a property name made of two parts (e.g. key + "_time") without concatenating them.</summary>
        public void Name(string name, string suffix)
        {
            BeforeValue();
            AppendQuoted(name, suffix);
            _sb.Append(':');
            _afterName = true;
        }

        /// <summary>Writes an escaped string value, or <c>null</c> for a null reference.</summary>
        public void String(string value)
        {
            BeforeValue();
            if (value == null) _sb.Append("null");
            else AppendQuoted(value, null);
        }

        /// <summary>Writes one string value made of up to three parts (null parts skipped), each escaped,
        /// without concatenating them first (e.g. <c>node + "_" + key</c>).</summary>
        public void StringParts(string a, string b, string c)
        {
            BeforeValue();
            _sb.Append('"');
            AppendEscaped(_sb, a);
            AppendEscaped(_sb, b);
            AppendEscaped(_sb, c);
            _sb.Append('"');
        }

        /// <summary>Writes a number with a fixed count of decimals (NaN and infinities as <c>null</c>).</summary>
        public void Number(double value, int decimals)
        {
            BeforeValue();
            NumberText.AppendFixed(_sb, value, decimals);
        }

        /// <summary>Writes an integer.</summary>
        public void Long(long value)
        {
            BeforeValue();
            NumberText.AppendLong(_sb, value);
        }

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public void Bool(bool value)
        {
            BeforeValue();
            _sb.Append(value ? "true" : "false");
        }

        /// <summary>Writes <c>null</c>.</summary>
        public void Null()
        {
            BeforeValue();
            _sb.Append("null");
        }

        /// <summary>Writes UTC milliseconds as an ISO 8601 string (<c>"2026-01-02T03:04:05Z"</c>).</summary>
        public void IsoTime(long utcMs)
        {
            BeforeValue();
            _sb.Append('"');
            NumberText.AppendIsoUtc(_sb, utcMs);
            _sb.Append('"');
        }

        /// <summary>Writes already-valid JSON text as a value (e.g. a diagnostics document made elsewhere).
        /// The caller vouches for it; nothing is escaped.</summary>
        public void Raw(string json)
        {
            BeforeValue();
            _sb.Append(json);
        }

        /// <summary>Property shortcut: name and string value.</summary>
        public void Property(string name, string value)
        {
            Name(name);
            String(value);
        }

        /// <summary>Property shortcut: name and integer value.</summary>
        public void Property(string name, long value)
        {
            Name(name);
            Long(value);
        }

        /// <summary>Property shortcut: name and bool value.</summary>
        public void Property(string name, bool value)
        {
            Name(name);
            Bool(value);
        }

        /// <summary>Appends <paramref name="value"/> escaped for a JSON string, without quotes.</summary>
        public static void AppendEscaped(StringBuilder sb, string value)
        {
            if (value == null) return;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    sb.Append('\\');
                    sb.Append(c);
                }
                else if (c >= ' ')
                {
                    sb.Append(c);
                }
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\b') sb.Append("\\b");
                else if (c == '\f') sb.Append("\\f");
                else
                {
                    sb.Append("\\u00");
                    sb.Append(Hex[c >> 4]);
                    sb.Append(Hex[c & 0xF]);
                }
            }
        }

        private void AppendQuoted(string a, string b)
        {
            _sb.Append('"');
            AppendEscaped(_sb, a);
            AppendEscaped(_sb, b);
            _sb.Append('"');
        }

        private void Open(char bracket)
        {
            BeforeValue();
            _sb.Append(bracket);
            if (_depth < MaxDepth) _depth++;
            _hasItem[_depth] = false;
        }

        private void Close(char bracket)
        {
            _sb.Append(bracket);
            if (_depth > 0) _depth--;
            _afterName = false;
        }

        // A value directly after its name takes no comma; any other item after a sibling does.
        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItem[_depth]) _sb.Append(',');
            _hasItem[_depth] = true;
        }
    }
}
