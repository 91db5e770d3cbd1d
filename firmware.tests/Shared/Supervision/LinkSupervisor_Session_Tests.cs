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
    // Publishing, hand-back, stale events, link changes, subscriptions (S05, S08, S09, S15, S16, S17).
    [TestClass]
    public class LinkSupervisor_Session_Tests
    {
        [TestMethod]
        public void SessionDies_UnackedQos1_HandedBackInPublishOrder()
        {
            SupervisorRig rig = new SupervisorRig(1);
            FakeSession s = rig.StartOnline();
            OutboundMessage[] m = new OutboundMessage[5];
            for (int i = 0; i < 5; i++)
            {
                m[i] = SupervisorRig.Message("m" + i, 1);
                Assert.IsTrue(rig.Supervisor.TryPublish(m[i], rig.Now));
            }

            s.FireAck(s.PublishedAt(3).Id, true); // m2 delivered
            Assert.AreEqual(4, rig.Supervisor.InFlight);
            s.FireClosed(CloseKind.Error);

            Assert.AreEqual(1, rig.Listener.Delivered.Count);
            Assert.AreSame(m[2], rig.Listener.Delivered[0]);
            Assert.AreEqual(4, rig.Listener.Returned.Count);
            Assert.AreSame(m[0], rig.Listener.Returned[0]);
            Assert.AreSame(m[1], rig.Listener.Returned[1]);
            Assert.AreSame(m[3], rig.Listener.Returned[2]);
            Assert.AreSame(m[4], rig.Listener.Returned[3]);
            Assert.AreEqual(0, rig.Supervisor.InFlight);
            Assert.AreEqual(4, rig.Diagnostics.Counters.Returned);
            Assert.AreEqual(1, rig.Listener.Offlines);
        }

        [TestMethod]
        public void PublishGivenUp_ByClient_ReturnsAllInOrderAndAborts()
        {
            SupervisorRig rig = new SupervisorRig(1);
            FakeSession s = rig.StartOnline();
            OutboundMessage a = SupervisorRig.Message("a", 1);
            OutboundMessage b = SupervisorRig.Message("b", 1);
            rig.Supervisor.TryPublish(a, rig.Now);
            rig.Supervisor.TryPublish(b, rig.Now);
            s.FireAck(s.PublishedAt(1).Id, false);
            Assert.IsTrue(s.Closed, "M2Mqtt gave up after 3 tries: session suspect");
            Assert.AreEqual(2, rig.Listener.Returned.Count);
            Assert.AreSame(a, rig.Listener.Returned[0]);
            Assert.AreSame(b, rig.Listener.Returned[1]);
            Assert.AreEqual(DropReason.PublishGaveUp, rig.Diagnostics.Counters.LastDropReason);
        }

        [TestMethod]
        public void TryPublish_Qos0_DeliveredAtOnce()
        {
            SupervisorRig rig = new SupervisorRig(1);
            rig.StartOnline();
            OutboundMessage m = SupervisorRig.Message("x", 0);
            Assert.IsTrue(rig.Supervisor.TryPublish(m, rig.Now));
            Assert.AreEqual(1, rig.Listener.Delivered.Count);
            Assert.AreEqual(0, rig.Supervisor.InFlight);
            Assert.AreEqual(1, m.Attempts);
        }

        [TestMethod]
        public void TryPublish_InflightFull_RefusesUntilAck()
        {
            SupervisorRig rig = new SupervisorRig(1);
            FakeSession s = rig.StartOnline();
            for (int i = 0; i < rig.Config.MaxInflight; i++)
            {
                Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("m" + i, 1), rig.Now));
            }

            Assert.IsFalse(rig.Supervisor.CanPublish);
            Assert.IsFalse(rig.Supervisor.TryPublish(SupervisorRig.Message("over", 1), rig.Now));
            s.AckAll();
            Assert.IsTrue(rig.Supervisor.CanPublish);
        }

        [TestMethod]
        public void TryPublish_NotOnline_ReturnsFalse()
        {
            SupervisorRig rig = new SupervisorRig(1).Start();
            Assert.IsFalse(rig.Supervisor.CanPublish);
            Assert.IsFalse(rig.Supervisor.TryPublish(SupervisorRig.Message("x", 1), rig.Now));
        }

        [TestMethod]
        public void StaleEvents_OfOldSession_AreIgnored()
        {
            SupervisorRig rig = new SupervisorRig(4);
            FakeSession old = rig.StartOnline();
            rig.Supervisor.TryPublish(SupervisorRig.Message("a", 1), rig.Now);
            int oldMsgId = old.LastPublished.Id;
            old.FireClosed(CloseKind.Error);
            FakeSession current = rig.ConnectNext(5000);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);

            old.FireClosed(CloseKind.PeerClosed);
            old.FireFailed(ConnectFailure.Timeout, 0);
            old.FireAck(oldMsgId, true);
            old.FireConnected(false);
            old.FireMessage("nodemqtt/n1/cmd/x", new byte[0]);

            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
            Assert.IsFalse(current.Closed);
            Assert.AreEqual(0, rig.Listener.Delivered.Count, "ack of a torn-down session delivers nothing");
            Assert.AreEqual(0, rig.Listener.Messages.Count);
            Assert.AreEqual(5, rig.Supervisor.Stats.StaleEvents);
        }

        [TestMethod]
        public void LinkDown_Online_AbortsAndWaitsForNetwork()
        {
            SupervisorRig rig = new SupervisorRig(6);
            FakeSession s = rig.StartOnline();
            rig.Link.Up = false;
            rig.Supervisor.OnLinkChanged(false, rig.Now);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(LinkState.WaitingForNetwork, rig.Supervisor.State);
            Assert.AreEqual(DropReason.NetworkDown, rig.Diagnostics.Counters.LastDropReason);
            rig.Advance(30000);
            Assert.AreEqual(1, rig.Factory.Count, "no attempts while the link is down");

            rig.Link.Up = true;
            rig.Supervisor.OnLinkChanged(true, rig.Now);
            Assert.IsNotNull(rig.ConnectNext(1000));
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
        }

        [TestMethod]
        public void LinkDown_WhileConnecting_ClosesTheAttempt()
        {
            SupervisorRig rig = new SupervisorRig(6).Start();
            FakeSession s = rig.AdvanceToNextSession(1000);
            rig.Link.Up = false;
            rig.Supervisor.OnLinkChanged(false, rig.Now);
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(LinkState.WaitingForNetwork, rig.Supervisor.State);
        }

        [TestMethod]
        public void Subscriptions_EverySession_RequestedAgainAtQos1()
        {
            SupervisorRig rig = new SupervisorRig(2);
            FakeSession first = rig.StartOnline();
            Assert.AreEqual(2, first.Subscribed.Count);
            Assert.AreEqual(SupervisorRig.CommandTopic, first.SubscribedAt(0).Topic);
            Assert.AreEqual(1, first.SubscribedAt(0).Qos);
            first.FireClosed(CloseKind.PeerClosed);
            FakeSession second = rig.ConnectNext(5000);
            Assert.AreEqual(2, second.Subscribed.Count, "S05/S15: subscriptions back on every new session");
        }

        [TestMethod]
        public void SubscriptionDenied_RepeatedOverSessions_ReportedOnceNotRetriedWithinSession()
        {
            SupervisorRig rig = new SupervisorRig(2);
            FakeSession s = rig.StartOnline();
            s.FireSubAck(s.SubscribedAt(0).Id, false);
            s.FireSubAck(s.SubscribedAt(1).Id, true);
            rig.AdvanceAcking(60000);
            Assert.AreEqual(2, s.Subscribed.Count, "no resubscribe storm within the session");
            s.FireClosed(CloseKind.Error);
            FakeSession next = rig.ConnectNext(5000);
            Assert.AreEqual(2, next.Subscribed.Count, "asked again on the next session");
            next.FireSubAck(next.SubscribedAt(0).Id, false);

            Assert.AreEqual(1, rig.Diagnostics.Counters.SubscriptionsDenied, "S16: reported once");
            Assert.AreEqual(1, rig.Log.CountContaining("subscription to '" + SupervisorRig.CommandTopic + "' denied"));
        }

        [TestMethod]
        public void Message_OnCurrentSession_ReachesListener()
        {
            SupervisorRig rig = new SupervisorRig(2);
            FakeSession s = rig.StartOnline();
            s.FireMessage("nodemqtt/n1/cmd/reboot", new byte[] { 1 });
            Assert.AreEqual(1, rig.Listener.Messages.Count);
        }

        [TestMethod]
        public void RequestReconnect_Online_TearsDownAndReconnectsNow()
        {
            SupervisorRig rig = new SupervisorRig(2);
            FakeSession s = rig.StartOnline();
            rig.Supervisor.RequestReconnect(rig.Now);
            Assert.IsTrue(s.Closed);
            rig.Supervisor.Step(rig.Now);
            Assert.AreEqual(2, rig.Factory.Count, "new session at once");
        }

        [TestMethod]
        public void ClosedBeforeConnack_Connecting_CountsAsConnectFailure()
        {
            SupervisorRig rig = new SupervisorRig(2).Start();
            FakeSession s = rig.AdvanceToNextSession(1000);
            s.FireClosed(CloseKind.PeerClosed);
            Assert.AreEqual(1, rig.Diagnostics.Counters.FailuresByKind[(int)ConnectFailure.ClosedBeforeConnack]);
            Assert.AreEqual(LinkState.BackingOff, rig.Supervisor.State);
        }
    }
}
