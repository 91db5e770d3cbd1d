#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Commands;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Commands
{
    [TestClass]
    public class CommandChannel_Isolation_Tests
    {
        private const string Cmd = "nodemqtt/meter1/cmd";

        private TelemetryCommandTarget _target;

        private CommandChannel Make(string profile)
        {
            TelemetryConfig config = TelemetryFixtures.Config(profile);
            config.CommandsPerMinute = 60;
            config.CommandBurst = 5;
            _target = new TelemetryCommandTarget();
            return new CommandChannel(config, TopicProfile.Create(config, "meter1"), _target);
        }

        [TestMethod]
        public void OnMessage_FloodOverTheRate_DropsTheExcessUnanswered()
        {
            CommandChannel c = Make("generic");
            int answered = 0;
            // 100 invalid commands a second for 10 s: the burst of 5, then one a second.
            for (int i = 0; i < 1000; i++)
            {
                long now = i * 10;
                c.OnMessage(Cmd, TelemetryFixtures.Bytes("bogus " + i.ToString()), now);
                OutboundMessage m = c.TakeNext(now);
                if (m != null)
                {
                    answered++;
                    c.OnDelivered(m);
                }
            }

            Assert.AreEqual(1000L, c.Received);
            Assert.IsTrue(answered >= 14 && answered <= 15, "answered " + answered.ToString());
            Assert.AreEqual(1000L - answered, c.RateLimited);
            Assert.AreEqual(0, c.RepliesHeld);
        }

        [TestMethod]
        public void OnMessage_RepliesNeverDelivered_AreBoundedAndCounted()
        {
            CommandChannel c = Make("generic");
            for (int i = 0; i < 5; i++) c.OnMessage(Cmd, TelemetryFixtures.Bytes("status"), 0);
            for (int i = 0; i < 10; i++) c.OnMessage(Cmd, TelemetryFixtures.Bytes("status"), 60000L * (i + 1));
            Assert.IsTrue(c.RepliesHeld <= CommandChannel.MaxReplies);
            Assert.AreEqual(15L - c.RepliesHeld, c.RepliesDropped);
        }

        [TestMethod]
        public void OnMessage_SameIdAgain_IsAnsweredButNotRunTwice()
        {
            CommandChannel c = Make("generic");
            Assert.AreEqual(CommandAction.Reconnect, c.OnMessage(Cmd, TelemetryFixtures.Bytes("reconnect id=a7"), 0));
            Assert.AreEqual(CommandAction.None, c.OnMessage(Cmd, TelemetryFixtures.Bytes("reconnect id=a7"), 10));
            Assert.AreEqual(CommandAction.Reconnect, c.OnMessage(Cmd, TelemetryFixtures.Bytes("reconnect id=a8"), 20));
            Assert.AreEqual(2, _target.Reconnects);
            Assert.AreEqual(1L, c.Duplicates);
            Assert.AreEqual("ok reconnecting", Text(c.TakeNext(20)));
            Assert.AreEqual("ok duplicate a7 ignored", Text(c.TakeNext(20)));
        }

        [TestMethod]
        public void OnMessage_ThingsBoardRequestIdAgain_IsNotRunTwice()
        {
            CommandChannel c = Make("thingsboard");
            string topic = "v1/devices/me/rpc/request/17";
            byte[] rpc = TelemetryFixtures.Bytes("{\"method\":\"reconnect\",\"params\":{}}");
            Assert.AreEqual(CommandAction.Reconnect, c.OnMessage(topic, rpc, 0));
            Assert.AreEqual(CommandAction.None, c.OnMessage(topic, rpc, 5));
            Assert.AreEqual(1, _target.Reconnects);
        }

        [TestMethod]
        public void OnMessage_ThingsBoardRpc_ReplyOnResponseTopicOutsideTheOutbox()
        {
            CommandChannel c = Make("thingsboard");
            int action = c.OnMessage("v1/devices/me/rpc/request/3", TelemetryFixtures.Bytes("{\"method\":\"reboot\"}"), 10);
            Assert.AreEqual(CommandAction.Reboot, action);
            OutboundMessage m = c.TakeNext(10);
            Assert.IsNotNull(m);
            Assert.AreEqual("v1/devices/me/rpc/response/3", m.Topic);
            Assert.AreEqual("{\"result\":\"ok rebooting\"}", Text(m));
            Assert.AreEqual(MessageKind.CommandResult, m.Kind);
        }

        [TestMethod]
        public void OnMessage_OtherTopic_IsNotACommand()
        {
            CommandChannel c = Make("generic");
            Assert.AreEqual(CommandAction.None, c.OnMessage("nodemqtt/meter1/state", TelemetryFixtures.Bytes("status"), 0));
            Assert.AreEqual(0L, c.Received);
            Assert.IsNull(c.TakeNext(0));
        }

        private static string Text(OutboundMessage m)
        {
            Assert.IsNotNull(m);
            char[] chars = new char[m.Payload.Length];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)m.Payload[i];
            return new string(chars);
        }
    }
}
