#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Diagnostics
{
    // One test per drop pattern of FIELD-FACTS.md.
    [TestClass]
    public class DropClassifier_Patterns_Tests
    {
        private static void Session(DiagnosticsLog log, long t)
        {
            log.Record(t, EventKind.Attempt, 0, 0, null);
            log.Record(t + 50, EventKind.Connected, 50, 0, null);
        }

        private static void Drop(DiagnosticsLog log, long t, DropReason reason, int recentPublishes)
        {
            log.Record(t, EventKind.Dropped, (int)reason, recentPublishes, null);
        }

        [TestMethod]
        public void Classify_Empty_IsNone()
        {
            Assert.AreEqual(DropCause.None, DropClassifier.Classify(new DiagnosticsLog(16)));
        }

        [TestMethod]
        public void Classify_QuickKicksAndTakeover_IsTakeoverLoop()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            for (int i = 0; i < 3; i++)
            {
                Session(log, i * 5000);
                log.Record(i * 5000 + 1000, EventKind.QuickKick, 950, 0, null);
                Drop(log, i * 5000 + 1000, DropReason.PeerClosed, 0);
            }

            Assert.AreEqual(DropCause.TakeoverLoop, DropClassifier.Classify(log));
            Assert.AreEqual("another client uses this client id or token", DropCauseNames.Describe(DropCause.TakeoverLoop));
        }

        [TestMethod]
        public void Classify_ProbeTimeoutsAfterQuiet_IsIdleBlackHole()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            long[] at = { 100000, 700000, 900000, 2500000 };
            for (int i = 0; i < at.Length; i++)
            {
                Session(log, at[i] - 90000);
                Drop(log, at[i], i % 2 == 0 ? DropReason.ProbeTimeout : DropReason.KeepAliveTimeout, 1);
            }

            Assert.AreEqual(DropCause.IdleBlackHole, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_PeerCloseRefusedThenBack_IsBrokerRestart()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            Session(log, 0);
            Drop(log, 60000, DropReason.PeerClosed, 2);
            log.Record(60500, EventKind.ConnectFailed, (int)ConnectFailure.TcpRefused, 0, null);
            log.Record(61200, EventKind.ConnectFailed, (int)ConnectFailure.TcpRefused, 0, null);
            Session(log, 70000);
            Assert.AreEqual(DropCause.BrokerRestart, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_DropsWithLinkDown_IsWifiLoss()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            Session(log, 0);
            log.Record(50000, EventKind.LinkDown, 0, 0, null);
            Drop(log, 50000, DropReason.NetworkDown, 0);
            log.Record(80000, EventKind.LinkUp, 0, 0, null);
            Session(log, 80300);
            log.Record(90000, EventKind.LinkDown, 0, 0, null);
            Drop(log, 90500, DropReason.SocketError, 0);
            Assert.AreEqual(DropCause.WifiLoss, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_NotAuthorized_IsAuthRefused()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            log.Record(0, EventKind.Attempt, 0, 0, null);
            log.Record(100, EventKind.ConnectFailed, (int)ConnectFailure.NotAuthorized, 5, null);
            Assert.AreEqual(DropCause.AuthRefused, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_DnsFailures_IsDnsFailure()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            for (int i = 0; i < 4; i++) log.Record(i * 1000, EventKind.ConnectFailed, (int)ConnectFailure.Dns, 0, null);
            log.Record(5000, EventKind.ConnectFailed, (int)ConnectFailure.Timeout, 0, null);
            Assert.AreEqual(DropCause.DnsFailure, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_DropsAfterBursts_IsAfterBurst()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            long[] at = { 40000, 170000, 230000 };
            for (int i = 0; i < at.Length; i++)
            {
                Session(log, at[i] - 30000);
                Drop(log, at[i], DropReason.PeerClosed, DropClassifier.BurstMessages + 5);
            }

            Assert.AreEqual(DropCause.AfterBurst, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_DropsEveryTwentyMinutes_IsRegularInterval()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            for (int i = 0; i < 5; i++)
            {
                long t = i * 1200000L + (i % 2) * 3000;
                Session(log, t - 1190000);
                Drop(log, t, DropReason.PeerClosed, 0);
            }

            Assert.AreEqual(DropCause.RegularInterval, DropClassifier.Classify(log));
        }

        [TestMethod]
        public void Classify_IrregularPeerCloses_IsUnknown()
        {
            DiagnosticsLog log = new DiagnosticsLog(64);
            long[] at = { 100000, 150000, 900000 };
            for (int i = 0; i < at.Length; i++)
            {
                Session(log, at[i] - 20000);
                Drop(log, at[i], DropReason.ProtocolError, 0);
            }

            Assert.AreEqual(DropCause.Unknown, DropClassifier.Classify(log));
        }
    }
}
