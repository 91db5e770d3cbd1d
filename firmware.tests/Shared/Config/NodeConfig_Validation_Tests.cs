#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace NodeMqtt.Tests.Config
{
    [TestClass]
    public class NodeConfig_Validation_Tests
    {
        [TestMethod]
        public void Validate_Defaults_AreValid()
        {
            Assert.IsNull(new NodeConfig().Validate());
        }

        [TestMethod]
        public void Validate_BadPort_NamesTheKey()
        {
            NodeConfig c = new NodeConfig();
            c.Mqtt.Port = 0;
            Assert.AreEqual("mqtt.port: must be 1..65535", c.Validate());
        }

        [TestMethod]
        public void Validate_NodeIdWithWildcard_IsRejected()
        {
            NodeConfig c = new NodeConfig();
            c.NodeId = "a/#";
            string error = c.Validate();
            Assert.IsNotNull(error);
            Assert.IsTrue(error.IndexOf("node_id") == 0);
        }

        [TestMethod]
        public void ResolveClientId_Unset_DerivesFromChipId()
        {
            NodeConfig c = new NodeConfig();
            Assert.AreEqual("nodemqtt-a1b2c3", c.ResolveClientId("a1b2c3"));
            c.Mqtt.ClientId = "meter-1";
            Assert.AreEqual("meter-1", c.ResolveClientId("a1b2c3"));
        }
    }
}
