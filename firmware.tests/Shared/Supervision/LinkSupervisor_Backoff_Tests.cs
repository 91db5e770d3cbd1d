#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Retry schedules as the supervisor applies them (FIELD-FACTS.md rc 7 story; S04, S06, S07, S11, S22).
    [TestClass]
    public class LinkSupervisor_Backoff_Tests
    {
        // Fails the newest session with kind, returns the delay until the next session appears.
        private static long FailAndMeasure(SupervisorRig rig, ConnectFailure kind, int rc)
        {
            rig.Session.FireFailed(kind, rc);
            long t0 = rig.Now;
            FakeSession next = rig.AdvanceToNextSession(1000000);
            Assert.IsNotNull(next, "a next attempt" + rig.Why);
            return rig.Now - t0;
        }

        [TestMethod]
        public void TcpRefused_FirstMinute_RetriesWithinRefusedMax()
        {
            for (uint seed = 1; seed <= 20; seed++)
            {
                SupervisorRig rig = new SupervisorRig(seed).Start();
                rig.AdvanceToNextSession(1000);
                long start = rig.Now;
                while (rig.Now - start < 50000)
                {
                    long d = FailAndMeasure(rig, ConnectFailure.TcpRefused, 0);
                    Assert.IsTrue(d <= rig.Config.RefusedRetryMaxMs + SupervisorRig.TickMs, "d=" + d + rig.Why);
                }
            }
        }

        [TestMethod]
        public void TcpRefused_LongOutage_SlowsDownToExponential()
        {
            SupervisorRig rig = new SupervisorRig(21).Start();
            rig.AdvanceToNextSession(1000);
            long start = rig.Now;
            SupervisorConfig c = rig.Config;
            int inWindow = 0, afterWindow = 0;
            while (rig.Now - start < 600000)
            {
                FailAndMeasure(rig, ConnectFailure.TcpRefused, 0);
                if (rig.Now - start < c.RefusedShortWindowMs) inWindow++;
                else afterWindow++;
            }

            // Inside the window: jittered in [floor, refused max], so about window / mean delay attempts and
            // never a tight loop; after it the exponential schedule (S06): a handful in the remaining minutes.
            int meanDelay = (c.BackoffFloorMs + c.RefusedRetryMaxMs) / 2;
            Assert.IsTrue(inWindow <= c.RefusedShortWindowMs / meanDelay * 5 / 4, "attempts in the short window: " + inWindow + rig.Why);
            Assert.IsTrue(inWindow >= c.RefusedShortWindowMs / c.RefusedRetryMaxMs, "short schedule used: " + inWindow + rig.Why);
            // After it: exponential, but capped at TransientCapMs (issue 12: a broker that is back is found within
            // the cap, so a working path never sits idle long): a few attempts a minute, no tight loop.
            int remaining = 600000 - c.RefusedShortWindowMs;
            Assert.IsTrue(afterWindow <= remaining / (c.TransientCapMs / 4), "attempts after the window: " + afterWindow + rig.Why);
            Assert.IsTrue(afterWindow >= remaining / c.TransientCapMs, "never idle longer than the cap: " + afterWindow + rig.Why);
            Assert.IsTrue(rig.Supervisor.Stats.LastDelayMs <= c.TransientCapMs, "last delay " + rig.Supervisor.Stats.LastDelayMs + rig.Why);
        }

        [TestMethod]
        public void RefusedByBroker_Repeated_GrowsExponentially()
        {
            SupervisorRig rig = new SupervisorRig(5).Start();
            rig.AdvanceToNextSession(1000);
            long total = 0;
            for (int n = 0; n < 8; n++)
            {
                long d = FailAndMeasure(rig, ConnectFailure.Refused, 3);
                long bound = BackoffPolicy.Bound(rig.Config.BackoffBaseMs, rig.Config.BackoffCapMs, n);
                Assert.IsTrue(d <= bound + SupervisorRig.TickMs, "n=" + n + " d=" + d + rig.Why);
                total += d;
            }

            Assert.IsTrue(total > 8 * rig.Config.RefusedRetryMaxMs, "broker-says-no backs off further than refused TCP" + rig.Why);
        }

        [TestMethod]
        public void NotAuthorized_Always_WaitsAtLeastAuthBackoff()
        {
            SupervisorRig rig = new SupervisorRig(8).Start();
            rig.AdvanceToNextSession(1000);
            for (int n = 0; n < 5; n++)
            {
                long d = FailAndMeasure(rig, ConnectFailure.NotAuthorized, 5);
                Assert.IsTrue(d >= rig.Config.AuthBackoffMs, "d=" + d + rig.Why);
            }

            Assert.IsTrue(rig.Log.Contains("connect failed: not-authorized (rc 5)"));
        }

        [TestMethod]
        public void ConnectDeadline_NoConnack_AbortsAsTimeoutAndRetriesLater()
        {
            SupervisorRig rig = new SupervisorRig(2).Start();
            FakeSession s = rig.AdvanceToNextSession(1000);
            rig.Advance(rig.Options.ConnectTimeoutMs - 200);
            Assert.IsFalse(s.Closed);
            rig.Advance(200);
            Assert.IsTrue(s.Closed, "deadline" + rig.Why);
            Assert.AreEqual(1, rig.Diagnostics.Counters.FailuresByKind[(int)ConnectFailure.Timeout]);
            Assert.AreEqual(LinkState.BackingOff, rig.Supervisor.State);
            FakeSession next = rig.AdvanceToNextSession(5000);
            Assert.IsNotNull(next);
            next.FireConnected(false);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
        }

        [TestMethod]
        public void ConnectDeadline_Repeated_NextAttemptTimedFromTheFailedOnesStart()
        {
            // A black hole swallows every CONNECT: each attempt waits out the deadline, and the backoff (capped at
            // TransientCapMs, which the deadline already spends) adds only the floor, so the path is found again
            // at most a deadline plus the floor after it works.
            SupervisorRig rig = new SupervisorRig(12).Start();
            rig.AdvanceToNextSession(1000);
            for (int n = 0; n < 7; n++)
            {
                long t0 = rig.Now;
                Assert.IsNotNull(rig.AdvanceToNextSession(1000000), "attempt " + n + rig.Why);
                long gap = rig.Now - t0 - rig.Options.ConnectTimeoutMs;
                Assert.IsTrue(gap >= 0, "attempt " + n + ": never sooner than the deadline" + rig.Why);
                Assert.IsTrue(gap <= rig.Config.BackoffFloorMs + 2 * SupervisorRig.TickMs, "attempt " + n + ": " + gap + " ms after the deadline" + rig.Why);
            }

            Assert.AreEqual(7, rig.Supervisor.Stats.ConsecutiveFailures);
        }

        [TestMethod]
        public void ConnectRefusedQuickly_FullDelayStillApplies()
        {
            // Only the time an attempt spent counts: a close before CONNACK at once leaves the jittered delay whole.
            SupervisorRig rig = new SupervisorRig(15).Start();
            rig.AdvanceToNextSession(1000);
            long largest = 0;
            for (int n = 0; n < 8; n++)
            {
                rig.Session.FireFailed(ConnectFailure.ClosedBeforeConnack, 0);
                if (rig.Supervisor.Stats.LastDelayMs > largest) largest = rig.Supervisor.Stats.LastDelayMs;
                Assert.IsNotNull(rig.AdvanceToNextSession(1000000), rig.Why);
            }

            Assert.IsTrue(largest > 2000, "the streak still grows the delay: largest " + largest + rig.Why);
            Assert.IsTrue(largest <= rig.Config.TransientCapMs, rig.Why);
        }

        [TestMethod]
        public void Backoff_ConnackAlone_DoesNotReset()
        {
            SupervisorRig rig = new SupervisorRig(31).Start();
            rig.AdvanceToNextSession(1000);
            for (int n = 0; n < 6; n++) FailAndMeasure(rig, ConnectFailure.Refused, 3);
            FakeSession s = rig.Session;
            s.FireConnected(false);
            s.AckAll();
            rig.AdvanceAcking(rig.Config.StableAfterMs - 1000);
            s.FireClosed(CloseKind.PeerClosed);
            Assert.IsTrue(rig.Supervisor.Stats.LastDelayMs <= BackoffPolicy.Bound(1000, 120000, 6));
            Assert.IsFalse(rig.Log.Contains("backoff reset"), "not stable yet" + rig.Why);
        }

        [TestMethod]
        public void Backoff_AfterStablePeriod_Resets()
        {
            SupervisorRig rig = new SupervisorRig(31).Start();
            rig.AdvanceToNextSession(1000);
            for (int n = 0; n < 6; n++) FailAndMeasure(rig, ConnectFailure.Refused, 3);
            FakeSession s = rig.Session;
            s.FireConnected(false);
            s.AckAll();
            rig.AdvanceAcking(rig.Config.StableAfterMs + 1000);
            Assert.IsTrue(rig.Log.Contains("session 7 stable after"), "stable" + rig.Why);
            s.FireClosed(CloseKind.Error);
            Assert.IsTrue(rig.Supervisor.Stats.LastDelayMs <= rig.Config.BackoffBaseMs, "S11: minimum backoff after a stable session" + rig.Why);
        }

        [TestMethod]
        public void LinkUp_AfterDown_AttemptsWithinJitter()
        {
            for (uint seed = 1; seed <= 20; seed++)
            {
                SupervisorRig rig = new SupervisorRig(seed);
                rig.Link.Up = false;
                rig.Start();
                rig.Advance(5000);
                Assert.AreEqual(0, rig.Factory.Count);
                Assert.AreEqual(LinkState.WaitingForNetwork, rig.Supervisor.State);
                rig.Link.Up = true;
                rig.Supervisor.OnLinkChanged(true, rig.Now);
                long t0 = rig.Now;
                Assert.IsNotNull(rig.AdvanceToNextSession(2000));
                Assert.IsTrue(rig.Now - t0 <= rig.Config.LinkUpJitterMs + SupervisorRig.TickMs, "seed " + seed);
            }
        }
    }
}
