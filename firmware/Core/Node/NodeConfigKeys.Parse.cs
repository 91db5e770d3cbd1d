namespace NodeMqtt
{
    public static partial class NodeConfigKeys
    {
        // Whole numbers: optional '-', at most 10 digits, within int (longs: 18 digits).
        private static string Int(string key, string v, out long n)
        {
            string e = Long(key, v, out n);
            if (e == null && (n < int.MinValue || n > int.MaxValue)) e = key + ": out of range, got " + Quote(key, v);
            return e;
        }

        private static string Long(string key, string v, out long n)
        {
            n = 0;
            string t = v.Trim();
            bool negative = t.Length > 0 && t[0] == '-';
            int start = negative ? 1 : 0;
            if (t.Length == start || t.Length - start > 18) return key + ": must be a whole number, got " + Quote(key, v);
            for (int i = start; i < t.Length; i++)
            {
                char c = t[i];
                if (c < '0' || c > '9') return key + ": must be a whole number, got " + Quote(key, v);
                n = n * 10 + (c - '0');
            }

            if (negative) n = -n;
            return null;
        }

        private static string Bool(string key, string v, out bool flag)
        {
            string t = v.Trim();
            flag = t == "true" || t == "on" || t == "1";
            if (flag || t == "false" || t == "off" || t == "0") return null;
            return key + ": must be true or false (on/off, 1/0), got " + Quote(key, v);
        }

        private static string Quote(string key, string v)
        {
            return IsSecret(key) ? "(value hidden)" : "'" + Shown(key, v) + "'";
        }
    }
}
