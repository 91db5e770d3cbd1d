#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Setup;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>SHA-256 (FIPS 180-4 examples) and PBKDF2-HMAC-SHA256 published vectors.</summary>
    [TestClass]
    public class Sha256_Vectors_Tests
    {
        private static string Digest(string text)
        {
            Sha256 h = new Sha256();
            byte[] data = Encoding.UTF8.GetBytes(text);
            h.Update(data, 0, data.Length);
            byte[] d = new byte[32];
            h.Final(d, 0);
            StringBuilder sb = new StringBuilder();
            Hex.Append(sb, d, 0, 32);
            return sb.ToString();
        }

        [TestMethod]
        public void Digest_KnownMessages_MatchFips180Examples()
        {
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digest("abc"));
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Digest(""));
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        }

        [TestMethod]
        public void Derive_PublishedPbkdf2Vectors_Match()
        {
            PasswordHash p = new PasswordHash();
            StringBuilder sb = new StringBuilder();
            Hex.Append(sb, p.Derive("password", Encoding.UTF8.GetBytes("salt"), 1), 0, 32);
            Assert.AreEqual("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b", sb.ToString());
            sb.Length = 0;
            Hex.Append(sb, p.Derive("password", Encoding.UTF8.GetBytes("salt"), 2), 0, 32);
            Assert.AreEqual("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43", sb.ToString());
        }

        [TestMethod]
        public void Verify_StoredHash_AcceptsOnlyTheRightPassword()
        {
            PasswordHash p = new PasswordHash();
            byte[] salt = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
            string stored = p.Create("correct horse", salt, 50);
            Assert.IsTrue(stored.IndexOf("pbkdf2-sha256$50$") == 0);
            Assert.IsTrue(stored.IndexOf("correct") < 0);
            Assert.IsTrue(p.Verify("correct horse", stored));
            Assert.IsFalse(p.Verify("correct horsf", stored));
            Assert.IsFalse(p.Verify("correct horse", "pbkdf2-sha256$50$zz$00"));
            Assert.IsFalse(p.Verify("correct horse", null));
        }
    }
}
