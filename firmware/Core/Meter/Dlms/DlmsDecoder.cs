using NodeMqtt.Crypto;

namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// One push APDU in, values out: <c>general-glo-ciphering</c> (0xDB, IEC 62056-5-3 §9.2.7: system title,
    /// security control, invocation counter, ciphertext, 12-byte tag) is verified and decrypted first, then
    /// the <c>data-notification</c> (0x0F: long-invoke-id-and-priority, optional date-time, body) is read
    /// with bounded A-XDR and mapped through the OBIS table. Nothing from a frame whose tag fails reaches the
    /// reading. Preallocated buffers; single-threaded.
    /// </summary>
    public sealed class DlmsDecoder
    {
        /// <summary>Tag length of DLMS security suite 0 (GCM tag truncated to 96 bits).</summary>
        public const int TagBytes = 12;

        private const byte DataNotification = 0x0F;
        private const byte GeneralGloCiphering = 0xDB;
        private const byte GeneralBlockTransfer = 0xE0;

        private readonly AesGcm128 _gcm;
        private readonly byte[] _authKey;
        private readonly byte[] _plain;
        private readonly byte[] _iv = new byte[12];
        private readonly byte[] _aad = new byte[17];
        private readonly AxdrItems _items = new AxdrItems();
        private readonly DlmsListMapper _mapper = new DlmsListMapper();
        private readonly BlockTransfer _blocks;

        /// <summary>Creates the decoder. <paramref name="key"/> and <paramref name="authKey"/> are 16 bytes or null.</summary>
        public DlmsDecoder(int maxApduBytes, byte[] key, byte[] authKey)
        {
            _plain = new byte[maxApduBytes];
            _blocks = new BlockTransfer(maxApduBytes);
            _authKey = authKey;
            if (key != null)
            {
                _gcm = new AesGcm128();
                _gcm.SetKey(key, 0);
            }
        }

        /// <summary>Data-notifications decoded into values.</summary>
        public int Notifications { get; private set; }
        /// <summary>Encrypted APDUs whose tag failed or whose plaintext was not an APDU.</summary>
        public int DecryptFailures { get; private set; }
        /// <summary>APDUs or bodies that were malformed.</summary>
        public int Malformed { get; private set; }
        /// <summary>Encrypted APDUs seen without a configured key.</summary>
        public int NoKeyFrames { get; private set; }
        /// <summary>APDUs of other kinds.</summary>
        public int Unsupported { get; private set; }
        /// <summary>Values added to readings.</summary>
        public long Values { get; private set; }
        /// <summary>Decrypt tagged frames without verifying the tag (<c>meter.auth_key = none</c>).</summary>
        public bool SkipTagCheck;
        /// <summary>Tagged frames decrypted without verifying the tag (<see cref="SkipTagCheck"/>).</summary>
        public int UnverifiedTags { get; private set; }
        /// <summary>True when the last encrypted APDU carried no tag although an authentication key is set.</summary>
        public bool TagMissing { get; private set; }
        /// <summary>True when the last encrypted APDU carried a tag and no authentication key is configured.</summary>
        public bool AuthKeyMissing { get; private set; }
        /// <summary>The general-block-transfer reassembler (its <see cref="BlockTransfer.Dropped"/> counter).</summary>
        public BlockTransfer Blocks { get { return _blocks; } }
        /// <summary>The list mapper (unknown-object and bad-value counters).</summary>
        public DlmsListMapper Mapper { get { return _mapper; } }
        /// <summary>The cipher, for its operation counters; null without a key.</summary>
        public AesGcm128 Cipher { get { return _gcm; } }
        /// <summary>The decrypted text after a <see cref="DlmsResult.Text"/> result.</summary>
        public byte[] PlainBuffer { get { return _plain; } }
        /// <summary>Offset of the text in <see cref="PlainBuffer"/>.</summary>
        public int TextOffset { get; private set; }
        /// <summary>Length of the text in <see cref="PlainBuffer"/>.</summary>
        public int TextLength { get; private set; }

        /// <summary>Decodes one APDU into <paramref name="reading"/> (cleared first). Returns a <see cref="DlmsResult"/>.</summary>
        public int Decode(byte[] apdu, int offset, int length, Reading reading)
        {
            reading.Clear();
            if (length <= 0) return Count(DlmsResult.Malformed);
            byte kind = apdu[offset];
            if (kind == GeneralGloCiphering) return Ciphered(apdu, offset, length, reading);
            if (kind == DataNotification) return Notification(apdu, offset, offset + length, reading);
            if (kind == GeneralBlockTransfer && apdu != _blocks.Buffer)
            {
                if (!_blocks.Add(apdu, offset, length)) return DlmsResult.Block;
                return Decode(_blocks.Buffer, 0, _blocks.Length, reading);
            }

            return Count(DlmsResult.Unsupported);
        }

        private int Ciphered(byte[] a, int offset, int length, Reading reading)
        {
            int end = offset + length;
            int p = offset + 1;
            if (p >= end || a[p] != 8 || end - p < 9) return Count(DlmsResult.Malformed);
            int title = p + 1;
            p += 9;
            int n;
            if (!AxdrItems.Length(a, ref p, end, out n) || n < 5 || n > end - p) return Count(DlmsResult.Malformed);
            byte security = a[p];
            bool authenticated = (security & 0x10) != 0;
            // 0x20 encryption, 0x10 authentication, low nibble the suite (0 and 1 use AES-128-GCM); compressed
            // (0x80) or unencrypted APDUs are not pushed by any known HAN meter.
            if ((security & 0x20) == 0 || (security & 0x80) != 0 || (security & 0x0F) > 1) return Count(DlmsResult.Unsupported);
            int cipherLength = n - 5 - (authenticated ? TagBytes : 0);
            if (cipherLength <= 0 || cipherLength > _plain.Length) return Count(DlmsResult.Malformed);
            if (_gcm == null) return Count(DlmsResult.NoKey);
            // meter.auth_key = none: the user chose not to verify tags (the operator gave no authentication
            // key); integrity then rests on the frame's FCS and, for Smarty, the DSMR text's CRC-16.
            bool verify = authenticated && !SkipTagCheck;
            AuthKeyMissing = verify && _authKey == null;
            if (AuthKeyMissing) return Count(DlmsResult.DecryptFailed);
            // With an authentication key the tag is required: the security byte is only protected by the tag
            // itself, so a frame that claims "no tag" (0x30 flipped to 0x20) must not bypass it.
            TagMissing = !authenticated && _authKey != null && !SkipTagCheck;
            if (TagMissing) return Count(DlmsResult.DecryptFailed);

            for (int i = 0; i < 8; i++) _iv[i] = a[title + i];
            for (int i = 0; i < 4; i++) _iv[8 + i] = a[p + 1 + i];
            _aad[0] = security;
            if (verify) for (int i = 0; i < 16; i++) _aad[1 + i] = _authKey[i];
            int cipher = p + 5;
            bool ok = _gcm.Decrypt(_iv, 0, _aad, 0, verify ? 17 : 0, a, cipher, cipherLength,
                a, cipher + cipherLength, verify ? TagBytes : 0, _plain, 0);
            if (authenticated && !verify) UnverifiedTags++;
            if (!ok) return Count(DlmsResult.DecryptFailed);

            if (_plain[0] == DataNotification)
            {
                int result = Notification(_plain, 0, cipherLength, reading);
                // Without a tag a wrong key shows only as a body that does not parse: name the likely cause.
                if (result == DlmsResult.Malformed && !verify)
                {
                    Malformed--;
                    return Count(DlmsResult.DecryptFailed);
                }

                return result;
            }

            if (_plain[0] == (byte)'/')
            {
                TextOffset = 0;
                TextLength = cipherLength;
                return DlmsResult.Text;
            }

            return Count(DlmsResult.DecryptFailed);
        }

        private int Notification(byte[] a, int offset, int end, Reading reading)
        {
            int p = offset + 5; // tag + long-invoke-id-and-priority
            if (p >= end) return Count(DlmsResult.Malformed);
            long headerTime = DlmsDateTime.Invalid;
            int b = a[p++];
            if (b == AxdrTag.OctetString && p < end) b = a[p++]; // some lists tag the date-time (09 0C …)
            if (b == 12 && end - p >= 12)
            {
                headerTime = DlmsDateTime.Parse(a, p);
                p += 12;
            }
            else if (b != 0) return Count(DlmsResult.Malformed);

            int next;
            if (!_items.Read(a, p, end, out next))
            {
                reading.Clear();
                return Count(DlmsResult.Malformed);
            }

            int added = _mapper.Map(_items, reading);
            if (reading.MeterTimeUtcMs == 0 && headerTime != DlmsDateTime.Invalid)
            {
                reading.MeterTimeUtcMs = headerTime;
                reading.Add(DsmrFields.Timestamp, headerTime, null, headerTime);
                added++;
            }

            Values += added;
            Notifications++;
            return DlmsResult.Values;
        }

        private int Count(int result)
        {
            if (result == DlmsResult.Malformed) Malformed++;
            else if (result == DlmsResult.DecryptFailed) DecryptFailures++;
            else if (result == DlmsResult.NoKey) NoKeyFrames++;
            else if (result == DlmsResult.Unsupported) Unsupported++;
            return result;
        }
    }
}
