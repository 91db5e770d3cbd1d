using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NodeMqtt.Tests.HostOnly.DeviceBuild
{
    /// <summary>
    /// Reads the device package set from its four places and lists every disagreement: nfproj.props (one version
    /// per package), each project's packages.config, each .nfproj's Reference HintPaths, and the first line of each
    /// tools/NanoSurface/Surface file. Texts come in as strings so a test can feed a broken copy.
    /// </summary>
    internal sealed class PackageSet
    {
        private static readonly Regex HintPath = new Regex(
            @"^\$\(NodeMqttPackagesDir\)(?<id>[A-Za-z0-9.]+?)\.\$\((?<prop>Nf[A-Za-z0-9]+Version)\)\\lib\\(?<file>[A-Za-z0-9.]+\.(dll|exe))$");

        private static readonly Regex SurfaceHeader = new Regex(
            @"^// (?<id>[A-Za-z0-9.]+) (?<version>[0-9][0-9.]*) — assembly (?<assembly>[A-Za-z0-9.]+); checked against nanoframework/(?<repo>[A-Za-z0-9.\-]+)@(?<ref>\S+)");

        /// <summary>nfproj.props text.</summary>
        public string Props { get; set; }

        /// <summary>Project name (e.g. "firmware/NodeMqtt.nfproj") → (.nfproj text, packages.config text).</summary>
        public Dictionary<string, (string Nfproj, string PackagesConfig)> Projects { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal);

        /// <summary>Surface file name → its text.</summary>
        public Dictionary<string, string> Surfaces { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The set as it is in the repository.</summary>
        public static PackageSet FromRepository(string root)
        {
            var set = new PackageSet { Props = File.ReadAllText(Path.Combine(root, "nfproj.props")) };
            set.Projects["firmware/NodeMqtt.nfproj"] = (
                File.ReadAllText(Path.Combine(root, "firmware", "NodeMqtt.nfproj")),
                File.ReadAllText(Path.Combine(root, "firmware", "packages.config")));
            set.Projects["firmware.tests/NFUnitTest.nfproj"] = (
                File.ReadAllText(Path.Combine(root, "firmware.tests", "NFUnitTest.nfproj")),
                File.ReadAllText(Path.Combine(root, "firmware.tests", "packages.config")));
            foreach (string file in Directory.GetFiles(Path.Combine(root, "tools", "NanoSurface", "Surface"), "*.cs"))
            {
                set.Surfaces[Path.GetFileName(file)] = File.ReadAllText(file);
            }

            return set;
        }

        /// <summary>Every disagreement, one sentence each; empty when the set is consistent.</summary>
        public List<string> Problems()
        {
            var problems = new List<string>();
            Dictionary<string, string> versions = PropsVersions();

            // package id → version → assemblies referenced from it, over all projects (for the Surface check)
            var referenced = new Dictionary<string, (string Version, HashSet<string> Assemblies)>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, (string Nfproj, string PackagesConfig)> project in Projects)
            {
                Dictionary<string, string> config = PackagesConfig(project.Value.PackagesConfig);
                var hinted = new HashSet<string>(StringComparer.Ordinal);
                foreach ((string include, string hint) in References(project.Value.Nfproj))
                {
                    Match m = HintPath.Match(hint ?? "");
                    if (!m.Success)
                    {
                        problems.Add(project.Key + ": Reference " + include + " has a HintPath not of the form $(NodeMqttPackagesDir)<id>.$(Nf...Version)\\lib\\<file>: " + hint);
                        continue;
                    }

                    string id = m.Groups["id"].Value;
                    string prop = m.Groups["prop"].Value;
                    string assembly = Path.GetFileNameWithoutExtension(m.Groups["file"].Value);
                    hinted.Add(id);
                    if (!string.Equals(assembly, include, StringComparison.Ordinal))
                    {
                        problems.Add(project.Key + ": Reference " + include + " points at " + m.Groups["file"].Value);
                    }

                    if (!versions.TryGetValue(prop, out string version))
                    {
                        problems.Add(project.Key + ": Reference " + include + " uses $(" + prop + "), which nfproj.props does not define");
                        continue;
                    }

                    if (!config.TryGetValue(id, out string pinned))
                    {
                        problems.Add(project.Key + ": " + id + " is referenced but not in its packages.config");
                    }
                    else if (pinned != version)
                    {
                        problems.Add(project.Key + ": " + id + " is " + pinned + " in packages.config but " + version + " in nfproj.props (" + prop + ")");
                    }

                    if (referenced.TryGetValue(id, out var seen) && seen.Version != version)
                    {
                        problems.Add(id + " is referenced at two versions: " + seen.Version + " and " + version);
                    }

                    if (!referenced.ContainsKey(id))
                    {
                        referenced[id] = (version, new HashSet<string>(StringComparer.Ordinal));
                    }

                    referenced[id].Assemblies.Add(assembly);
                }

                foreach (string id in config.Keys.Where(id => !hinted.Contains(id)))
                {
                    problems.Add(project.Key + ": packages.config restores " + id + " but no Reference uses it (drop it)");
                }
            }

            foreach (string prop in versions.Keys.Where(p => !Projects.Values.Any(v => v.Nfproj.Contains("$(" + p + ")", StringComparison.Ordinal))))
            {
                problems.Add("nfproj.props defines " + prop + " but no .nfproj uses it (drop it)");
            }

            CheckSurfaces(referenced, problems);
            return problems;
        }

        private void CheckSurfaces(Dictionary<string, (string Version, HashSet<string> Assemblies)> referenced, List<string> problems)
        {
            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> surface in Surfaces)
            {
                string first = surface.Value.Split('\n')[0].TrimEnd('\r').TrimStart('\uFEFF');
                Match m = SurfaceHeader.Match(first);
                if (!m.Success)
                {
                    problems.Add("Surface/" + surface.Key + ": first line must be '// <PackageId> <version> — assembly <AssemblyName>; checked against nanoframework/<repo>@<tag or commit>', is: " + first);
                    continue;
                }

                string id = m.Groups["id"].Value;
                string assembly = m.Groups["assembly"].Value;
                declared.Add(assembly);
                if (surface.Key != id + ".cs" && surface.Key != assembly + ".cs")
                {
                    problems.Add("Surface/" + surface.Key + ": name the file after the package (" + id + ".cs) or, for a package's second assembly, after the assembly");
                }

                if (!referenced.TryGetValue(id, out var reference))
                {
                    problems.Add("Surface/" + surface.Key + ": package " + id + " is not referenced by any .nfproj");
                    continue;
                }

                if (reference.Version != m.Groups["version"].Value)
                {
                    problems.Add("Surface/" + surface.Key + ": declares " + id + " " + m.Groups["version"].Value + " but the projects use " + reference.Version);
                }

                if (!reference.Assemblies.Contains(assembly))
                {
                    problems.Add("Surface/" + surface.Key + ": assembly " + assembly + " is not a Reference from package " + id);
                }
            }

            foreach (string assembly in referenced.Values.SelectMany(r => r.Assemblies))
            {
                // mscorlib is the real one (restored); the test launcher is a tool, not an API.
                if (assembly != "mscorlib" && assembly != "nanoFramework.UnitTestLauncher" && !declared.Contains(assembly))
                {
                    problems.Add("assembly " + assembly + " is referenced by a .nfproj but has no tools/NanoSurface/Surface file");
                }
            }
        }

        private Dictionary<string, string> PropsVersions()
        {
            XNamespace ns = "http://schemas.microsoft.com/developer/msbuild/2003";
            return XDocument.Parse(Props).Descendants()
                .Where(e => e.Name.LocalName.StartsWith("Nf", StringComparison.Ordinal) && e.Name.LocalName.EndsWith("Version", StringComparison.Ordinal))
                .ToDictionary(e => e.Name.LocalName, e => e.Value.Trim(), StringComparer.Ordinal);
        }

        private static Dictionary<string, string> PackagesConfig(string text)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement package in XDocument.Parse(text).Descendants("package"))
            {
                result[(string)package.Attribute("id")] = (string)package.Attribute("version");
            }

            return result;
        }

        private static IEnumerable<(string Include, string HintPath)> References(string nfproj)
        {
            return XDocument.Parse(nfproj).Descendants()
                .Where(e => e.Name.LocalName == "Reference")
                .Select(e => ((string)e.Attribute("Include"), e.Elements().Where(c => c.Name.LocalName == "HintPath").Select(c => c.Value.Trim()).FirstOrDefault()));
        }
    }
}
