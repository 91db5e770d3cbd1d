namespace NodeMqtt.Crypto
{
    /// <summary>
    /// AES-128-GCM (NIST SP 800-38D) with a 96-bit IV, as DLMS/COSEM security suite 0 uses it
    /// (IEC 62056-5-3 §9.2.4: IV = system title ‖ invocation counter, tag truncated to 12 bytes).
    /// GHASH multiplies bit by bit (SP 800-38D §6.3, Algorithm 1): no per-key tables, 32 bytes of state,
    /// which is what a board wants for one frame a second. The tag is checked before a single byte of
    /// plaintext is written, so a frame that fails authentication leaves the output untouched.
    /// Cost per message of A bytes of AAD and C bytes of data: ceil(C/16) + 1 block encryptions and
    /// ceil(A/16) + ceil(C/16) + 1 GF(2^128) multiplications (see <see cref="BlockEncryptions"/>,
    /// <see cref="GfMultiplications"/>). No allocation after construction.
    /// </summary>
    public sealed class AesGcm128
    {
        private readonly Aes128 _aes = new Aes128();
        private readonly byte[] _counter = new byte[16];
        private readonly byte[] _stream = new byte[16];
        private readonly byte[] _tag = new byte[16];
        private readonly byte[] _block = new byte[16];
        private ulong _hHi, _hLo;   // hash subkey H = E(K, 0^128)
        private ulong _yHi, _yLo;   // running GHASH value
        private bool _keyed;

        /// <summary>Block encryptions since creation (key setup included).</summary>
        public long BlockEncryptions { get { return _aes.BlockEncryptions; } }

        /// <summary>GF(2^128) multiplications since creation.</summary>
        public long GfMultiplications { get; private set; }

        /// <summary>True once a key is set.</summary>
        public bool HasKey { get { return _keyed; } }

        /// <summary>Sets the 16-byte key and derives the hash subkey.</summary>
        public void SetKey(byte[] key, int offset)
        {
            _aes.SetKey(key, offset);
            for (int i = 0; i < 16; i++) _block[i] = 0;
            _aes.EncryptBlock(_block, 0, _block, 0);
            _hHi = ReadUlong(_block, 0);
            _hLo = ReadUlong(_block, 8);
            _keyed = true;
        }

        /// <summary>
        /// Verifies the tag over <paramref name="aad"/> and the ciphertext, then decrypts into
        /// <paramref name="output"/>. Returns false, writing nothing, when the tag does not match.
        /// <paramref name="tagLength"/> 0 means the frame carries no tag (DLMS security control 0x20,
        /// encryption only): nothing is verified and the caller must rely on the frame's own checksum.
        /// </summary>
        public bool Decrypt(byte[] iv, int ivOffset, byte[] aad, int aadOffset, int aadLength,
            byte[] data, int offset, int length, byte[] tag, int tagOffset, int tagLength, byte[] output, int outOffset)
        {
            if (!_keyed) return false;
            if (tagLength > 0)
            {
                ComputeTag(iv, ivOffset, aad, aadOffset, aadLength, data, offset, length);
                int diff = 0;
                for (int i = 0; i < tagLength; i++) diff |= _tag[i] ^ tag[tagOffset + i]; // no early exit
                if (diff != 0) return false;
            }

            Ctr(iv, ivOffset, data, offset, length, output, outOffset);
            return true;
        }

        /// <summary>Encrypts <paramref name="length"/> bytes into <paramref name="output"/> and writes the
        /// first <paramref name="tagLength"/> bytes of the tag (for tests, the simulator and the benchmark).</summary>
        public void Encrypt(byte[] iv, int ivOffset, byte[] aad, int aadOffset, int aadLength,
            byte[] data, int offset, int length, byte[] output, int outOffset, byte[] tag, int tagOffset, int tagLength)
        {
            if (!_keyed) throw new System.InvalidOperationException("no key");
            Ctr(iv, ivOffset, data, offset, length, output, outOffset);
            if (tagLength <= 0) return;
            ComputeTag(iv, ivOffset, aad, aadOffset, aadLength, output, outOffset, length);
            for (int i = 0; i < tagLength; i++) tag[tagOffset + i] = _tag[i];
        }

        // Counter mode from inc32(J0) = IV ‖ 00000002 (SP 800-38D §7.2, 96-bit IV).
        private void Ctr(byte[] iv, int ivOffset, byte[] input, int offset, int length, byte[] output, int outOffset)
        {
            SetCounter(iv, ivOffset, 2);
            uint n = 2;
            for (int done = 0; done < length; done += 16)
            {
                _aes.EncryptBlock(_counter, 0, _stream, 0);
                int chunk = length - done < 16 ? length - done : 16;
                for (int i = 0; i < chunk; i++) output[outOffset + done + i] = (byte)(input[offset + done + i] ^ _stream[i]);
                n++;
                _counter[12] = (byte)(n >> 24); _counter[13] = (byte)(n >> 16); _counter[14] = (byte)(n >> 8); _counter[15] = (byte)n;
            }
        }

        // Tag = E(K, J0) xor GHASH(A ‖ pad ‖ C ‖ pad ‖ len(A) ‖ len(C)), into _tag.
        private void ComputeTag(byte[] iv, int ivOffset, byte[] aad, int aadOffset, int aadLength, byte[] cipher, int offset, int length)
        {
            _yHi = 0;
            _yLo = 0;
            Absorb(aad, aadOffset, aadLength);
            Absorb(cipher, offset, length);
            ulong aBits = (ulong)aadLength * 8, cBits = (ulong)length * 8;
            _yHi ^= aBits;
            _yLo ^= cBits;
            Multiply();
            SetCounter(iv, ivOffset, 1);
            _aes.EncryptBlock(_counter, 0, _tag, 0);
            WriteXor(_tag, 0, _yHi);
            WriteXor(_tag, 8, _yLo);
        }

        private void Absorb(byte[] data, int offset, int length)
        {
            if (length <= 0) return;
            for (int done = 0; done < length; done += 16)
            {
                int chunk = length - done < 16 ? length - done : 16;
                for (int i = 0; i < 16; i++) _block[i] = i < chunk ? data[offset + done + i] : (byte)0;
                _yHi ^= ReadUlong(_block, 0);
                _yLo ^= ReadUlong(_block, 8);
                Multiply();
            }
        }

        // Y = Y · H in GF(2^128) with GCM's reflected bit order (SP 800-38D §6.3).
        private void Multiply()
        {
            ulong zHi = 0, zLo = 0, vHi = _hHi, vLo = _hLo, xHi = _yHi, xLo = _yLo;
            for (int i = 0; i < 128; i++)
            {
                ulong bit = i < 64 ? (xHi >> (63 - i)) & 1 : (xLo >> (127 - i)) & 1;
                if (bit != 0)
                {
                    zHi ^= vHi;
                    zLo ^= vLo;
                }

                bool carry = (vLo & 1) != 0;
                vLo = (vLo >> 1) | (vHi << 63);
                vHi >>= 1;
                if (carry) vHi ^= 0xE100000000000000UL;
            }

            _yHi = zHi;
            _yLo = zLo;
            GfMultiplications++;
        }

        private void SetCounter(byte[] iv, int ivOffset, uint n)
        {
            for (int i = 0; i < 12; i++) _counter[i] = iv[ivOffset + i];
            _counter[12] = (byte)(n >> 24); _counter[13] = (byte)(n >> 16); _counter[14] = (byte)(n >> 8); _counter[15] = (byte)n;
        }

        private static ulong ReadUlong(byte[] b, int o)
        {
            ulong v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | b[o + i];
            return v;
        }

        private static void WriteXor(byte[] b, int o, ulong v)
        {
            for (int i = 7; i >= 0; i--)
            {
                b[o + i] ^= (byte)v;
                v >>= 8;
            }
        }
    }
}
