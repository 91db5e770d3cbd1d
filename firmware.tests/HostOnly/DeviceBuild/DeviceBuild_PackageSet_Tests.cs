using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.DeviceBuild
{
    /// <summary>
    /// nfproj.props, both packages.config files, the .nfproj HintPaths and the Surface declarations name one
    /// consistent package set (a package restored at one version and referenced at another fails the device build
    /// with "reference not found"); and the check really catches each kind of drift.
    /// </summary>
    [TestClass]
    public sealed class DeviceBuild_PackageSet_Tests
    {
        [TestMethod]
        public void Check_RepositoryPackageSet_ReportsNothing()
        {
            List<string> problems = PackageSet.FromRepository(DeviceSurfaceHarness.Root).Problems();

            Assert.AreEqual(0, problems.Count, "package set disagrees:\n" + string.Join("\n", problems));
        }

        [TestMethod]
        public void Check_RepositoryPackageSet_PinsTheExpectedVersions()
        {
            PackageSet set = PackageSet.FromRepository(DeviceSurfaceHarness.Root);

            // Issue 8: System.IO.Ports 1.1.86 was built against CoreLibrary 1.15.5; 1.1.139 against 1.17.11.
            StringAssert.Contains(set.Props, "<NfSystemIOPortsVersion>1.1.139</NfSystemIOPortsVersion>");
            StringAssert.Contains(set.Props, "<NfCoreLibraryVersion>1.17.11</NfCoreLibraryVersion>");
            Assert.IsFalse(set.Props.Contains("System.Math", System.StringComparison.Ordinal) || set.Props.Contains("SystemMath", System.StringComparison.Ordinal), "nothing uses System.Math");
        }

        [TestMethod]
        [DataRow("config", "id=\"nanoFramework.System.IO.Ports\" version=\"1.1.139\"", "id=\"nanoFramework.System.IO.Ports\" version=\"1.1.86\"", "nanoFramework.System.IO.Ports is 1.1.86 in packages.config but 1.1.139")]
        [DataRow("props", "<NfM2MqttVersion>5.1.220</NfM2MqttVersion>", "<NfM2MqttVersion>5.1.218</NfM2MqttVersion>", "nanoFramework.M2Mqtt is 5.1.220 in packages.config but 5.1.218")]
        [DataRow("config", "<package id=\"nanoFramework.CoreLibrary\"", "<package id=\"nanoFramework.System.Math\" version=\"1.5.116\" targetFramework=\"netnano1.0\" />\n  <package id=\"nanoFramework.CoreLibrary\"", "restores nanoFramework.System.Math but no Reference uses it")]
        [DataRow("nfproj", "$(NfSystemNetVersion)", "$(NfSystemNetVersoin)", "NfSystemNetVersoin")]
        [DataRow("surface", "// nanoFramework.M2Mqtt 5.1.220 — assembly nanoFramework.M2Mqtt;", "// nanoFramework.M2Mqtt 5.1.218 — assembly nanoFramework.M2Mqtt;", "declares nanoFramework.M2Mqtt 5.1.218 but the projects use 5.1.220")]
        [DataRow("surface", "// nanoFramework.M2Mqtt 5.1.220 — assembly nanoFramework.M2Mqtt;", "// M2Mqtt declarations", "first line must be")]
        [DataRow("nfproj", "<Reference Include=\"System.IO.Ports\">", "<Reference Include=\"System.IO.Port\">", "Reference System.IO.Port points at System.IO.Ports.dll")]
        public void Check_DriftedCopy_NamesTheDisagreement(string where, string from, string to, string expected)
        {
            PackageSet set = PackageSet.FromRepository(DeviceSurfaceHarness.Root);
            const string App = "firmware/NodeMqtt.nfproj";
            bool replaced;
            switch (where)
            {
                case "props":
                    replaced = set.Props.Contains(from, System.StringComparison.Ordinal);
                    set.Props = set.Props.Replace(from, to, System.StringComparison.Ordinal);
                    break;
                case "config":
                    replaced = set.Projects[App].PackagesConfig.Contains(from, System.StringComparison.Ordinal);
                    set.Projects[App] = (set.Projects[App].Nfproj, set.Projects[App].PackagesConfig.Replace(from, to, System.StringComparison.Ordinal));
                    break;
                case "nfproj":
                    replaced = set.Projects[App].Nfproj.Contains(from, System.StringComparison.Ordinal);
                    set.Projects[App] = (set.Projects[App].Nfproj.Replace(from, to, System.StringComparison.Ordinal), set.Projects[App].PackagesConfig);
                    break;
                default:
                    string file = set.Surfaces.Keys.Single(k => set.Surfaces[k].Contains(from, System.StringComparison.Ordinal));
                    replaced = true;
                    set.Surfaces[file] = set.Surfaces[file].Replace(from, to, System.StringComparison.Ordinal);
                    break;
            }

            Assert.IsTrue(replaced, "the test's starting text is gone from the repository: " + from);
            List<string> problems = set.Problems();

            Assert.IsTrue(problems.Any(p => p.Contains(expected, System.StringComparison.Ordinal)), "expected a problem containing '" + expected + "', got:\n" + string.Join("\n", problems));
        }
    }
}
