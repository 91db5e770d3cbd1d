namespace NodeMqtt.Supervision
{
    /// <summary>
    /// Seeded xorshift32 (Marsaglia 2003) for backoff jitter. Core owns its randomness so that every run
    /// replays exactly from its seed (STYLE.md, the TigerBeetle lesson); System.Random is not used because
    /// its sequence differs between nanoFramework and .NET. The seed is mixed first (murmur3 fmix32) so that
    /// small seeds such as 1, 2, 3 do not start with small outputs; xorshift's all-zero state is avoided.
    /// </summary>
    public sealed class Prng
    {
        private uint _state;

        /// <summary>Creates a generator; equal seeds give equal sequences on every platform.</summary>
        public Prng(uint seed)
        {
            uint x = seed;
            x ^= x >> 16;
            x *= 0x85EBCA6B;
            x ^= x >> 13;
            x *= 0xC2B2AE35;
            x ^= x >> 16;
            _state = x == 0 ? 0x9E3779B9 : x;
        }

        /// <summary>The next 32 random bits.</summary>
        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>A value in [0, <paramref name="maxExclusive"/>); 0 when the bound is 1 or less.
        /// The modulo bias is below 2^-20 for the bounds used here (at most a few million ms).</summary>
        public int NextInt(int maxExclusive)
        {
            if (maxExclusive <= 1)
            {
                return 0;
            }

            return (int)(NextUInt() % (uint)maxExclusive);
        }
    }
}
