#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Setup;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>The access point's captive DNS and DHCP answers, byte by byte.</summary>
    [TestClass]
    public class CaptivePortal_Packets_Tests
    {
        // A query for connectivitycheck.gstatic.com, type A, class IN, id 0x1234, recursion desired.
        private static byte[] Query(int qtype)
        {
            byte[] q = new byte[64];
            int p = 0;
            q[p++] = 0x12; q[p++] = 0x34; q[p++] = 0x01; q[p++] = 0x00; q[p++] = 0; q[p++] = 1;
            p += 6;
            string[] labels = new string[] { "connectivitycheck", "gstatic", "com" };
            for (int i = 0; i < labels.Length; i++)
            {
                q[p++] = (byte)labels[i].Length;
                for (int k = 0; k < labels[i].Length; k++) q[p++] = (byte)labels[i][k];
            }

            q[p++] = 0; q[p++] = 0; q[p++] = (byte)qtype; q[p++] = 0; q[p++] = 1;
            byte[] exact = new byte[p];
            for (int i = 0; i < p; i++) exact[i] = q[i];
            return exact;
        }

        [TestMethod]
        public void Dns_AQuery_AnsweredWithTheNodeAddress()
        {
            byte[] q = Query(1);
            byte[] reply = new byte[CaptiveDns.MaxMessageBytes];
            int n = CaptiveDns.Answer(q, q.Length, SetupAddress.Bytes(), reply);
            Assert.AreEqual(q.Length + 16, n);
            Assert.AreEqual((byte)0x12, reply[0]);
            Assert.AreEqual((byte)0x85, reply[2]);
            Assert.AreEqual((byte)1, reply[7]);
            Assert.AreEqual((byte)192, reply[n - 4]);
            Assert.AreEqual((byte)168, reply[n - 3]);
            Assert.AreEqual((byte)4, reply[n - 2]);
            Assert.AreEqual((byte)1, reply[n - 1]);
        }

        [TestMethod]
        public void Dns_AaaaOrMalformed_NoAddressOrDropped()
        {
            byte[] reply = new byte[CaptiveDns.MaxMessageBytes];
            byte[] aaaa = Query(28);
            Assert.AreEqual(aaaa.Length, CaptiveDns.Answer(aaaa, aaaa.Length, SetupAddress.Bytes(), reply));
            Assert.AreEqual((byte)0, reply[7]);
            byte[] q = Query(1);
            Assert.AreEqual(0, CaptiveDns.Answer(q, 14, SetupAddress.Bytes(), reply));
            q[2] = 0x80; // a response, not a query
            Assert.AreEqual(0, CaptiveDns.Answer(q, q.Length, SetupAddress.Bytes(), reply));
            byte[] loop = Query(1);
            loop[12] = 200; // label longer than 63
            Assert.AreEqual(0, CaptiveDns.Answer(loop, loop.Length, SetupAddress.Bytes(), reply));
        }

        private static byte[] Dhcp(int type, byte mac, byte requested)
        {
            byte[] m = new byte[300];
            m[0] = 1; m[1] = 1; m[2] = 6; m[4] = 0xAB; m[7] = mac;
            for (int i = 0; i < 6; i++) m[28 + i] = (byte)(i == 5 ? mac : 0x10 + i);
            m[236] = 99; m[237] = 130; m[238] = 83; m[239] = 99;
            int p = 240;
            m[p++] = 53; m[p++] = 1; m[p++] = (byte)type;
            if (requested != 0)
            {
                m[p++] = 50; m[p++] = 4; m[p++] = 192; m[p++] = 168; m[p++] = 4; m[p++] = requested;
            }

            m[p++] = 255;
            return m;
        }

        private static int OptionValue(byte[] m, int code)
        {
            for (int p = 240; p < m.Length && m[p] != 255;)
            {
                if (m[p] == code) return m[p + 2];
                p += 2 + m[p + 1];
            }

            return -1;
        }

        [TestMethod]
        public void Dhcp_DiscoverThenRequest_OfferAndAckWithNodeAsRouterAndDns()
        {
            SetupDhcp dhcp = new SetupDhcp(SetupAddress.Bytes());
            byte[] reply = new byte[SetupDhcp.ReplyBytes];
            Assert.IsTrue(dhcp.Handle(Dhcp(1, 1, 0), 300, reply, 0) >= 248);
            Assert.AreEqual(2, OptionValue(reply, 53));
            Assert.AreEqual((byte)2, reply[19]);
            Assert.AreEqual((byte)0xAB, reply[4]);
            Assert.AreEqual(192, OptionValue(reply, 3));
            Assert.AreEqual(192, OptionValue(reply, 6));
            Assert.IsTrue(dhcp.Handle(Dhcp(3, 1, 2), 300, reply, 10) > 0);
            Assert.AreEqual(5, OptionValue(reply, 53));
            Assert.AreEqual((byte)2, reply[19]);
            Assert.IsTrue(dhcp.Handle(Dhcp(1, 2, 0), 300, reply, 20) > 0);
            Assert.AreEqual((byte)3, reply[19]);
        }

        [TestMethod]
        public void Dhcp_ForeignAddressOrGarbage_NakOrNothing()
        {
            SetupDhcp dhcp = new SetupDhcp(SetupAddress.Bytes());
            byte[] reply = new byte[SetupDhcp.ReplyBytes];
            dhcp.Handle(Dhcp(1, 1, 0), 300, reply, 0);
            Assert.IsTrue(dhcp.Handle(Dhcp(3, 1, 77), 300, reply, 5) > 0);
            Assert.AreEqual(6, OptionValue(reply, 53));
            byte[] bad = Dhcp(1, 1, 0);
            bad[236] = 0;
            Assert.AreEqual(0, dhcp.Handle(bad, 300, reply, 6));
            Assert.AreEqual(0, dhcp.Handle(Dhcp(7, 1, 0), 300, reply, 7));
            Assert.AreEqual(0, dhcp.Handle(new byte[100], 100, reply, 8));
        }
    }
}
