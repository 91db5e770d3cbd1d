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
    // What an MQTT 5 broker tells the node, and what the node does with it (issue 11, part 2).
    [TestClass]
    public class LinkSupervisor_Mqtt5_Tests
    {
        private static SupervisorRig Mqtt5Rig(uint seed, bool auto)
        {
            SupervisorRig rig = new SupervisorRig(seed);
            rig.Options.ProtocolVersion = 5;
            rig.Options.ProtocolAuto = auto;
            return rig.Rebuild().Start();
        }

        private static FakeSession ConnectV5(SupervisorRig rig, int maxPacket, int receiveMax)
        {
            FakeSession s = rig.AdvanceToNextSession(5000);
            ConnackInfo info = new ConnackInfo();
            info.ProtocolVersion = 5;
            info.MaximumPacketSize = maxPacket;
            info.ReceiveMaximum = receiveMax;
            s.FireConnected(info);
            s.AckAll();
            return s;
        }

        [TestMethod]
        public void MaximumPacketSize_LargerMessage_NeverSentAndNamed()
        {
            SupervisorRig rig = Mqtt5Rig(1, true);
            FakeSession s = ConnectV5(rig, 1000, 0);
            Assert.AreEqual(5, s.OpenedWith.ProtocolVersion, "MQTT 5 asked for");
            int before = s.Published.Count;
            OutboundMessage big = SupervisorRig.Message(new string('x', 2000), 1);
            Assert.IsTrue(rig.Supervisor.TryPublish(big, rig.Now), "consumed, not handed back forever");
            Assert.AreEqual(before, s.Published.Count, "never sent: the broker would disconnect with 0x95");
            Assert.AreEqual(1, rig.Supervisor.TooLargeDropped);
            Assert.AreEqual(DropCause.MessageTooLarge, rig.Diagnostics.Episodes.Latest.Verdict);
            Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("small", 1), rig.Now));
            Assert.AreEqual(before + 1, s.Published.Count, "smaller messages still go");
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
        }

        [TestMethod]
        public void ReceiveMaximum_BoundsInflightWindow()
        {
            SupervisorRig rig = Mqtt5Rig(2, false);
            ConnectV5(rig, 0, 2);
            Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("a", 1), rig.Now));
            Assert.IsTrue(rig.Supervisor.TryPublish(SupervisorRig.Message("b", 1), rig.Now));
            Assert.IsFalse(rig.Supervisor.CanPublish, "receive maximum 2 reached (max_inflight is " + rig.Config.MaxInflight + ")");
            Assert.IsFalse(rig.Supervisor.TryPublish(SupervisorRig.Message("c", 1), rig.Now));
        }

        [TestMethod]
        public void PubackNotAuthorised_PublishDeniedNamedAndCounted()
        {
            SupervisorRig rig = Mqtt5Rig(3, false);
            FakeSession s = ConnectV5(rig, 0, 0);
            rig.Supervisor.TryPublish(SupervisorRig.Message("denied", 1), rig.Now);
            s.FireAck(s.LastPublished.Id, ReasonCodes.NotAuthorized);
            Assert.AreEqual(1, rig.Supervisor.RefusedByBroker);
            Assert.AreEqual(DropCause.PublishDenied, rig.Diagnostics.Episodes.Summary(rig.Now));
            Assert.IsTrue(rig.Log.Contains("not authorised (0x87)"), "in words on the console");
            Assert.AreEqual(0, rig.Supervisor.InFlight, "not retried forever");
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State);
        }

        [TestMethod]
        public void SubackFailure_SubscribeDeniedNamed()
        {
            SupervisorRig rig = Mqtt5Rig(4, false);
            FakeSession s = ConnectV5(rig, 0, 0);
            s.FireSubAck(s.SubscribedAt(0).Id, false);
            Assert.AreEqual(DropCause.SubscribeDenied, rig.Diagnostics.Episodes.Latest.Verdict);
            Assert.AreEqual(LinkState.Online, rig.Supervisor.State, "no outage");
        }

        [TestMethod]
        public void Auto_VersionRefused_FallsBackTo311()
        {
            SupervisorRig rig = Mqtt5Rig(5, true);
            rig.FailNext(ConnectFailure.Refused, ReasonCodes.UnsupportedProtocol, 5000);
            FakeSession next = rig.AdvanceToNextSession(200000);
            Assert.AreEqual(4, next.OpenedWith.ProtocolVersion, "3.1.1 after the refusal" + rig.Why);
            Assert.IsTrue(rig.Log.Contains("falling back to MQTT 3.1.1"));
        }

        [TestMethod]
        public void Forced5_VersionRefused_NoFallback()
        {
            SupervisorRig rig = Mqtt5Rig(6, false);
            rig.FailNext(ConnectFailure.Refused, ReasonCodes.UnsupportedProtocol, 5000);
            FakeSession next = rig.AdvanceToNextSession(200000);
            Assert.AreEqual(5, next.OpenedWith.ProtocolVersion);
        }
    }
}
