#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Diagnostics;
using NodeMqtt.Json;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Diagnostics
{
    [TestClass]
    public class DiagnosticsLog_Ring_Tests
    {
        [TestMethod]
        public void Record_BeyondCapacity_KeepsNewestInOrderAndCountsAll()
        {
            DiagnosticsLog log = new DiagnosticsLog(8);
            for (int i = 0; i < 20; i++) log.Record(i * 10, EventKind.Attempt, i, 0, null);
            Assert.AreEqual(8, log.Count);
            Assert.AreEqual((long)20, log.TotalRecorded);
            Assert.AreEqual(12, log.EventAt(0).Detail);
            Assert.AreEqual(19, log.EventAt(7).Detail);
            Assert.IsNull(log.EventAt(8));
            Assert.AreEqual(20, log.Counters.Attempts, "counters are never trimmed");
        }

        [TestMethod]
        public void Record_EachKind_UpdatesItsCounter()
        {
            DiagnosticsLog log = new DiagnosticsLog(32);
            log.Record(1, EventKind.ConnectFailed, (int)ConnectFailure.NotAuthorized, 5, null);
            log.Record(2, EventKind.Dropped, (int)DropReason.PeerClosed, 0, null);
            log.Record(3, EventKind.Dropped, (int)DropReason.ProbeTimeout, 0, null);
            log.Record(4, EventKind.Takeover, 3, 0, null);
            log.Record(5, EventKind.WifiReconnect, 10, 0, null);
            log.Record(6, EventKind.Reboot, 1, 1800, null);
            log.SessionEnded(5000);
            log.SessionEnded(3000);
            log.AddReturned(4);
            LinkCounters c = log.Counters;
            Assert.AreEqual(1, c.FailuresByKind[(int)ConnectFailure.NotAuthorized]);
            Assert.AreEqual(1, c.Failures);
            Assert.AreEqual(1, c.ClosesByKind[(int)CloseKind.PeerClosed]);
            int closes = 0;
            for (int i = 0; i < c.ClosesByKind.Length; i++) closes += c.ClosesByKind[i];
            Assert.AreEqual(1, closes, "a probe timeout is the node's own teardown, no transport close");
            Assert.AreEqual(1, c.ProbeFailures);
            Assert.AreEqual(2, c.Drops);
            Assert.AreEqual(DropReason.ProbeTimeout, c.LastDropReason);
            Assert.AreEqual((long)3, c.LastDropMs);
            Assert.AreEqual(1, c.Takeovers);
            Assert.AreEqual(1, c.WifiReconnects);
            Assert.AreEqual(1, c.Reboots);
            Assert.AreEqual((long)5000, c.LongestSessionMs);
            Assert.AreEqual((long)3000, c.LastSessionMs);
            Assert.AreEqual(4, c.Returned);
        }

        [TestMethod]
        public void WriteJson_Events_CompactDocumentWithEscapedText()
        {
            DiagnosticsLog log = new DiagnosticsLog(32);
            log.MaxJsonEvents = 2;
            log.Record(100, EventKind.Attempt, 1, 0, null);
            log.Record(200, EventKind.ConnectFailed, (int)ConnectFailure.TcpRefused, 0, null);
            log.Record(300, EventKind.SubscribeDenied, 0, 0, "a\"b\\c\n");
            StringBuilder sb = new StringBuilder();
            log.WriteJson(new JsonWriter(sb), 1234);
            string json = sb.ToString();
            Assert.IsTrue(json.IndexOf("{\"now_ms\":1234,\"counters\":{\"attempts\":1,") == 0, json);
            Assert.IsTrue(json.IndexOf("\"tcp-refused\":1") > 0, json);
            Assert.IsTrue(json.IndexOf("\"summary\":{\"cause\":\"none\"") > 0, json);
            Assert.IsTrue(json.IndexOf("\"kind\":\"attempt\"") < 0, "only the newest 2 events: " + json);
            Assert.IsTrue(json.IndexOf("\"text\":\"a\\\"b\\\\c\\n\"") > 0, json);
            Assert.IsTrue(json.Substring(json.Length - 2) == "]}", json);
            Assert.AreEqual(Count(json, '{'), Count(json, '}'));
            Assert.AreEqual(Count(json, '['), Count(json, ']'));
        }

        [TestMethod]
        public void Names_EveryValue_HasAName()
        {
            for (int i = 0; i <= (int)EventKind.SubscribeDenied; i++) Assert.IsFalse(EventKindNames.Of((EventKind)i) == "unknown");
            for (int i = 0; i <= (int)DropReason.Stopped; i++) Assert.IsFalse(DropReasonNames.Of((DropReason)i) == "unknown");
            for (int i = 2; i <= (int)DropCause.RegularInterval; i++) Assert.IsFalse(DropCauseNames.Of((DropCause)i) == "unknown");
            Assert.AreEqual("unknown", EventKindNames.Of((EventKind)99));
        }

        private static int Count(string s, char c)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++) if (s[i] == c) n++;
            return n;
        }
    }
}
