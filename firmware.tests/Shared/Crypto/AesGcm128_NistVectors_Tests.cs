#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Crypto;

namespace NodeMqtt.Tests.Crypto
{
    /// <summary>AES-128 against FIPS-197 Appendix C.1 and AES-128-GCM against the GCM specification's
    /// test cases 1-4 (the 96-bit-IV AES-128 cases NIST publishes with SP 800-38D).</summary>
    [TestClass]
    public class AesGcm128_NistVectors_Tests
    {
        private const string Tc3Key = "feffe9928665731c6d6a8f9467308308";
        private const string Tc3Iv = "cafebabefacedbaddecaf888";
        private const string Tc3Plain = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
        private const string Tc3Cipher = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985";

        [TestMethod]
        public void Aes128_Fips197AppendixC1_MatchesCiphertext()
        {
            var aes = new Aes128();
            aes.SetKey(CryptoTestBytes.Hex("000102030405060708090a0b0c0d0e0f"), 0);
            byte[] block = CryptoTestBytes.Hex("00112233445566778899aabbccddeeff");
            aes.EncryptBlock(block, 0, block, 0);
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex("69c4e0d86a7b0430d8cdb78070b4c55a"), 0, block, 0, 16));
        }

        [TestMethod]
        public void Gcm_TestCase1EmptyMessage_TagMatches()
        {
            var gcm = Keyed("00000000000000000000000000000000");
            byte[] tag = new byte[16];
            gcm.Encrypt(new byte[12], 0, new byte[0], 0, 0, new byte[0], 0, 0, new byte[0], 0, tag, 0, 16);
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex("58e2fccefa7e3061367f1d57a4e7455a"), 0, tag, 0, 16));
        }

        [TestMethod]
        public void Gcm_TestCase2OneZeroBlock_CipherAndTagMatch()
        {
            var gcm = Keyed("00000000000000000000000000000000");
            byte[] output = new byte[16];
            byte[] tag = new byte[16];
            gcm.Encrypt(new byte[12], 0, new byte[0], 0, 0, new byte[16], 0, 16, output, 0, tag, 0, 16);
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex("0388dace60b6a392f328c2b971b2fe78"), 0, output, 0, 16));
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex("ab6e47d42cec13bdf53a67b21257bddf"), 0, tag, 0, 16));
        }

        [TestMethod]
        public void Gcm_TestCase3FourBlocks_CipherAndTagMatch()
        {
            var gcm = Keyed(Tc3Key);
            byte[] plain = CryptoTestBytes.Hex(Tc3Plain);
            byte[] output = new byte[plain.Length];
            byte[] tag = new byte[16];
            gcm.Encrypt(CryptoTestBytes.Hex(Tc3Iv), 0, new byte[0], 0, 0, plain, 0, plain.Length, output, 0, tag, 0, 16);
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex(Tc3Cipher), 0, output, 0, 64));
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex("4d5c2af327cd64a62cf35abd2ba6fab4"), 0, tag, 0, 16));
        }

        [TestMethod]
        public void Gcm_TestCase4WithAadPartialBlock_DecryptsAndCountsOperations()
        {
            var gcm = Keyed(Tc3Key);
            byte[] aad = CryptoTestBytes.Hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] cipher = CryptoTestBytes.Hex(Tc3Cipher.Substring(0, 120));
            byte[] tag = CryptoTestBytes.Hex("5bc94fbc3221a5db94fae95ae7121a47");
            byte[] output = new byte[60];
            long blocksBefore = gcm.BlockEncryptions;
            long mulsBefore = gcm.GfMultiplications;

            bool ok = gcm.Decrypt(CryptoTestBytes.Hex(Tc3Iv), 0, aad, 0, aad.Length, cipher, 0, 60, tag, 0, 16, output, 0);

            Assert.IsTrue(ok);
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex(Tc3Plain.Substring(0, 120)), 0, output, 0, 60));
            // 60 bytes = 4 counter blocks + E(K, J0); GHASH: 2 AAD blocks + 4 data blocks + the length block.
            Assert.AreEqual(5L, gcm.BlockEncryptions - blocksBefore);
            Assert.AreEqual(7L, gcm.GfMultiplications - mulsBefore);
        }

        [TestMethod]
        public void Gcm_TagTruncatedTo12Bytes_AcceptedLikeDlms()
        {
            var gcm = Keyed(Tc3Key);
            byte[] cipher = CryptoTestBytes.Hex(Tc3Cipher);
            byte[] tag = CryptoTestBytes.Hex("4d5c2af327cd64a62cf35abd");
            byte[] output = new byte[64];
            Assert.IsTrue(gcm.Decrypt(CryptoTestBytes.Hex(Tc3Iv), 0, new byte[0], 0, 0, cipher, 0, 64, tag, 0, 12, output, 0));
            Assert.IsTrue(CryptoTestBytes.Same(CryptoTestBytes.Hex(Tc3Plain), 0, output, 0, 64));
        }

        [TestMethod]
        public void Gcm_OneCipherBitFlipped_RejectedAndOutputUntouched()
        {
            var gcm = Keyed(Tc3Key);
            byte[] cipher = CryptoTestBytes.Hex(Tc3Cipher);
            cipher[17] ^= 0x01;
            byte[] tag = CryptoTestBytes.Hex("4d5c2af327cd64a62cf35abd2ba6fab4");
            byte[] output = new byte[64];
            for (int i = 0; i < output.Length; i++) output[i] = 0xAA;

            bool ok = gcm.Decrypt(CryptoTestBytes.Hex(Tc3Iv), 0, new byte[0], 0, 0, cipher, 0, 64, tag, 0, 16, output, 0);

            Assert.IsFalse(ok);
            for (int i = 0; i < output.Length; i++) Assert.AreEqual((byte)0xAA, output[i]);
        }

        [TestMethod]
        public void Gcm_WrongKey_Rejected()
        {
            var gcm = Keyed("feffe9928665731c6d6a8f9467308309");
            byte[] cipher = CryptoTestBytes.Hex(Tc3Cipher);
            byte[] tag = CryptoTestBytes.Hex("4d5c2af327cd64a62cf35abd2ba6fab4");
            Assert.IsFalse(gcm.Decrypt(CryptoTestBytes.Hex(Tc3Iv), 0, new byte[0], 0, 0, cipher, 0, 64, tag, 0, 16, new byte[64], 0));
        }

        [TestMethod]
        public void HexKey_Malformed_ErrorNamesProblemNotDigits()
        {
            string error;
            Assert.IsNull(HexKey.Parse("0011223344556677889900112233445", out error));
            Assert.IsTrue(error.IndexOf("found 31") >= 0);
            Assert.IsNull(HexKey.Parse("00112233445566778899001122334ZZ5", out error));
            Assert.IsTrue(error.IndexOf("00112233") < 0);
            byte[] key = HexKey.Parse("00112233 44556677:8899AABB ccddeeff", out error);
            Assert.IsNull(error);
            Assert.AreEqual((byte)0xFF, key[15]);
            Assert.AreEqual((byte)0x11, key[1]);
        }

        private static AesGcm128 Keyed(string hex)
        {
            var gcm = new AesGcm128();
            gcm.SetKey(CryptoTestBytes.Hex(hex), 0);
            return gcm;
        }
    }
}
