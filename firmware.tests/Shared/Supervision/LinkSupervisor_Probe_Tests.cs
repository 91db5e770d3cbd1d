#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Health probe, birth and will (ARCHITECTURE.md "Health probe", "Birth and will"; scenarios S03, S10, S14).
    [TestClass]
    public class LinkSupervisor_Probe_Tests
    {
        [TestMethod]
        public void Open_Always_SetsRetainedOfflineWillOnStatusTopic()
        {
            SupervisorRig rig = new SupervisorRig(1).Start();
            FakeSession s = rig.AdvanceToNextSession(1000);
            Assert.AreEqual(SupervisorRig.StatusTopic, s.OpenedWith.WillTopic);
            Assert.AreEqual("offline", new string(System.Text.Encoding.UTF8.GetChars(s.OpenedWith.WillPayload)));
            Assert.AreEqual(1, s.OpenedWith.WillQos);
            Assert.IsTrue(s.OpenedWith.WillRetain);
            Assert.AreEqual("nodemqtt-a1b2c3", s.OpenedWith.ClientId);
        }

        [TestMethod]
        public void Connack_Always_PublishesRetainedOnlineBirthAtQos1()
        {
            SupervisorRig rig = new SupervisorRig(1).Start();
            FakeSession s = rig.AdvanceToNextSession(1000);
            s.FireConnected(false);
            PublishRecord birth = s.PublishedAt(0);
            Assert.AreEqual(SupervisorRig.StatusTopic, birth.Topic);
            Assert.AreEqual("online", birth.Payload);
            Assert.AreEqual(1, birth.Qos);
            Assert.IsTrue(birth.Retain);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
            Assert.AreEqual(1, rig.Listener.Onlines);
            Assert.IsTrue(rig.Log.Contains("link: state Connecting -> Online (session 1, connack in"));
        }

        [TestMethod]
        public void Probe_NoPubackWithinDeadline_TearsDownAndBuildsNewSession()
        {
            SupervisorRig rig = new SupervisorRig(7);
            FakeSession first = rig.StartOnline();
            rig.Advance(rig.Config.ProbePeriodMs);
            Assert.AreEqual(2, first.CountPublished(SupervisorRig.StatusTopic), "second probe sent" + rig.Why);
            Assert.IsFalse(first.Closed);

            rig.Advance(rig.Config.ProbeDeadlineMs);
            Assert.IsTrue(first.Closed, "old session closed" + rig.Why);
            Assert.IsFalse(first.ClosedGracefully);
            Assert.AreEqual(DropReason.ProbeTimeout, rig.Diagnostics.Counters.LastDropReason);
            Assert.AreEqual(1, rig.Listener.Offlines);

            FakeSession second = rig.AdvanceToNextSession(rig.Config.BackoffBaseMs + 200);
            Assert.IsNotNull(second, "new session within the first backoff bound" + rig.Why);
            Assert.IsFalse(object.ReferenceEquals(first, second));
            Assert.AreEqual(1, rig.Factory.MaxAlive);
        }

        [TestMethod]
        public void Probe_AckedInTime_KeepsSession()
        {
            SupervisorRig rig = new SupervisorRig(7);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < 10; i++)
            {
                rig.Advance(rig.Config.ProbePeriodMs);
                rig.Advance(1000);
                s.AckAll();
            }

            Assert.AreEqual(1, rig.Factory.Count);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
            Assert.IsTrue(rig.Supervisor.Stats.ProbesSent >= 10);
        }

        [TestMethod]
        public void Probe_QosOneAckedWithinPeriod_IsSkipped()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < 30; i++)
            {
                rig.Advance(2000);
                Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("r" + i, 1), rig.Now));
                s.AckAll();
            }

            Assert.AreEqual(1, s.CountPublished(SupervisorRig.StatusTopic), "only the birth: traffic proves the path");
            Assert.IsTrue(rig.Supervisor.Stats.ProbesSkipped > 0);

            rig.Advance(rig.Config.ProbePeriodMs + 200);
            Assert.AreEqual(2, s.CountPublished(SupervisorRig.StatusTopic), "probe resumes when traffic stops");
        }

        [TestMethod]
        public void Telemetry_UnackedPastDeadline_AbortsWithoutWaitingForTheProbe()
        {
            // S03: a black hole under steady traffic. Acks made the probe unnecessary, so their absence must
            // count as a failed probe; otherwise detection waits a whole probe period longer.
            SupervisorRig rig = new SupervisorRig(5);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < 20; i++)
            {
                rig.Advance(1000);
                Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("r" + i, 1), rig.Now));
                s.AckAll();
            }

            long holeAt = rig.Now;
            for (int i = 0; i < 20 && !s.Closed; i++)
            {
                rig.Advance(1000);
                if (rig.Supervisor.CanPublish) rig.Supervisor.TryPublish(SupervisorRig.Message("h" + i, 1), rig.Now);
            }

            Assert.IsTrue(s.Closed, "session torn down" + rig.Why);
            Assert.AreEqual(DropReason.ProbeTimeout, rig.Diagnostics.Counters.LastDropReason);
            long detectedAfter = rig.Diagnostics.EventAt(rig.Diagnostics.Count - 1).TimeMs - holeAt;
            Assert.IsTrue(detectedAfter <= rig.Config.ProbeDeadlineMs + 1000 + SupervisorRig.TickMs, "detected after " + detectedAfter + " ms" + rig.Why);
            Assert.IsTrue(rig.Listener.Returned.Count > 0, "unacknowledged telemetry handed back");
        }

        [TestMethod]
        public void Telemetry_AckedJustInsideDeadline_KeepsSession()
        {
            SupervisorRig rig = new SupervisorRig(6);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < 10; i++)
            {
                Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("r" + i, 1), rig.Now));
                rig.Advance(rig.Config.ProbeDeadlineMs - 2 * SupervisorRig.TickMs);
                s.AckAll();
            }

            Assert.IsFalse(s.Closed, rig.Why);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
        }

        [TestMethod]
        public void Step_ClientSaysNotConnected_AbortsAsNotConnected()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            s.Connected = false;
            rig.Tick();
            Assert.IsFalse(s.Closed, "a short grace for the close event");
            rig.Advance(LinkSupervisor.NotConnectedGraceMs + SupervisorRig.TickMs);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.NotConnected, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void ClientNotConnected_CloseEventFollows_RecordedAsTheClose()
        {
            SupervisorRig rig = new SupervisorRig(4);
            FakeSession s = rig.StartOnline();
            s.Connected = false;
            rig.Tick();
            s.FireClosed(CloseKind.Reset);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.Reset, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Connect_LostAtSubscribe_DropNamedByTheCloseEvent()
        {
            SupervisorRig rig = new SupervisorRig(5);
            rig.Start();
            FakeSession s = rig.AdvanceToNextSession(5000);
            s.LostAtSubscribe = true;
            s.FireConnected(false);
            Assert.IsFalse(s.Closed, "a refused SUBSCRIBE on a dead client waits for its close event");
            s.FireClosed(CloseKind.PeerClosed);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.PeerClosed, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Connect_LostAtSubscribeWithoutCloseEvent_AbortsAsNotConnected()
        {
            SupervisorRig rig = new SupervisorRig(6);
            rig.Start();
            FakeSession s = rig.AdvanceToNextSession(5000);
            s.LostAtSubscribe = true;
            s.FireConnected(false);
            rig.Advance(LinkSupervisor.NotConnectedGraceMs + SupervisorRig.TickMs);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.NotConnected, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Step_NotConnectedThenCloseEvent_DropNamedByTheClose()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            s.Connected = false;
            s.Refuse = true;
            Assert.IsFalse(rig.Supervisor.TryPublish(SupervisorRig.Message("x", 1), rig.Now), "refused by the dead client");
            Assert.IsFalse(s.Closed, "not ended by its own refused publish");
            rig.Tick();
            s.FireClosed(CloseKind.PeerClosed);
            rig.Tick();
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.PeerClosed, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Probe_RefusedByClient_AbortsAsProbeFailed()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            s.Refuse = true;
            rig.Advance(rig.Config.ProbePeriodMs);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.ProbeFailed, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Probe_GivenUpByClient_AbortsAsProbeFailed()
        {
            SupervisorRig rig = new SupervisorRig(3);
            FakeSession s = rig.StartOnline();
            rig.Advance(rig.Config.ProbePeriodMs);
            s.FireAck(s.LastPublished.Id, false);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(DropReason.ProbeFailed, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void Stop_Online_PublishesRetainedOfflineAndClosesGracefully()
        {
            SupervisorRig rig = new SupervisorRig(5);
            FakeSession s = rig.StartOnline();
            rig.Supervisor.Stop(rig.Now);
            PublishRecord last = s.LastPublished;
            Assert.AreEqual(SupervisorRig.StatusTopic, last.Topic);
            Assert.AreEqual("offline", last.Payload);
            Assert.IsTrue(last.Retain);
            Assert.AreEqual(1, last.Qos);
            Assert.IsTrue(s.Closed);
            Assert.IsTrue(s.ClosedGracefully, "graceful close: DISCONNECT, so no will");
            Assert.AreEqual(LinkState.Stopped, rig.Supervisor.State);
            rig.Advance(60000);
            Assert.AreEqual(1, rig.Factory.Count, "no attempts after a clean stop");
        }
    }
}
