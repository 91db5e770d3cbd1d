namespace NodeMqtt.Crypto
{
    /// <summary>
    /// AES-128 block encryption (FIPS-197), forward direction only: GCM and CTR never run the inverse
    /// cipher, so decryption of DLMS frames needs no inverse S-box or inverse MixColumns (less flash).
    /// The S-box is computed once from its definition (multiplicative inverse in GF(2^8) followed by the
    /// affine map, FIPS-197 §5.1.1) instead of a 256-byte literal. Byte-oriented so it runs the same on
    /// the device's interpreter; one key schedule of 176 bytes per instance, no allocation per block.
    /// </summary>
    public sealed class Aes128
    {
        private static readonly byte[] SBox = BuildSBox();
        private readonly byte[] _roundKeys = new byte[176];
        private readonly byte[] _state = new byte[16];

        /// <summary>Block encryptions done by this instance since it was created (for cost figures).</summary>
        public long BlockEncryptions { get; private set; }

        /// <summary>Expands a 16-byte key (FIPS-197 §5.2). Throws when <paramref name="key"/> is not 16 bytes.</summary>
        public void SetKey(byte[] key, int offset)
        {
            if (key == null || offset < 0 || offset + 16 > key.Length) throw new System.ArgumentException("AES-128 key must be 16 bytes");
            byte[] w = _roundKeys;
            for (int i = 0; i < 16; i++) w[i] = key[offset + i];
            byte rcon = 1;
            for (int i = 16; i < 176; i += 4)
            {
                byte t0 = w[i - 4], t1 = w[i - 3], t2 = w[i - 2], t3 = w[i - 1];
                if (i % 16 == 0)
                {
                    // RotWord, SubWord, Rcon
                    byte r = t0;
                    t0 = (byte)(SBox[t1] ^ rcon);
                    t1 = SBox[t2];
                    t2 = SBox[t3];
                    t3 = SBox[r];
                    rcon = XTime(rcon);
                }

                w[i] = (byte)(w[i - 16] ^ t0);
                w[i + 1] = (byte)(w[i - 15] ^ t1);
                w[i + 2] = (byte)(w[i - 14] ^ t2);
                w[i + 3] = (byte)(w[i - 13] ^ t3);
            }
        }

        /// <summary>Encrypts one 16-byte block from <paramref name="input"/> into <paramref name="output"/>
        /// (the two may be the same array and offset).</summary>
        public void EncryptBlock(byte[] input, int inOffset, byte[] output, int outOffset)
        {
            byte[] s = _state;
            byte[] w = _roundKeys;
            for (int i = 0; i < 16; i++) s[i] = (byte)(input[inOffset + i] ^ w[i]);
            for (int round = 1; round < 10; round++)
            {
                SubShift(s);
                MixColumns(s);
                int k = round * 16;
                for (int i = 0; i < 16; i++) s[i] ^= w[k + i];
            }

            SubShift(s);
            for (int i = 0; i < 16; i++) output[outOffset + i] = (byte)(s[i] ^ w[160 + i]);
            BlockEncryptions++;
        }

        // SubBytes and ShiftRows together; the state is column-major (byte r + 4c is row r, column c).
        private static void SubShift(byte[] s)
        {
            byte[] b = SBox;
            s[0] = b[s[0]]; s[4] = b[s[4]]; s[8] = b[s[8]]; s[12] = b[s[12]];
            byte t = s[1];
            s[1] = b[s[5]]; s[5] = b[s[9]]; s[9] = b[s[13]]; s[13] = b[t];
            t = s[2];
            byte u = s[6];
            s[2] = b[s[10]]; s[6] = b[s[14]]; s[10] = b[t]; s[14] = b[u];
            t = s[15];
            s[15] = b[s[11]]; s[11] = b[s[7]]; s[7] = b[s[3]]; s[3] = b[t];
        }

        private static void MixColumns(byte[] s)
        {
            for (int c = 0; c < 16; c += 4)
            {
                byte a0 = s[c], a1 = s[c + 1], a2 = s[c + 2], a3 = s[c + 3];
                byte all = (byte)(a0 ^ a1 ^ a2 ^ a3);
                s[c] = (byte)(a0 ^ all ^ XTime((byte)(a0 ^ a1)));
                s[c + 1] = (byte)(a1 ^ all ^ XTime((byte)(a1 ^ a2)));
                s[c + 2] = (byte)(a2 ^ all ^ XTime((byte)(a2 ^ a3)));
                s[c + 3] = (byte)(a3 ^ all ^ XTime((byte)(a3 ^ a0)));
            }
        }

        private static byte XTime(byte x)
        {
            return (byte)((x << 1) ^ ((x & 0x80) != 0 ? 0x1B : 0));
        }

        private static byte[] BuildSBox()
        {
            // Walk the multiplicative group with generator 3: p = 3^k, q = 3^-k, so q is p's inverse.
            byte[] box = new byte[256];
            int p = 1, q = 1;
            do
            {
                p = p ^ ((p << 1) & 0xFF) ^ ((p & 0x80) != 0 ? 0x1B : 0);
                q ^= q << 1;
                q ^= q << 2;
                q ^= q << 4;
                q &= 0xFF;
                if ((q & 0x80) != 0) q ^= 0x09;
                int x = q ^ Rotl(q, 1) ^ Rotl(q, 2) ^ Rotl(q, 3) ^ Rotl(q, 4);
                box[p] = (byte)(x ^ 0x63);
            }
            while (p != 1);
            box[0] = 0x63;
            return box;
        }

        private static int Rotl(int x, int n)
        {
            return ((x << n) | (x >> (8 - n))) & 0xFF;
        }
    }
}
