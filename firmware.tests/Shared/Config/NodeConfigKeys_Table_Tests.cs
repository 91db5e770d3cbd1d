#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace NodeMqtt.Tests.Config
{
    [TestClass]
    public class NodeConfigKeys_Table_Tests
    {
        private const string Canary = "CANARY-5ecret-77";

        [TestMethod]
        public void TrySet_EveryKeyWithItsOwnValue_IsAccepted()
        {
            NodeConfig c = new NodeConfig();
            for (int i = 0; i < NodeConfigKeys.Names.Length; i++)
            {
                string key = NodeConfigKeys.Names[i];
                string value = NodeConfigKeys.Get(c, key);
                Assert.IsFalse(NodeConfigKeys.Unknown == value, key);
                Assert.IsNull(NodeConfigKeys.TrySet(c, key, value == null ? "" : value), key);
                Assert.AreEqual(value, NodeConfigKeys.Get(c, key), key);
            }

            Assert.IsNull(c.Validate());
        }

        [TestMethod]
        public void TrySet_Typed_ParsesIntBoolAndText()
        {
            NodeConfig c = new NodeConfig();
            Assert.IsNull(NodeConfigKeys.TrySet(c, "mqtt.port", "8883"));
            Assert.IsNull(NodeConfigKeys.TrySet(c, "mqtt.tls", "on"));
            Assert.IsNull(NodeConfigKeys.TrySet(c, "mqtt.username", "meter-7"));
            Assert.IsNull(NodeConfigKeys.TrySet(c, "outbox.max_age_ms", "3600000"));
            Assert.IsNull(NodeConfigKeys.TrySet(c, "mqtt.client_id", ""));
            Assert.AreEqual(8883, c.Mqtt.Port);
            Assert.IsTrue(c.Mqtt.Tls);
            Assert.AreEqual("meter-7", c.Mqtt.Username);
            Assert.AreEqual(3600000L, c.Outbox.MaxAgeMs);
            Assert.IsNull(c.Mqtt.ClientId);
        }

        [TestMethod]
        public void TrySet_UnknownKey_SuggestsTheNearest()
        {
            Assert.AreEqual("mqtt.hots: unknown key (did you mean 'mqtt.host'?)", NodeConfigKeys.TrySet(new NodeConfig(), "mqtt.hots", "x"));
        }

        [TestMethod]
        public void TrySet_RefusedValue_LeavesTheSettingUnchanged()
        {
            NodeConfig c = new NodeConfig();
            Assert.AreEqual("mqtt.port: must be a whole number, got 'abc'", NodeConfigKeys.TrySet(c, "mqtt.port", "abc"));
            Assert.AreEqual("mqtt.port: must be 1..65535", NodeConfigKeys.TrySet(c, "mqtt.port", "70000"));
            Assert.AreEqual(1883, c.Mqtt.Port);
        }

        [TestMethod]
        public void TrySet_WhatMqttCannotCarry_IsRefusedInOneLine()
        {
            NodeConfig c = new NodeConfig();
            AssertRefused(c, "telemetry.topic_prefix", "nodemqtt\u0000x", "telemetry.topic_prefix: must not contain NUL");
            AssertRefused(c, "telemetry.topic_prefix", "a/+/b", "telemetry.topic_prefix: must not contain the wildcards + or #");
            AssertRefused(c, "telemetry.topic_prefix", "$SYS", "telemetry.topic_prefix: must not start with '$' (broker topics; publishing there is denied)");
            AssertRefused(c, "telemetry.topic_prefix", new string('p', 70000), "telemetry.topic_prefix: must be at most 128 bytes");
            AssertRefused(c, "telemetry.topic_prefix", "a//b", "telemetry.topic_prefix: must not have an empty level (leading, trailing or double '/')");
            AssertRefused(c, "outbox.persist_interval_ms", "1", "outbox.persist_interval_ms: must be 0 (off) or 1000..3600000");
            AssertRefused(c, "outbox.max_bytes", "2147483647", "outbox.max_bytes: must be 1024..16777216");
            AssertRefused(c, "mqtt.username", new string('u', 70000), "mqtt.username: must be at most 65535 bytes");
            AssertRefused(c, "supervisor.takeover_kicks", "0", "supervisor.takeover_kicks: must be 1..5");
            AssertRefused(c, "supervisor.takeover_kick_window_ms", "20000", "supervisor.takeover_kick_window_ms: must be 1000..10000");
            AssertRefused(c, "supervisor.takeover_window_ms", "5000", "supervisor.takeover_window_ms: must be 60000..3600000");
            Assert.IsNull(c.Validate());
        }

        [TestMethod]
        public void StringProblem_SurrogatePair_CountsFourBytes()
        {
            string twoEmoji = "\uD83D\uDE00\uD83D\uDE00"; // 8 bytes of UTF-8, not 12
            Assert.IsNull(MqttText.StringProblem(twoEmoji, 8));
            Assert.AreEqual("must be at most 7 bytes", MqttText.StringProblem(twoEmoji, 7));
        }

        [TestMethod]
        public void TrySet_SecretRefused_NeverShowsTheValue()
        {
            NodeConfig c = new NodeConfig();
            string e = NodeConfigKeys.TrySet(c, "mqtt.password", Canary + "\u0000");
            Assert.IsNotNull(e);
            Assert.IsTrue(e.IndexOf("CANARY") < 0, e);
            Assert.IsTrue(e.IndexOf("mqtt.password") == 0, e);
            Assert.IsNull(c.Mqtt.Password);
        }

        [TestMethod]
        public void IsSecret_PasswordsTokensAndKeys_AreSecret()
        {
            Assert.IsTrue(NodeConfigKeys.IsSecret("mqtt.password"));
            Assert.IsTrue(NodeConfigKeys.IsSecret("meter.key"));
            Assert.IsTrue(NodeConfigKeys.IsSecret("meter.auth_key"));
            Assert.IsTrue(NodeConfigKeys.IsSecret("setup.admin_password"));
            Assert.IsTrue(NodeConfigKeys.IsSecret("thingsboard.token"));
            Assert.IsTrue(NodeConfigKeys.IsSecret("mqtt.username"));
            Assert.IsFalse(NodeConfigKeys.IsSecret("mqtt.host"));
            Assert.IsFalse(NodeConfigKeys.IsSecret("telemetry.per_field_topics"));
            Assert.AreEqual("(hidden)", NodeConfigKeys.Shown("meter.key", Canary));
        }

        [TestMethod]
        public void Shown_LongOrControlText_IsCutAndMasked()
        {
            Assert.AreEqual("a?b", NodeConfigKeys.Shown("mqtt.host", "a\nb"));
            Assert.AreEqual(new string('x', NodeConfigKeys.EchoMaxChars) + "...", NodeConfigKeys.Shown("mqtt.host", new string('x', 100)));
        }

        private static void AssertRefused(NodeConfig c, string key, string value, string expected)
        {
            string before = NodeConfigKeys.Get(c, key);
            Assert.AreEqual(expected, NodeConfigKeys.TrySet(c, key, value));
            Assert.AreEqual(before, NodeConfigKeys.Get(c, key));
        }
    }
}
