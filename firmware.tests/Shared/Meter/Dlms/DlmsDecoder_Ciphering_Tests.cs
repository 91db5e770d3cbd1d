#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Meter.Dlms;
using NodeMqtt.Tests.Crypto;

namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>general-glo-ciphering: the right key decodes, anything else is rejected, counted and named,
    /// and never yields a value.</summary>
    [TestClass]
    public class DlmsDecoder_Ciphering_Tests
    {
        private const string WrongKey = "36C66639E48A8CA4D6BC8B282A793BBC";

        [TestMethod]
        public void Authenticated_RightKeys_Decoded()
        {
            DlmsHarness h = new DlmsHarness("dlms", DlmsGolden.Key, DlmsGolden.AuthKey);
            h.Push(DlmsFrameWriter.Hdlc(DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5), 120), 0);
            Assert.AreEqual(1, h.Sink.Count);
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 1.703, "kW");
            Assert.IsNull(h.Reader.Problem);
        }

        [TestMethod]
        public void Authenticated_WrongKey_RejectedAndNamedInProblem()
        {
            DlmsHarness h = new DlmsHarness("dlms", WrongKey, DlmsGolden.AuthKey);
            h.Push(DlmsFrameWriter.Hdlc(DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5), 120), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(0L, h.Reader.Values);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
            Assert.AreEqual("decryption failed: check meter.key", h.Reader.Problem);
            Assert.IsTrue(h.Log.Contains("decryption failed"));
            Assert.IsFalse(h.Log.Contains("36C666"));
        }

        [TestMethod]
        public void Authenticated_TagByteFlipped_Rejected()
        {
            DlmsHarness h = new DlmsHarness("dlms", DlmsGolden.Key, DlmsGolden.AuthKey);
            byte[] apdu = DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5);
            apdu[apdu.Length - 1] ^= 0x80;
            h.Push(DlmsFrameWriter.Hdlc(apdu, 120), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
        }

        [TestMethod]
        public void Smarty_SecurityByteFlippedToNoTag_Rejected()
        {
            DlmsHarness h = new DlmsHarness("smarty", DlmsGolden.Key, null);
            byte[] text = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            byte[] apdu = DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 1, 0x30, text);
            int security = 10 + (apdu[10] == 0x81 ? 2 : 1);
            apdu[security] = 0x20; // the security byte is covered by nothing but the tag it would switch off
            h.Push(apdu, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
            Assert.AreEqual(DlmsInput.TagMissing, h.Reader.Problem);
        }

        [TestMethod]
        public void Authenticated_NoAuthKey_NamesAuthKey()
        {
            DlmsHarness h = new DlmsHarness("dlms", DlmsGolden.Key, null);
            h.Push(DlmsFrameWriter.Hdlc(DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5), 120), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(DlmsInput.AuthKeyMissing, h.Reader.Problem);
        }

        [TestMethod]
        public void EncryptionOnly_WrongKey_CountedAsDecryptionFailure()
        {
            DlmsHarness h = new DlmsHarness("dlms-mbus", WrongKey, null);
            h.Push(DlmsFrameWriter.Mbus(DlmsHarness.Ciphered(DlmsGolden.Austria, 0x20, 9), 200), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
            Assert.AreEqual(DlmsInput.DecryptionFailed, h.Reader.Problem);
        }

        [TestMethod]
        public void Encrypted_NoKeyConfigured_ProblemSaysSetKey()
        {
            DlmsHarness h = new DlmsHarness("dlms", null, null);
            h.Push(DlmsFrameWriter.Hdlc(DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5), 120), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(DlmsInput.KeyMissing, h.Reader.Problem);
        }

        [TestMethod]
        public void Problem_ClearedByNextGoodFrame()
        {
            DlmsHarness h = new DlmsHarness("dlms", DlmsGolden.Key, DlmsGolden.AuthKey);
            byte[] bad = DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 5);
            bad[30] ^= 1;
            h.Push(DlmsFrameWriter.Hdlc(bad, 120), 0);
            Assert.IsNotNull(h.Reader.Problem);
            h.Push(DlmsFrameWriter.Hdlc(DlmsHarness.Ciphered(DlmsGolden.Kamstrup, 0x30, 6), 120), 1);
            Assert.IsNull(h.Reader.Problem);
            Assert.AreEqual(1, h.Sink.Count);
        }

        [TestMethod]
        public void Smarty_DecryptedDsmrText_ParsedByDsmrPath()
        {
            DlmsHarness h = new DlmsHarness("smarty", DlmsGolden.Key, null);
            byte[] text = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            byte[] apdu = DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 1234, 0x30, text);
            h.Push(apdu, 0);
            h.Push(apdu, 1000);
            Assert.AreEqual(2, h.Sink.Count);
            MeterAsserts.Number(h.Sink.Last, "energy_delivered_kwh", 1234.567, "kWh");
            MeterAsserts.Number(h.Sink.Last, "power_delivered_kw", 1.193, "kW");
            Assert.AreEqual((long)apdu.Length * 2, h.Reader.BytesIn);
            Assert.IsTrue(h.BytesAddUp());
        }

        [TestMethod]
        public void Smarty_WrongKey_NoTelegram()
        {
            DlmsHarness h = new DlmsHarness("smarty", WrongKey, null);
            byte[] text = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            byte[] apdu = DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.SmartyAuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 1234, 0x30, text);
            h.Push(apdu, 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
            Assert.AreEqual(0, h.Reader.Framer.BytesIn == 0 ? 0 : 1); // nothing reached the DSMR framer
        }

        [TestMethod]
        public void Smarty_OtherAuthKeyWithDefault_RejectedButAuthKeyNoneAcceptsOnTextCrc()
        {
            byte[] good = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            byte[] apdu = DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.AuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 1, 0x30, good);
            DlmsHarness strict = new DlmsHarness("smarty", DlmsGolden.Key, null);
            strict.Push(apdu, 0);
            Assert.AreEqual(0, strict.Sink.Count, "the published default key does not verify this tag");
            Assert.AreEqual(1, strict.Reader.DecryptFailures);

            DlmsHarness h = new DlmsHarness("smarty", DlmsGolden.Key, "none");
            h.Push(apdu, 0);
            Assert.AreEqual(1, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.Dlms.Decoder.UnverifiedTags);

            byte[] damaged = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            damaged[40] ^= 0x01; // the body changes, the CRC trailer does not: the text's CRC fails
            h.Push(DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.AuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 2, 0x30, damaged), 1000);
            Assert.AreEqual(1, h.Sink.Count, "a text whose CRC fails yields nothing");

            DlmsHarness wrongKey = new DlmsHarness("smarty", WrongKey, "none");
            wrongKey.Push(apdu, 0);
            Assert.AreEqual(0, wrongKey.Sink.Count);
            Assert.AreEqual(1, wrongKey.Reader.DecryptFailures);
        }

        [TestMethod]
        public void Smarty_ConfiguredAuthKeyWrong_Rejected()
        {
            DlmsHarness h = new DlmsHarness("smarty", DlmsGolden.Key, DlmsGolden.SmartyAuthKey);
            byte[] text = MeterTestBytes.Of(MeterTestBytes.WithCrc(DlmsGolden.SmartyText));
            h.Push(DlmsFrameWriter.Cipher(CryptoTestBytes.Hex(DlmsGolden.Key), CryptoTestBytes.Hex(DlmsGolden.AuthKey),
                CryptoTestBytes.Hex("53414733005E5A33"), 1, 0x30, text), 0);
            Assert.AreEqual(0, h.Sink.Count);
            Assert.AreEqual(1, h.Reader.DecryptFailures);
        }

        [TestMethod]
        public void Config_MalformedKey_ClearErrorWithoutDigits()
        {
            MeterConfig c = new MeterConfig();
            c.Protocol = "dlms";
            c.Key = "36C66639E48A8CA4D6BC8B282A793BB";
            string error = c.Validate();
            Assert.IsNotNull(error);
            Assert.IsTrue(error.IndexOf("meter.key") == 0);
            Assert.IsTrue(error.IndexOf("36C6") < 0);
            c.Key = null;
            c.Protocol = "smarty";
            Assert.IsTrue(c.Validate().IndexOf("required") > 0);
            c.Protocol = "dlms-mbus";
            c.AuthKey = "xyz";
            Assert.IsTrue(c.Validate().IndexOf("meter.auth_key") == 0);
        }
    }
}
