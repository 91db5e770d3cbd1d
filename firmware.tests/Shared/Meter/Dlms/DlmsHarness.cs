using NodeMqtt.Meter;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>A MeterReader for a DLMS protocol wired to a recording sink and log, plus frame builders.</summary>
    public sealed class DlmsHarness
    {
        /// <summary>Readings delivered.</summary>
        public readonly RecordingReadingSink Sink = new RecordingReadingSink();
        /// <summary>Log lines.</summary>
        public readonly RecordingLog Log = new RecordingLog();
        /// <summary>The reader under test.</summary>
        public readonly MeterReader Reader;

        /// <summary>A reader for <paramref name="protocol"/> with optional keys (hex, or null).</summary>
        public DlmsHarness(string protocol, string key, string authKey)
        {
            MeterConfig config = new MeterConfig();
            config.Protocol = protocol;
            config.Key = key;
            config.AuthKey = authKey;
            Reader = new MeterReader(config, Sink, Log);
        }

        /// <summary>Pushes bytes in one chunk.</summary>
        public void Push(byte[] bytes, long nowMs)
        {
            Reader.Push(bytes, 0, bytes.Length, nowMs);
        }

        /// <summary>Pushes bytes one at a time.</summary>
        public void PushBytewise(byte[] bytes, long nowMs)
        {
            for (int i = 0; i < bytes.Length; i++) Reader.Push(bytes, i, 1, nowMs);
        }

        /// <summary>A golden APDU (hex) in one HDLC frame.</summary>
        public static byte[] Hdlc(string apduHex)
        {
            return DlmsFrameWriter.Hdlc(CryptoTestBytes.Hex(apduHex), 1000);
        }

        /// <summary>A golden plaintext (hex) ciphered with the golden key.</summary>
        public static byte[] Ciphered(string plainHex, byte security, uint frameCounter)
        {
            return DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.AuthKey),
                CryptoTestBytes.Hex(DlmsGolden.SystemTitle), frameCounter, security, CryptoTestBytes.Hex(plainHex));
        }

        /// <summary>True when the active DLMS framer's byte accounting adds up.</summary>
        public bool BytesAddUp()
        {
            ApduFramer f = Reader.Dlms.Framer;
            return f.BytesIn == f.OkBytes + f.RejectedBytes + f.GarbageBytes + f.IdleBytes + f.PendingBytes;
        }
    }
}
