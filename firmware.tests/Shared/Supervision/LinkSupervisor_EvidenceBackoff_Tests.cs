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
    // Backoff that follows the evidence (issue 12): no attempts while the network is known down, ≤ 1 attempt/s
    // on average while the broker refuses TCP, short waits after transient failures.
    [TestClass]
    public class LinkSupervisor_EvidenceBackoff_Tests
    {
        [TestMethod]
        public void NoRouteWhileLinkReportsUp_SlowSafetyRetryOnly()
        {
            SupervisorRig rig = new SupervisorRig(1).Start();
            long start = rig.Now;
            int attempts = 0;
            while (rig.Now - start < 60000)
            {
                FakeSession s = rig.FailNext(ConnectFailure.NetworkDown, 0, 60000 - (rig.Now - start));
                if (s == null) break;
                attempts++;
            }

            // Before: 97 attempts in 55 s. Now the safety retry: one every NetworkSafetyMin..MaxMs.
            Assert.IsTrue(attempts <= 60000 / rig.Config.NetworkSafetyMinMs + 1, "attempts in 60 s: " + attempts + rig.Why);
            Assert.IsTrue(attempts >= 60000 / rig.Config.NetworkSafetyMaxMs, "still tries now and then: " + attempts + rig.Why);
            Assert.AreEqual(LinkState.WaitingForNetwork, rig.Supervisor.State);
        }

        [TestMethod]
        public void NoRoute_ThenLinkEvent_AttemptsPromptly()
        {
            SupervisorRig rig = new SupervisorRig(2).Start();
            rig.FailNext(ConnectFailure.NetworkDown, 0, 5000);
            rig.Link.Up = false;
            rig.Supervisor.OnLinkChanged(false, rig.Now);
            rig.Advance(2000);
            rig.Link.Up = true;
            rig.Supervisor.OnLinkChanged(true, rig.Now);
            long up = rig.Now;
            FakeSession s = rig.AdvanceToNextSession(5000);
            Assert.IsNotNull(s);
            Assert.IsTrue(rig.Now - up <= rig.Config.LinkUpJitterMs + SupervisorRig.TickMs, "the link event wakes it" + rig.Why);
        }

        [TestMethod]
        public void TcpRefused_ThreeMinutes_AtMostOneAttemptPerSecond()
        {
            for (uint seed = 1; seed <= 5; seed++)
            {
                SupervisorRig rig = new SupervisorRig(seed).Start();
                long start = rig.Now;
                int attempts = 0;
                while (rig.Now - start < 180000)
                {
                    rig.FailNext(ConnectFailure.TcpRefused, 0, 10000);
                    attempts++;
                }

                double perSecond = attempts / 180.0;
                Assert.IsTrue(perSecond <= 1.0, "attempts/s " + perSecond + ", seed " + seed);
                Assert.IsTrue(perSecond >= 0.7, "still prompt: " + perSecond + ", seed " + seed);
            }
        }

        [TestMethod]
        public void LostSessionsInARow_WaitNeverAboveTransientCap()
        {
            SupervisorRig rig = new SupervisorRig(3).Start();
            int worst = 0;
            for (int i = 0; i < 30; i++)
            {
                FakeSession s = rig.ConnectNext(60000);
                rig.AdvanceAcking(2000);
                s.FireClosed(CloseKind.Reset);
                if (rig.Supervisor.Stats.LastDelayMs > worst) worst = rig.Supervisor.Stats.LastDelayMs;
            }

            Assert.IsTrue(worst <= rig.Config.TransientCapMs, "worst wait " + worst + rig.Why);
        }
    }
}
