#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Client-id takeover (FIELD-FACTS.md, the rc 7 story; S12, S13).
    [TestClass]
    public class LinkSupervisor_Takeover_Tests
    {
        private const string Phrase = "another client uses this client id";

        // Connects the next session and lets the "other client" kick it after kickAfterMs.
        private static void ConnectAndKick(SupervisorRig rig, long kickAfterMs)
        {
            FakeSession s = rig.ConnectNext(1000000);
            Assert.IsNotNull(s, "session" + rig.Why);
            rig.AdvanceAcking(kickAfterMs);
            s.FireClosed(CloseKind.PeerClosed);
        }

        [TestMethod]
        public void QuickKicks_ThirdWithinWindow_DiagnosedNotBefore()
        {
            SupervisorRig rig = new SupervisorRig(13).Start();
            ConnectAndKick(rig, 1000);
            ConnectAndKick(rig, 1000);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "not after two kicks" + rig.Why);
            Assert.IsFalse(rig.Log.Contains(Phrase));
            Assert.AreEqual(2, rig.Diagnostics.Counters.QuickKicks);

            ConnectAndKick(rig, 1000);
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "after the third" + rig.Why);
            Assert.AreEqual(1, rig.Log.CountContaining(Phrase));
            Assert.AreEqual(1, rig.Diagnostics.Counters.Takeovers);
            Assert.IsTrue(rig.Supervisor.Stats.LastDelayMs >= rig.Config.TakeoverBackoffMs, "slows down instead of fighting" + rig.Why);
            Assert.AreEqual(DropCause.TakeoverLoop, rig.Diagnostics.Diagnose());
        }

        [TestMethod]
        public void PeerClose_AfterKickWindow_IsNotAQuickKick()
        {
            SupervisorRig rig = new SupervisorRig(13).Start();
            for (int i = 0; i < 4; i++) ConnectAndKick(rig, rig.Config.TakeoverKickWindowMs + 1000);
            Assert.AreEqual(0, rig.Diagnostics.Counters.QuickKicks);
            Assert.IsFalse(rig.Supervisor.TakeoverActive);
        }

        [TestMethod]
        public void Takeover_NextStableSession_IsReportedOnce()
        {
            SupervisorRig rig = new SupervisorRig(17).Start();
            for (int i = 0; i < 3; i++) ConnectAndKick(rig, 500);
            FakeSession s = rig.ConnectNext(1000000);
            rig.AdvanceAcking(rig.Config.StableAfterMs + 1000);
            Assert.AreEqual(1, rig.Log.CountContaining("report: " + Phrase));
            Assert.IsTrue(rig.Supervisor.TakeoverActive, "stays on beyond the stable period");
            rig.AdvanceAcking(rig.Config.TakeoverClearAfterMs);
            Assert.IsFalse(rig.Supervisor.TakeoverActive, "cleared after a long session");
            Assert.AreEqual(1, rig.Log.CountContaining("report: " + Phrase));
            Assert.IsFalse(s.Closed);
        }

        [TestMethod]
        public void TwoBoardsOneId_FifteenMinutes_AtMostTwoTakeoversPerMinute()
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

                int perTenMinutes = takeovers;
                Assert.IsTrue(perTenMinutes <= 20, "takeovers in 10 min: " + perTenMinutes + ", seed " + seed);
                Assert.IsTrue(a.Diagnostics.Counters.Takeovers + b.Diagnostics.Counters.Takeovers >= 1, "diagnosed, seed " + seed);
                Assert.AreEqual(0, a.Supervisor.Stats.InternalErrors + b.Supervisor.Stats.InternalErrors);
            }
        }

        // The broker of the rc 7 story: a session that connects closes the older one with the same id.
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
