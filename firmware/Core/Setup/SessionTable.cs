namespace NodeMqtt.Setup
{
    /// <summary>
    /// Logged-in browsers: a few random session tokens (from the platform's randomness) with an idle expiry,
    /// so the expensive password hash runs once per login, not per page. Oldest is replaced when full.
    /// </summary>
    public sealed class SessionTable
    {
        /// <summary>Cookie name.</summary>
        public const string CookieName = "nm_session";

        /// <summary>Token length in bytes (hex in the cookie).</summary>
        public const int TokenBytes = 16;

        /// <summary>A session unused this long is forgotten.</summary>
        public const long IdleTimeoutMs = 1800000;

        private const int Slots = 4;

        private readonly string[] _tokens = new string[Slots];
        private readonly long[] _lastUsedMs = new long[Slots];

        /// <summary>Adds a session for <paramref name="random"/> bytes and returns its token.</summary>
        public string Add(byte[] random, long nowMs)
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder(TokenBytes * 2);
            Hex.Append(sb, random, 0, TokenBytes);
            int slot = 0;
            for (int i = 1; i < Slots; i++)
            {
                if (_tokens[i] == null || _lastUsedMs[i] < _lastUsedMs[slot]) slot = i;
                if (_tokens[slot] == null) break;
            }

            _tokens[slot] = sb.ToString();
            _lastUsedMs[slot] = nowMs;
            return _tokens[slot];
        }

        /// <summary>True when the Cookie header carries a live session (and refreshes it).</summary>
        public bool Check(string cookieHeader, long nowMs)
        {
            string token = TokenFrom(cookieHeader);
            if (token == null || token.Length != TokenBytes * 2) return false;
            for (int i = 0; i < Slots; i++)
            {
                if (_tokens[i] == null) continue;
                if (nowMs - _lastUsedMs[i] > IdleTimeoutMs)
                {
                    _tokens[i] = null;
                    continue;
                }

                if (SameText(_tokens[i], token))
                {
                    _lastUsedMs[i] = nowMs;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Ends every session (after the admin password or the settings change).</summary>
        public void Clear()
        {
            for (int i = 0; i < Slots; i++) _tokens[i] = null;
        }

        private static string TokenFrom(string cookie)
        {
            if (cookie == null) return null;
            string[] parts = cookie.Split(';');
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                if (p.Length > CookieName.Length + 1 && p.IndexOf(CookieName + "=") == 0) return p.Substring(CookieName.Length + 1);
            }

            return null;
        }

        // Constant time for equal lengths: the comparison does not reveal how much of a guess was right.
        private static bool SameText(string a, string b)
        {
            if (a.Length != b.Length) return false;
            int diff = 0;
            for (int i = 0; i < a.Length; i++) diff |= a[i] ^ b[i];
            return diff == 0;
        }
    }
}
