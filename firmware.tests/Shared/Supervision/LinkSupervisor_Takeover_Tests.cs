#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Client-id takeover only with evidence (issue 11; FIELD-FACTS.md, the rc 7 story; S12, S13).
    [TestClass]
    public class LinkSupervisor_Takeover_Tests
    {
        private const string Verdict = "diagnosis: takeover: another client uses this client id or token";

        // Connects the next session (3.1.1) and lets the "other client" close it with a FIN after kickAfterMs.
        private static FakeSession ConnectAndClose(SupervisorRig rig, long kickAfterMs, CloseKind kind)
        {
            FakeSession s = rig.ConnectNext(1000000);
            Assert.IsNotNull(s, "session" + rig.Why);
            rig.AdvanceAcking(kickAfterMs);
            s.FireClosed(kind);
            return s;
        }

        [TestMethod]
        public void QuickCleanCloses_SecondUnexplained_NamedNotBefore()
        {
            SupervisorRig rig = new SupervisorRig(13).Start();
            ConnectAndClose(rig, 1000, CloseKind.PeerClosed);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "not after one close" + rig.Why);
            Assert.IsFalse(rig.Log.Contains(Verdict));

            ConnectAndClose(rig, 1000, CloseKind.PeerClosed);
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "after the second" + rig.Why);
            Assert.AreEqual(1, rig.Log.CountContaining(Verdict));
            Assert.AreEqual(1, rig.Diagnostics.Counters.Takeovers);
            Assert.IsTrue(rig.Supervisor.Stats.LastDelayMs >= rig.Config.TakeoverBackoffMs, "slows down instead of fighting" + rig.Why);
            Assert.AreEqual(DropCause.Takeover, rig.Diagnostics.Diagnose(rig.Now));
        }

        [TestMethod]
        public void SlowReconnector_ClosesEvery25To35s_NamedAfterFourCloses()
        {
            SupervisorRig rig = new SupervisorRig(21).Start();
            long[] ups = { 27000, 33500, 25500, 31000 };
            for (int i = 0; i < ups.Length; i++)
            {
                Assert.IsFalse(rig.Supervisor.TakeoverActive, "not before close " + (i + 1) + rig.Why);
                ConnectAndClose(rig, ups[i], CloseKind.PeerClosed);
            }

            Assert.IsTrue(rig.Supervisor.TakeoverActive, "slow reconnector named" + rig.Why);
            Assert.AreEqual(DropCause.Takeover, rig.Diagnostics.Episodes.Latest.Verdict);
        }

        [TestMethod]
        public void SlowCloses_EachFollowedByAFailedReconnect_NeverTakeover()
        {
            // A proxy or middlebox that closes the session and then refuses new ones for a while, or a broker
            // restart: the node's own reconnect fails, which a takeover never does.
            SupervisorRig rig = new SupervisorRig(22).Start();
            long[] ups = { 27000, 33500, 25500, 31000, 29000, 45000 };
            for (int i = 0; i < ups.Length; i++)
            {
                ConnectAndClose(rig, ups[i], CloseKind.PeerClosed);
                rig.FailNext(i % 2 == 0 ? ConnectFailure.ClosedBeforeConnack : ConnectFailure.Timeout, 0, 200000);
            }

            Assert.IsFalse(rig.Supervisor.TakeoverActive, "closes explained by failed reconnects" + rig.Why);
            Assert.IsTrue(rig.Diagnostics.Episodes.Latest.Verdict != DropCause.Takeover, "never named a takeover" + rig.Why);
        }

        [TestMethod]
        public void ReasonCode8E_FirstClose_NamedAtOnce()
        {
            SupervisorRig rig = new SupervisorRig(5).Start();
            FakeSession s = rig.AdvanceToNextSession(5000);
            ConnackInfo v5 = new ConnackInfo();
            v5.ProtocolVersion = 5;
            s.FireConnected(v5);
            s.AckAll();
            rig.AdvanceAcking(40000);
            s.FireClosed(CloseKind.ServerDisconnect, ReasonCodes.SessionTakenOver);
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "the broker said so" + rig.Why);
            Assert.IsTrue(rig.Log.Contains("session taken over (0x8E)"), "the evidence is in the line");
        }

        [TestMethod]
        public void ResetStorm_QuickResets_NeverTakeover()
        {
            SupervisorRig rig = new SupervisorRig(7).Start();
            for (int i = 0; i < 6; i++) ConnectAndClose(rig, 800, CloseKind.Reset);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, rig.Why);
            Assert.AreEqual(0, rig.Diagnostics.Episodes.CountOf(DropCause.Takeover));
            Assert.AreEqual(DropCause.ConnectionReset, rig.Diagnostics.Episodes.Open.Verdict);
        }

        [TestMethod]
        public void BurstBeforeEachClose_QuotaPattern_NeverTakeover()
        {
            SupervisorRig rig = new SupervisorRig(8).Start();
            for (int i = 0; i < 5; i++)
            {
                FakeSession s = rig.ConnectNext(1000000);
                for (int m = 0; m < 25; m++) rig.Supervisor.TryPublish(SupervisorRig.Message("r" + m, 0), rig.Now);
                rig.Tick();
                s.FireClosed(CloseKind.PeerClosed);
            }

            Assert.IsFalse(rig.Supervisor.TakeoverActive, rig.Why);
            Assert.AreEqual(DropCause.AfterBurst, rig.Diagnostics.Episodes.Open.Verdict);
        }

        [TestMethod]
        public void OversizeMessageUnacked_EachClose_MessageTooLargeNotTakeover()
        {
            SupervisorRig rig = new SupervisorRig(9).Start();
            for (int i = 0; i < 5; i++)
            {
                FakeSession s = rig.ConnectNext(1000000);
                rig.AdvanceAcking(500);
                rig.Supervisor.TryPublish(SupervisorRig.Message(new string('x', 9000), 1), rig.Now);
                rig.Tick();
                s.FireClosed(CloseKind.PeerClosed);
            }

            Assert.IsFalse(rig.Supervisor.TakeoverActive, rig.Why);
            Assert.AreEqual(DropCause.MessageTooLarge, rig.Diagnostics.Episodes.Open.Verdict);
            Assert.IsTrue(rig.Diagnostics.Episodes.Open.Evidence.IndexOf("9000-byte") >= 0, rig.Diagnostics.Episodes.Open.Evidence);
        }

        [TestMethod]
        public void ClosesEverySixtySeconds_RegularIntervalNotTakeover()
        {
            SupervisorRig rig = new SupervisorRig(10).Start();
            for (int i = 0; i < 5; i++) ConnectAndClose(rig, 60000, CloseKind.PeerClosed);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, rig.Why);
            Assert.AreEqual(DropCause.RegularInterval, rig.Diagnostics.Episodes.Latest.Verdict);
        }

        [TestMethod]
        public void TakeoverKicksThree_TwoQuickClosesNotEnough_ThirdNamesIt()
        {
            SupervisorConfig config = new SupervisorConfig();
            config.TakeoverKicks = 3;
            SupervisorRig rig = new SupervisorRig(13, config, new MemoryStore()).Start();
            ConnectAndClose(rig, 1000, CloseKind.PeerClosed);
            ConnectAndClose(rig, 1000, CloseKind.PeerClosed);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "two kicks are not three" + rig.Why);
            ConnectAndClose(rig, 1000, CloseKind.PeerClosed);
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "the third kick" + rig.Why);
        }

        [TestMethod]
        public void TakeoverKickWindowTwoSeconds_ClosesAfterThreeSecondsCountHalf()
        {
            SupervisorConfig config = new SupervisorConfig();
            config.TakeoverKickWindowMs = 2000;
            SupervisorRig rig = new SupervisorRig(14, config, new MemoryStore()).Start();
            ConnectAndClose(rig, 3000, CloseKind.PeerClosed);
            ConnectAndClose(rig, 3000, CloseKind.PeerClosed);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "3 s is not quick with a 2 s kick window" + rig.Why);
            Assert.AreEqual(0, rig.Diagnostics.Counters.QuickKicks);
            ConnectAndClose(rig, 3000, CloseKind.PeerClosed);
            ConnectAndClose(rig, 3000, CloseKind.PeerClosed);
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "four slow unexplained closes" + rig.Why);
        }

        [TestMethod]
        public void TakeoverWindowOneMinute_SlowReconnectorNeverAddsUp()
        {
            SupervisorConfig config = new SupervisorConfig();
            config.TakeoverWindowMs = 60000;
            SupervisorRig rig = new SupervisorRig(21, config, new MemoryStore()).Start();
            long[] ups = { 27000, 33500, 25500, 31000, 29000, 34000 };
            for (int i = 0; i < ups.Length; i++) ConnectAndClose(rig, ups[i], CloseKind.PeerClosed);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "no four closes fit in one minute" + rig.Why);
        }

        [TestMethod]
        public void MiddleboxClosesEvery22s_BackoffGrowing_RegularNeverTakeover()
        {
            SupervisorRig rig = new SupervisorRig(12);
            rig.StartOnline();
            long next = rig.Now + 22000;
            for (int i = 0; i < 6; i++)
            {
                while (rig.Now < next)
                {
                    rig.Tick();
                    FakeSession s = rig.Session;
                    if (s != null && s.Opened && !s.Connected && !s.Closed) s.FireConnected(false);
                    if (s != null && s.Connected && !s.Closed) s.AckAll();
                }

                if (rig.Session.Connected && !rig.Session.Closed) rig.Session.FireClosed(CloseKind.PeerClosed);
                Assert.IsFalse(rig.Supervisor.TakeoverActive, "close " + (i + 1) + ": " + rig.Diagnostics.Episodes.Latest.Evidence + rig.Why);
                next += 22000;
            }

            Assert.AreEqual(DropCause.RegularInterval, rig.Diagnostics.Episodes.Latest.Verdict, rig.Diagnostics.Episodes.Latest.Evidence);
            Assert.AreEqual(0, rig.Diagnostics.Episodes.CountOf(DropCause.Takeover));
        }

        [TestMethod]
        public void Takeover_NextStableSession_IsReportedOnce()
        {
            SupervisorRig rig = new SupervisorRig(17).Start();
            for (int i = 0; i < 3; i++) ConnectAndClose(rig, 500, CloseKind.PeerClosed);
            FakeSession s = rig.ConnectNext(1000000);
            rig.AdvanceAcking(rig.Config.StableAfterMs + 1000);
            Assert.AreEqual(1, rig.Log.CountContaining("report: another client uses this client id"));
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "stays on beyond the stable period");
            rig.AdvanceAcking(rig.Config.TakeoverClearAfterMs);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "cleared after a long session");
            Assert.AreEqual(1, rig.Log.CountContaining("report: another client uses this client id"));
            Assert.IsFalse(s.Closed);
        }

        [TestMethod]
        public void TwoBoardsOneId_FifteenMinutes_BothNameItAtMostTwoPerMinute()
        {
            for (uint seed = 1; seed <= 5; seed++)
            {
                SupervisorRig a = new SupervisorRig(seed).Start();
                SupervisorRig b = new SupervisorRig(seed + 1000).Start();
                FakeSession holder = null;
                int takeovers = 0;
                const long Warmup = 300000, End = 900000;
                while (a.Now < End)
                {
                    a.Tick();
                    b.Tick();
                    holder = Broker(a, holder, ref takeovers, a.Now >= Warmup);
                    holder = Broker(b, holder, ref takeovers, a.Now >= Warmup);
                    if (holder != null && !holder.Closed) holder.AckAll();
                    Assert.IsTrue(a.Factory.MaxAlive <= 1 && b.Factory.MaxAlive <= 1, "one session per board, seed " + seed);
                }

                Assert.IsTrue(takeovers <= 20, "takeovers in 10 min: " + takeovers + ", seed " + seed);
                Assert.IsTrue(a.Diagnostics.Counters.Takeovers >= 1, "board a names it, seed " + seed);
                Assert.IsTrue(b.Diagnostics.Counters.Takeovers >= 1, "board b names it, seed " + seed);
                Assert.AreEqual(0, a.Supervisor.Stats.InternalErrors + b.Supervisor.Stats.InternalErrors);
            }
        }

        // The broker of the rc 7 story: a session that connects closes the older one with the same id (FIN, 3.1.1).
        private static FakeSession Broker(SupervisorRig rig, FakeSession holder, ref int takeovers, bool counting)
        {
            FakeSession s = rig.Session;
            if (s == null || !s.Opened || s.Connected || s.Closed || rig.Now - s.OpenedAtMs < 50) return holder;
            if (holder != null && !holder.Closed)
            {
                holder.FireClosed(CloseKind.PeerClosed);
                if (counting) takeovers++;
            }

            s.FireConnected(false);
            return s;
        }
    }
}
