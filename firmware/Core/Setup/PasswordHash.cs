using System.Text;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// The admin password, stored only as PBKDF2-HMAC-SHA256 (RFC 8018) with a random salt:
    /// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt hex&gt;$&lt;hash hex&gt;</c>. The iteration count travels with the
    /// hash so it can be raised later without locking anyone out. The salt comes in from the platform
    /// (Core has no randomness of its own). Verification compares in constant time.
    /// </summary>
    public sealed class PasswordHash
    {
        /// <summary>Prefix of a stored hash.</summary>
        public const string Scheme = "pbkdf2-sha256";

        /// <summary>Salt length the platform should supply.</summary>
        public const int SaltBytes = 16;

        /// <summary>Iterations for new hashes. Each costs two SHA-256 compressions; interpreted on an ESP32 that
        /// is a few ms each, so a login costs seconds there. Together with the growing delay after a wrong
        /// password (<see cref="LoginThrottle"/>) that makes guessing over the LAN impractical.</summary>
        public const int DefaultIterations = 600;

        /// <summary>Longest admin password accepted (bounded work per attempt).</summary>
        public const int MaxPasswordChars = 64;

        private readonly Sha256 _inner = new Sha256();
        private readonly Sha256 _outer = new Sha256();
        private readonly Sha256 _work = new Sha256();
        private readonly byte[] _pad = new byte[Sha256.BlockBytes];
        private readonly byte[] _u = new byte[Sha256.HashBytes];
        private readonly byte[] _t = new byte[Sha256.HashBytes];
        private readonly byte[] _one = new byte[4];

        /// <summary>The stored form of <paramref name="password"/> with <paramref name="salt"/>.</summary>
        public string Create(string password, byte[] salt, int iterations)
        {
            byte[] dk = Derive(password, salt, iterations);
            StringBuilder sb = new StringBuilder(120);
            sb.Append(Scheme).Append('$').Append(iterations).Append('$');
            Hex.Append(sb, salt, 0, salt.Length);
            sb.Append('$');
            Hex.Append(sb, dk, 0, dk.Length);
            return sb.ToString();
        }

        /// <summary>True when <paramref name="password"/> matches <paramref name="stored"/>; false for a wrong
        /// password or a stored value that is not a hash of this scheme.</summary>
        public bool Verify(string password, string stored)
        {
            if (password == null || stored == null || password.Length > MaxPasswordChars) return false;
            string[] parts = stored.Split('$');
            if (parts.Length != 4 || parts[0] != Scheme) return false;
            int iterations = 0;
            string it = parts[1];
            if (it.Length == 0 || it.Length > 7) return false;
            for (int i = 0; i < it.Length; i++)
            {
                char c = it[i];
                if (c < '0' || c > '9') return false;
                iterations = iterations * 10 + (c - '0');
            }

            byte[] salt = Hex.Parse(parts[2]);
            byte[] expected = Hex.Parse(parts[3]);
            if (iterations < 1 || salt == null || expected == null || expected.Length != Sha256.HashBytes) return false;
            byte[] actual = Derive(password, salt, iterations);
            int diff = 0;
            for (int i = 0; i < expected.Length; i++) diff |= expected[i] ^ actual[i];
            return diff == 0;
        }

        /// <summary>PBKDF2-HMAC-SHA256 with one output block (32 bytes).</summary>
        public byte[] Derive(string password, byte[] salt, int iterations)
        {
            byte[] key = Encoding.UTF8.GetBytes(password);
            Key(key);
            // U1 = HMAC(P, salt || INT(1))
            _one[0] = 0; _one[1] = 0; _one[2] = 0; _one[3] = 1;
            _work.CopyStateFrom(_inner);
            _work.Update(salt, 0, salt.Length);
            _work.Update(_one, 0, 4);
            FinishHmac();
            byte[] result = new byte[Sha256.HashBytes];
            for (int i = 0; i < result.Length; i++) result[i] = _u[i];
            for (int n = 1; n < iterations; n++)
            {
                _work.CopyStateFrom(_inner);
                _work.Update(_u, 0, _u.Length);
                FinishHmac();
                for (int i = 0; i < result.Length; i++) result[i] ^= _u[i];
            }

            return result;
        }

        // Absorbs key^ipad into _inner and key^opad into _outer (keys longer than a block are hashed first).
        private void Key(byte[] key)
        {
            byte[] k = key;
            if (k.Length > Sha256.BlockBytes)
            {
                _work.Reset();
                _work.Update(k, 0, k.Length);
                k = new byte[Sha256.HashBytes];
                _work.Final(k, 0);
            }

            for (int i = 0; i < _pad.Length; i++) _pad[i] = (byte)((i < k.Length ? k[i] : 0) ^ 0x36);
            _inner.Reset();
            _inner.Update(_pad, 0, _pad.Length);
            for (int i = 0; i < _pad.Length; i++) _pad[i] = (byte)((i < k.Length ? k[i] : 0) ^ 0x5c);
            _outer.Reset();
            _outer.Update(_pad, 0, _pad.Length);
        }

        // _work holds the inner hash's input; leaves HMAC's output in _u.
        private void FinishHmac()
        {
            _work.Final(_t, 0);
            _work.CopyStateFrom(_outer);
            _work.Update(_t, 0, _t.Length);
            _work.Final(_u, 0);
        }
    }
}
