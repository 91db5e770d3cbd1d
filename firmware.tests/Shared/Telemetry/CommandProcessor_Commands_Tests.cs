#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class CommandProcessor_Commands_Tests
    {
        private const string Cmd = "nodemqtt/meter1/cmd";

        private TelemetryConfig _config;
        private TelemetryCommandTarget _target;

        private CommandProcessor Make(string profile)
        {
            _config = TelemetryFixtures.Config(profile);
            _config.MinIntervalMs = 1000;
            _config.MaxIntervalMs = 60000;
            _target = new TelemetryCommandTarget();
            return new CommandProcessor(_config, TopicProfile.Create(_config, "meter1"), _target);
        }

        private void AssertConfigUntouched()
        {
            Assert.AreEqual(1000, _config.MinIntervalMs);
            Assert.AreEqual(60000, _config.MaxIntervalMs);
            Assert.IsFalse(_config.PerFieldTopics);
            Assert.IsFalse(_config.HistoryMode);
            Assert.AreEqual(0, _target.Reconnects + _target.Reboots + _target.StatusCalls + _target.DiagCalls);
        }

        private void AssertRejected(CommandProcessor p, string payload, string expectedReply)
        {
            int action = p.Handle(Cmd, TelemetryFixtures.Bytes(payload));
            Assert.AreEqual(CommandAction.Rejected, action);
            Assert.AreEqual(expectedReply, p.ReplyText);
            Assert.AreEqual("nodemqtt/meter1/cmd/result", p.ReplyTopic);
            AssertConfigUntouched();
        }

        [TestMethod]
        public void Handle_Status_RepliesWithTargetStatus()
        {
            CommandProcessor p = Make("generic");
            Assert.AreEqual(CommandAction.Status, p.Handle(Cmd, TelemetryFixtures.Bytes("status")));
            Assert.AreEqual("ok {\"link\":\"online\"}", p.ReplyText);
            Assert.AreEqual("nodemqtt/meter1/cmd/result", p.ReplyTopic);
        }

        [TestMethod]
        public void Handle_Diag_RepliesWithTargetDiag()
        {
            CommandProcessor p = Make("generic");
            Assert.AreEqual(CommandAction.Diag, p.Handle(Cmd, TelemetryFixtures.Bytes("diag")));
            Assert.AreEqual("ok {\"drops\":0}", p.ReplyText);
        }

        [TestMethod]
        public void Handle_ReconnectAndReboot_AskTheTarget()
        {
            CommandProcessor p = Make("generic");
            Assert.AreEqual(CommandAction.Reconnect, p.Handle(Cmd, TelemetryFixtures.Bytes("reconnect")));
            Assert.AreEqual("ok reconnecting", p.ReplyText);
            Assert.AreEqual(CommandAction.Reboot, p.Handle(Cmd, TelemetryFixtures.Bytes("reboot")));
            Assert.AreEqual("ok rebooting", p.ReplyText);
            Assert.AreEqual(1, _target.Reconnects);
            Assert.AreEqual(1, _target.Reboots);
            Assert.AreEqual(2, (int)p.Accepted);
        }

        [TestMethod]
        public void Handle_SetEachSafeKey_ChangesConfig()
        {
            CommandProcessor p = Make("generic");
            Assert.AreEqual(CommandAction.Set, p.Handle(Cmd, TelemetryFixtures.Bytes("set min_interval_ms 10000")));
            Assert.AreEqual("ok min_interval_ms=10000", p.ReplyText);
            Assert.AreEqual(10000, _config.MinIntervalMs);
            Assert.AreEqual(CommandAction.Set, p.Handle(Cmd, TelemetryFixtures.Bytes("set max_interval_ms 120000")));
            Assert.AreEqual(120000, _config.MaxIntervalMs);
            Assert.AreEqual(CommandAction.Set, p.Handle(Cmd, TelemetryFixtures.Bytes("set per_field_topics on")));
            Assert.AreEqual("ok per_field_topics=on", p.ReplyText);
            Assert.IsTrue(_config.PerFieldTopics);
            Assert.AreEqual(CommandAction.Set, p.Handle(Cmd, TelemetryFixtures.Bytes("set history_mode true")));
            Assert.IsTrue(_config.HistoryMode);
            Assert.AreEqual(CommandAction.Set, p.Handle(Cmd, TelemetryFixtures.Bytes("set history_mode off")));
            Assert.IsFalse(_config.HistoryMode);
        }

        [TestMethod]
        public void Handle_Oversize_RefusedUnparsedAndCounted()
        {
            CommandProcessor p = Make("generic");
            byte[] big = new byte[_config.CommandMaxBytes + 1];
            for (int i = 0; i < big.Length; i++) big[i] = 0xFF; // would fail ASCII validation if it were read
            Assert.AreEqual(CommandAction.Rejected, p.Handle(Cmd, big));
            Assert.AreEqual("error: command too large (1025 bytes, limit 1024)", p.ReplyText);
            Assert.AreEqual(1, (int)p.RefusedTooLarge);
            Assert.AreEqual(0, (int)p.Rejected);
            AssertConfigUntouched();
        }

        [TestMethod]
        public void Handle_Unknown_ErrorAndUntouched()
        {
            AssertRejected(Make("generic"), "format flash", "error: unknown command 'format' (use status, diag, reconnect, reboot or set <key> <value>)");
        }

        [TestMethod]
        public void Handle_Malformed_ErrorAndUntouched()
        {
            CommandProcessor p = Make("generic");
            AssertRejected(p, "", "error: empty command");
            AssertRejected(p, "set  min_interval_ms 5", "error: command must be words separated by spaces");
            AssertRejected(p, "status\n", "error: command must be printable ASCII without control characters");
            AssertRejected(p, "st\u00e4tus", "error: command must be printable ASCII without control characters");
            AssertRejected(p, "set min_interval_ms", "error: usage: set <key> <value>");
            AssertRejected(p, "reboot now", "error: reboot takes no arguments");
            AssertRejected(p, "set password hunter2", "error: unknown or unsafe key 'password' (settable: min_interval_ms, max_interval_ms, per_field_topics, history_mode)");
            Assert.AreEqual(7, (int)p.Rejected);
        }

        [TestMethod]
        public void Handle_WrongType_ErrorAndUntouched()
        {
            CommandProcessor p = Make("generic");
            AssertRejected(p, "set min_interval_ms ten", "error: telemetry.min_interval_ms: must be a whole number, got 'ten'");
            AssertRejected(p, "set min_interval_ms -5", "error: telemetry.min_interval_ms: must be 0..3600000");
            AssertRejected(p, "set max_interval_ms 1.5", "error: telemetry.max_interval_ms: must be a whole number, got '1.5'");
            AssertRejected(p, "set history_mode yes", "error: telemetry.history_mode: must be true or false (on/off, 1/0), got 'yes'");
        }

        [TestMethod]
        public void Handle_OutOfRange_ErrorAndUntouched()
        {
            CommandProcessor p = Make("generic");
            AssertRejected(p, "set min_interval_ms 99999999", "error: telemetry.min_interval_ms: must be 0..3600000");
            AssertRejected(p, "set min_interval_ms 70000", "error: telemetry.max_interval_ms: must be at least min_interval_ms");
            AssertRejected(p, "set max_interval_ms 999", "error: telemetry.max_interval_ms: must be 1000..86400000");
            AssertRejected(p, "set max_interval_ms 99999999999", "error: telemetry.max_interval_ms: out of range, got '99999999999'");
        }

        [TestMethod]
        public void Handle_OtherTopic_IsNotACommand()
        {
            CommandProcessor p = Make("generic");
            Assert.AreEqual(CommandAction.None, p.Handle("nodemqtt/meter1/state", TelemetryFixtures.Bytes("reboot")));
            Assert.IsNull(p.ReplyText);
            AssertConfigUntouched();
        }

        [TestMethod]
        public void Handle_ThingsBoardRpc_ObjectAndStringParams()
        {
            CommandProcessor p = Make("thingsboard");
            Assert.AreEqual(CommandAction.Set, p.Handle("v1/devices/me/rpc/request/7",
                TelemetryFixtures.Bytes("{\"method\":\"set\",\"params\":{\"key\":\"min_interval_ms\",\"value\":5000}}")));
            Assert.AreEqual("v1/devices/me/rpc/response/7", p.ReplyTopic);
            Assert.AreEqual(5000, _config.MinIntervalMs);
            Assert.AreEqual(CommandAction.Set, p.Handle("v1/devices/me/rpc/request/8",
                TelemetryFixtures.Bytes("{\"method\":\"set\",\"params\":\"history_mode on\"}")));
            Assert.IsTrue(_config.HistoryMode);
            Assert.AreEqual(CommandAction.Status, p.Handle("v1/devices/me/rpc/request/9",
                TelemetryFixtures.Bytes("{\"method\":\"status\",\"params\":{}}")));
        }

        [TestMethod]
        public void Handle_ThingsBoardBadRpc_ErrorAndUntouched()
        {
            CommandProcessor p = Make("thingsboard");
            string topic = "v1/devices/me/rpc/request/1";
            Assert.AreEqual(CommandAction.Rejected, p.Handle(topic, TelemetryFixtures.Bytes("{\"method\":\"set\",\"params\":{\"key\":\"min_interval_ms\",\"value\":\"x\"}")));
            Assert.AreEqual("error: bad RPC request: expected ',' or '}'", p.ReplyText);
            Assert.AreEqual(CommandAction.Rejected, p.Handle(topic, TelemetryFixtures.Bytes("{\"params\":{}}")));
            Assert.AreEqual("error: bad RPC request: \"method\" (a string) is missing", p.ReplyText);
            Assert.AreEqual(CommandAction.Rejected, p.Handle(topic, TelemetryFixtures.Bytes("{\"method\":\"set\",\"params\":{\"key\":\"per_field_topics\",\"value\":true}}")));
            Assert.AreEqual("error: telemetry.per_field_topics: not available with the thingsboard profile", p.ReplyText);
            AssertConfigUntouched();
        }
    }
}
