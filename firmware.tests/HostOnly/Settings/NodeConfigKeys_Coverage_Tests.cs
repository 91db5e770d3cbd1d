using System.Collections.Generic;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.VirtualBoard.Host;

namespace NodeMqtt.Tests.HostOnly.Settings;

/// <summary>The one key table must know every public setting of every section, so no setting is reachable
/// from the host's JSON but not from the device's file or the setup page.</summary>
[TestClass]
public class NodeConfigKeys_Coverage_Tests
{
    [TestMethod]
    public void Names_EveryPublicConfigField_IsInTheTable()
    {
        var names = new HashSet<string>(NodeConfigKeys.Names);
        var missing = new List<string>();
        var node = new NodeConfig();
        foreach (FieldInfo section in typeof(NodeConfig).GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (section.FieldType == typeof(string))
            {
                if (!names.Contains(ConfigLoader.ToSnake(section.Name))) missing.Add(section.Name);
                continue;
            }

            foreach (FieldInfo f in section.FieldType.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                string key = ConfigLoader.ToSnake(section.Name) + "." + ConfigLoader.ToSnake(f.Name);
                if (!names.Contains(key)) missing.Add(key);
            }
        }

        Assert.AreEqual(0, missing.Count, "not in NodeConfigKeys: " + string.Join(", ", missing));
    }
}
