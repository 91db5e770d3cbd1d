#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Diagnostics
{
    // Episodes and their verdicts, driven through the supervisor in virtual time (issue 11).
    [TestClass]
    public class Episode_Verdicts_Tests
    {
        private static EpisodeLog Episodes(SupervisorRig rig)
        {
            return rig.Diagnostics.Episodes;
        }

        [TestMethod]
        public void BrokerDownNinetySeconds_ManyRefusedAttempts_OneEpisodeNamedRestart()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            rig.AdvanceAcking(60000);
            s.FireClosed(CloseKind.PeerClosed);
            long downUntil = rig.Now + 90000;
            int refused = 0;
            while (rig.Now < downUntil)
            {
                rig.FailNext(ConnectFailure.TcpRefused, 0, 120000);
                refused++;
            }

            Assert.AreEqual(DropCause.BrokerRestart, Episodes(rig).Open.Verdict, "named while the broker is down" + rig.Why);
            Assert.IsTrue(refused > 64, "more attempts than the old 64-event ring held: " + refused);
            rig.ConnectNext(20000);
            rig.AdvanceAcking(rig.Config.StableAfterMs + 100);
            Assert.AreEqual(1, Episodes(rig).Total, "a long outage is one episode");
            Assert.AreEqual(DropCause.BrokerRestart, Episodes(rig).Latest.Verdict, "and stays named after recovery");
            Assert.AreEqual(refused, Episodes(rig).Latest.FailuresOf(ConnectFailure.TcpRefused));
            Assert.IsFalse(Episodes(rig).Latest.IsOpen);
        }

        [TestMethod]
        public void FirstConnectRefused_NotListening()
        {
            SupervisorRig rig = new SupervisorRig(4).Start();
            rig.FailNext(ConnectFailure.TcpRefused, 0, 5000);
            Assert.AreEqual(DropCause.NotListening, Episodes(rig).Open.Verdict);
            Assert.IsTrue(Episodes(rig).Open.FirstConnect);
        }

        [TestMethod]
        public void AuthRefusedThenFixed_MinutesOnline_SummaryClears()
        {
            SupervisorRig rig = new SupervisorRig(5).Start();
            rig.FailNext(ConnectFailure.NotAuthorized, ReasonCodes.BadCredentials, 5000);
            Assert.AreEqual(DropCause.AuthRefused, Episodes(rig).Summary(rig.Now));
            Assert.IsTrue(rig.Log.Contains("diagnosis: auth-refused"), "one console line");
            rig.ConnectNext(rig.Config.AuthBackoffCapMs * 2);
            rig.AdvanceAcking(rig.Config.StableAfterMs + 1000);
            Assert.AreEqual(DropCause.AuthRefused, Episodes(rig).Summary(rig.Now), "still said just after recovery");
            rig.AdvanceAcking(EpisodeLog.ClearAfterMs);
            Assert.AreEqual(DropCause.None, Episodes(rig).Summary(rig.Now), "no stale auth-refused minutes later");
            Assert.AreEqual("none", Episodes(rig).SummaryWords(rig.Now));
            Assert.AreEqual(1, Episodes(rig).CountOf(DropCause.AuthRefused), "still counted since start");
        }

        [TestMethod]
        public void ConnectFailures_EachKind_NamedCause()
        {
            ConnectFailure[] kinds =
            {
                ConnectFailure.TlsUntrusted, ConnectFailure.TlsNameMismatch, ConnectFailure.TlsExpired, ConnectFailure.Tls,
                ConnectFailure.TlsPortMismatch, ConnectFailure.Dns, ConnectFailure.ClosedBeforeConnack, ConnectFailure.Refused,
                ConnectFailure.Timeout
            };
            int[] codes = { 0, 0, 0, 0, 0, 0, 0, ReasonCodes.ServerBusy, 0 };
            DropCause[] expected =
            {
                DropCause.TlsUntrusted, DropCause.TlsNameMismatch, DropCause.TlsExpired, DropCause.TlsHandshake,
                DropCause.TlsPortMismatch, DropCause.DnsFailure, DropCause.BrokerBusy, DropCause.BrokerBusy, DropCause.BlackHole
            };
            for (int i = 0; i < kinds.Length; i++)
            {
                SupervisorRig rig = new SupervisorRig((uint)(40 + i)).Start();
                for (int n = 0; n < 3; n++) rig.FailNext(kinds[i], codes[i], 400000);
                Assert.AreEqual((int)expected[i], (int)Episodes(rig).Open.Verdict, ConnectFailureNames.Of(kinds[i]) + ": " + Episodes(rig).Open.Evidence);
            }
        }

        [TestMethod]
        public void ProbeTimeout_AfterQuiet_IdleBlackHole_WhilePublishing_BlackHole()
        {
            SupervisorRig idle = new SupervisorRig(6);
            idle.StartOnline();
            idle.AdvanceAcking(40000);
            idle.Advance(idle.Config.ProbePeriodMs + idle.Config.ProbeDeadlineMs + 200); // acks stop: the probe is unanswered
            Assert.AreEqual(DropCause.IdleBlackHole, Episodes(idle).Open.Verdict, Episodes(idle).Open.Evidence + idle.Why);

            SupervisorRig busy = new SupervisorRig(7);
            busy.StartOnline();
            busy.AdvanceAcking(40000);
            for (int i = 0; i < 8 && busy.Supervisor.State == NodeMqtt.Supervision.LinkState.Online; i++)
            {
                busy.Supervisor.TryPublish(SupervisorRig.Message("reading " + i, 1), busy.Now);
                busy.Advance(1000);
            }

            Assert.AreEqual(DropCause.BlackHole, Episodes(busy).Open.Verdict, Episodes(busy).Open.Evidence + busy.Why);
        }

        [TestMethod]
        public void ProbeTimeouts_AtRegularIntervals_StayIdleBlackHole()
        {
            SupervisorRig rig = new SupervisorRig(8);
            rig.StartOnline();
            for (int i = 0; i < 6; i++)
            {
                rig.AdvanceAcking(25000);
                rig.Advance(rig.Config.ProbePeriodMs + rig.Config.ProbeDeadlineMs + 200);
                rig.ConnectNext(60000);
            }

            Assert.AreEqual(DropCause.IdleBlackHole, Episodes(rig).Latest.Verdict, "direct evidence wins over the pattern: " + Episodes(rig).Latest.Evidence);
            Assert.AreEqual(0, Episodes(rig).CountOf(DropCause.RegularInterval));
        }

        [TestMethod]
        public void LinkDown_WhileOnline_WifiLoss()
        {
            SupervisorRig rig = new SupervisorRig(9);
            rig.StartOnline();
            rig.AdvanceAcking(5000);
            rig.Link.Up = false;
            rig.Supervisor.OnLinkChanged(false, rig.Now);
            Assert.AreEqual(DropCause.WifiLoss, Episodes(rig).Open.Verdict);
        }

        [TestMethod]
        public void ServerDisconnect_ReasonCodes_NameTheirCause()
        {
            int[] codes = { ReasonCodes.QuotaExceeded, ReasonCodes.PacketTooLarge, ReasonCodes.ServerShuttingDown, ReasonCodes.KeepAliveTimeout };
            DropCause[] expected = { DropCause.BrokerBusy, DropCause.MessageTooLarge, DropCause.BrokerRestart, DropCause.IdleBlackHole };
            for (int i = 0; i < codes.Length; i++)
            {
                SupervisorRig rig = new SupervisorRig((uint)(60 + i));
                FakeSession s = rig.StartOnline();
                rig.AdvanceAcking(3000);
                s.FireClosed(CloseKind.ServerDisconnect, codes[i]);
                Assert.AreEqual((int)expected[i], (int)Episodes(rig).Open.Verdict, Episodes(rig).Open.Evidence);
                Assert.AreEqual(0, Episodes(rig).CountOf(DropCause.Takeover));
            }
        }

        [TestMethod]
        public void ManyOutages_RingBounded_CountsSinceStartAndLast24h()
        {
            SupervisorRig rig = new SupervisorRig(11);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < 20; i++)
            {
                rig.AdvanceAcking(rig.Config.StableAfterMs + 1000);
                s.FireClosed(CloseKind.Reset);
                s = rig.ConnectNext(60000);
            }

            Assert.AreEqual(DiagnosticsLog.EpisodeCapacity, Episodes(rig).Count);
            Assert.AreEqual(20, Episodes(rig).Total);
            Assert.AreEqual(20, Episodes(rig).CountOf(DropCause.ConnectionReset));
            Assert.AreEqual(20, Episodes(rig).DropsLast24h(rig.Now));
            Assert.AreEqual(0, Episodes(rig).DropsLast24h(rig.Now + 25L * 3600000));
        }
    }
}
