#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Supervision.Fakes;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Escalation ladder: session retries -> Wi-Fi reconnect -> reboot, with budgets and the reboot cap.
    [TestClass]
    public class LinkSupervisor_Escalation_Tests
    {
        private static MemoryStore StoreWith(int consecutive, bool pending)
        {
            MemoryStore store = new MemoryStore();
            RebootRecord r = new RebootRecord();
            r.Consecutive = consecutive;
            r.Total = consecutive + 4;
            r.Reason = RebootRecord.ReasonLinkOffline;
            r.OfflineSeconds = 1800;
            r.Pending = pending;
            byte[] b = r.ToBytes();
            store.Write(RebootRecord.BlobName, b, b.Length);
            return store;
        }

        private static RebootRecord Stored(MemoryStore store)
        {
            return RebootRecord.Parse(store.Read(RebootRecord.BlobName));
        }

        [TestMethod]
        public void Ladder_BrokerNeverAnswers_WifiReconnectThenReboot()
        {
            SupervisorRig rig = new SupervisorRig(3).Start();
            rig.Listener.System = rig.System;
            // Sessions never reach CONNACK: every attempt ends at the connect deadline (a Wi-Fi-curable failure).
            while (rig.Link.ReconnectRequests == 0 && rig.Now < 3600000) rig.Tick();
            Assert.AreEqual(1, rig.Link.ReconnectRequests, "Wi-Fi reconnect" + rig.Why);
            // Whichever budget is spent first: WifiReconnectAfterFailures timeouts (transient, so retried within
            // TransientCapMs) or WifiReconnectAfterMs offline.
            Assert.IsTrue(rig.Now < rig.Config.WifiReconnectAfterMs + 1000, rig.Why);
            Assert.IsTrue(rig.Diagnostics.Counters.Failures >= rig.Config.WifiReconnectAfterFailures || rig.Now >= rig.Config.WifiReconnectAfterMs - 100, rig.Why);
            Assert.AreEqual(0, rig.System.Reboots);
            long wifiAt = rig.Now;

            while (rig.System.Reboots == 0 && rig.Now < 3600000) rig.Tick();
            Assert.AreEqual(1, rig.System.Reboots, "reboot" + rig.Why);
            Assert.IsTrue(rig.Now >= rig.Config.RebootAfterMs && rig.Now < rig.Config.RebootAfterMs + 1000, "after RebootAfterMs offline" + rig.Why);
            Assert.IsTrue(wifiAt < rig.System.LastRebootAtMs, "Wi-Fi first, reboot last");
            Assert.IsTrue(rig.Link.LastReconnectAtMs < rig.System.LastRebootAtMs, "no Wi-Fi reconnect in the reboot step");
            Assert.IsTrue(rig.Log.IndexOf("escalation: Wi-Fi reconnect") < rig.Log.IndexOf("escalation: reboot"));

            RebootRecord r = Stored(rig.Store);
            Assert.IsNotNull(r, "record persisted before rebooting");
            Assert.AreEqual(1, r.Consecutive);
            Assert.IsTrue(r.Pending);
            Assert.AreEqual(RebootRecord.ReasonLinkOffline, r.Reason);
            Assert.AreEqual(1, rig.Diagnostics.Counters.Reboots);
            Assert.IsTrue(rig.Supervisor.Stats.MaxOpenSessions <= 1);
            // The node persists its outbox in OnBeforeReboot: it must come before the reboot, once.
            Assert.AreEqual(1, rig.Listener.BeforeReboots);
            Assert.AreEqual(0, rig.Listener.RebootsSeenAtLastBeforeReboot);
        }

        [TestMethod]
        public void WifiReconnect_ConsecutiveTimeouts_RequestedAfterFailureBudget()
        {
            SupervisorConfig c = new SupervisorConfig();
            c.WifiReconnectAfterMs = 1000000;
            c.BackoffCapMs = 5000;
            SupervisorRig rig = new SupervisorRig(3, c, new MemoryStore()).Start();
            while (rig.Link.ReconnectRequests == 0 && rig.Now < 1000000) rig.Tick();
            Assert.AreEqual(1, rig.Link.ReconnectRequests, rig.Why);
            Assert.IsTrue(rig.Now < c.WifiReconnectAfterMs, "by failures, not by time" + rig.Why);
            Assert.AreEqual(c.WifiReconnectAfterFailures, rig.Diagnostics.Counters.FailuresByKind[(int)ConnectFailure.Timeout], rig.Why);
            Assert.AreEqual(0, rig.Supervisor.Stats.ConsecutiveFailures, "count starts again");
        }

        [TestMethod]
        public void WifiReconnect_TcpRefusedOnly_WaitsForOfflineBudget()
        {
            SupervisorRig rig = new SupervisorRig(4).Start();
            while (rig.Now < rig.Config.WifiReconnectAfterMs - 200)
            {
                Assert.AreEqual(0, rig.Link.ReconnectRequests, "a refused TCP connect is the broker, not the radio" + rig.Why);
                FakeSession s = rig.AdvanceToNextSession(1000000);
                s.FireFailed(ConnectFailure.TcpRefused, 0);
            }

            rig.Advance(1000);
            Assert.AreEqual(1, rig.Link.ReconnectRequests, rig.Why);
        }

        [TestMethod]
        public void WifiReconnect_LinkDownLong_RequestedByOfflineBudget()
        {
            SupervisorRig rig = new SupervisorRig(4);
            rig.Link.Up = false;
            rig.Start();
            rig.Advance(rig.Config.WifiReconnectAfterMs + 200);
            Assert.AreEqual(1, rig.Link.ReconnectRequests);
            rig.Advance(rig.Config.WifiReconnectAfterMs);
            Assert.AreEqual(2, rig.Link.ReconnectRequests, "budget repeats, not every tick");
        }

        [TestMethod]
        public void RebootCap_ConsecutiveLinkRebootsSpent_RefusesAndStaysUp()
        {
            MemoryStore store = StoreWith(3, false);
            SupervisorRig rig = new SupervisorRig(5, new SupervisorConfig(), store);
            rig.Link.Up = false;
            rig.Start();
            rig.Advance(rig.Config.RebootAfterMs * 3);
            Assert.AreEqual(0, rig.System.Reboots);
            Assert.AreEqual(1, rig.Diagnostics.Counters.RebootsRefused);
            Assert.AreEqual(1, rig.Log.CountContaining("refused"));
        }

        [TestMethod]
        public void RebootCap_RebootsUpToCap_EachPersisted()
        {
            MemoryStore store = new MemoryStore();
            for (int boot = 1; boot <= 4; boot++)
            {
                SupervisorRig rig = new SupervisorRig((uint)boot, new SupervisorConfig(), store);
                rig.Link.Up = false;
                rig.Start();
                rig.Advance(rig.Config.RebootAfterMs + 200);
                Assert.AreEqual(boot <= 3 ? 1 : 0, rig.System.Reboots, "boot " + boot);
            }

            Assert.AreEqual(3, Stored(store).Consecutive);
        }

        [TestMethod]
        public void Start_AfterLinkReboot_ReportsPreviousRebootOnce()
        {
            MemoryStore store = StoreWith(2, true);
            SupervisorRig rig = new SupervisorRig(6, new SupervisorConfig(), store).Start();
            Assert.IsTrue(rig.Log.Contains("link: previous reboot: reason=link-offline, count=2"));
            Assert.IsFalse(Stored(store).Pending, "reported: not again on the next start");
            Assert.AreEqual(1, rig.Diagnostics.CountOf(EventKind.PreviousReboot));

            SupervisorRig again = new SupervisorRig(6, new SupervisorConfig(), store).Start();
            Assert.IsFalse(again.Log.Contains("previous reboot"));
        }

        [TestMethod]
        public void Start_UnreadableRecord_SetAsideAndStartsClean()
        {
            MemoryStore store = new MemoryStore();
            store.Write(RebootRecord.BlobName, new byte[] { 1, 2, 3 }, 3);
            SupervisorRig rig = new SupervisorRig(6, new SupervisorConfig(), store).Start();
            Assert.AreEqual(1, store.SetAsides);
            Assert.AreEqual(0, rig.Supervisor.RebootRecord.Consecutive);
        }

        [TestMethod]
        public void StableSession_AfterLinkReboots_RefillsRebootBudget()
        {
            MemoryStore store = StoreWith(3, true);
            SupervisorRig rig = new SupervisorRig(7, new SupervisorConfig(), store);
            rig.StartOnline();
            rig.AdvanceAcking(rig.Config.StableAfterMs + 500);
            Assert.AreEqual(0, Stored(store).Consecutive);
            Assert.AreEqual(7, Stored(store).Total, "total kept");
        }

        [TestMethod]
        public void Reboot_RecordCannotBeWritten_IsSkipped()
        {
            MemoryStore store = new MemoryStore();
            store.FailWrites = true;
            SupervisorRig rig = new SupervisorRig(8, new SupervisorConfig(), store);
            rig.Link.Up = false;
            rig.Start();
            rig.Advance(rig.Config.RebootAfterMs + 200);
            Assert.AreEqual(0, rig.System.Reboots);
            Assert.IsTrue(rig.Log.Contains("reboot skipped"));
        }

        [TestMethod]
        public void Reboot_RebootAfterZero_Disabled()
        {
            SupervisorConfig c = new SupervisorConfig();
            c.RebootAfterMs = 0;
            SupervisorRig rig = new SupervisorRig(9, c, new MemoryStore());
            rig.Link.Up = false;
            rig.Start();
            rig.Advance(7200000);
            Assert.AreEqual(0, rig.System.Reboots);
        }

        [TestMethod]
        public void Escalation_OnlineAgain_ReportedAfterRecovery()
        {
            SupervisorRig rig = new SupervisorRig(10);
            rig.Link.Up = false;
            rig.Start();
            rig.Advance(rig.Config.WifiReconnectAfterMs + 200);
            rig.Link.Up = true;
            rig.Supervisor.OnLinkChanged(true, rig.Now);
            rig.ConnectNext(2000);
            Assert.IsTrue(rig.Log.Contains("1 Wi-Fi reconnects"));
        }
    }
}
