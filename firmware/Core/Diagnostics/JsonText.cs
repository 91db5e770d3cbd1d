using System.Text;

namespace NodeMqtt.Diagnostics
{
    /// <summary>
    /// The few JSON pieces the diag document needs. Kept private to Diagnostics on purpose: a shared
    /// JsonWriter may replace it later, and nothing else should start depending on it.
    /// </summary>
    internal static class JsonText
    {
        private const string Hex = "0123456789abcdef";

        /// <summary>Appends <paramref name="s"/> as a quoted JSON string (RFC 8259 section 7); null becomes null.</summary>
        public static void String(StringBuilder sb, string s)
        {
            if (s == null)
            {
                sb.Append("null");
                return;
            }

            sb.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            sb.Append("\\u00");
                            sb.Append(Hex[(c >> 4) & 0xF]);
                            sb.Append(Hex[c & 0xF]);
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }

        /// <summary>Appends <c>"name":</c>, preceded by a comma unless <paramref name="first"/>.</summary>
        public static void Name(StringBuilder sb, string name, bool first)
        {
            if (!first)
            {
                sb.Append(',');
            }

            String(sb, name);
            sb.Append(':');
        }

        /// <summary>Appends <c>,"name":value</c> for a number.</summary>
        public static void Number(StringBuilder sb, string name, long value)
        {
            Name(sb, name, false);
            sb.Append(value.ToString());
        }
    }
}
