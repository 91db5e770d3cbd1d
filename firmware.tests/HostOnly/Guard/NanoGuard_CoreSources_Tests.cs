using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>
    /// Runs the guard over the real firmware/Core sources, exactly the files the shared project's wildcard
    /// compiles: the guard is proven on the code that ships, not only on snippets.
    /// </summary>
    [TestClass]
    public sealed class NanoGuard_CoreSources_Tests
    {
        [TestMethod]
        public void Analyze_AllCoreSources_ReportsNothing()
        {
            string core = Path.Combine(GuardHarness.RepoRoot, "firmware", "Core");
            List<(string Path, string Text)> sources = Directory
                .GetFiles(core, "*.cs", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(core, p))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (p, File.ReadAllText(p)))
                .ToList();
            Assert.IsTrue(sources.Count > 0, "no Core sources found under " + core);

            IReadOnlyList<Diagnostic> diagnostics = GuardHarness.Analyze(sources);

            Assert.AreEqual(0, diagnostics.Count, "Core sources fail the guard:" + GuardHarness.Describe(diagnostics));
        }

        private static bool IsBuildOutput(string core, string path)
        {
            string relative = Path.GetRelativePath(core, path).Replace('\\', '/');
            return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
        }
    }
}
