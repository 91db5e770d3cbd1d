using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Analyzers;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>Checks the rule table: every rule is an enabled error, registered, and documented.</summary>
    [TestClass]
    public sealed class GuardRules_Descriptors_Tests
    {
        private static List<DiagnosticDescriptor> AllRules()
        {
            return typeof(GuardRules)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null))
                .ToList();
        }

        [TestMethod]
        public void Inspect_EveryRule_IsAnEnabledErrorWithUniqueId()
        {
            List<DiagnosticDescriptor> rules = AllRules();

            Assert.IsTrue(rules.Count >= 15, "expected NMQ001..NMQ015");
            Assert.AreEqual(rules.Count, rules.Select(r => r.Id).Distinct().Count(), "duplicate rule ids");
            foreach (DiagnosticDescriptor rule in rules)
            {
                Assert.AreEqual(DiagnosticSeverity.Error, rule.DefaultSeverity, rule.Id);
                Assert.IsTrue(rule.IsEnabledByDefault, rule.Id);
                Assert.IsTrue(rule.Id.StartsWith("NMQ", StringComparison.Ordinal), rule.Id);
            }
        }

        [TestMethod]
        public void Inspect_EveryRule_IsSupportedByAnAnalyzer()
        {
            var supported = new HashSet<string>(
                GuardHarness.OwnAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id),
                StringComparer.Ordinal);

            foreach (DiagnosticDescriptor rule in AllRules())
            {
                Assert.IsTrue(supported.Contains(rule.Id), rule.Id + " is declared but no analyzer reports it");
            }
        }

        [TestMethod]
        public void Inspect_EveryRule_IsDocumentedInReadme()
        {
            string readme = File.ReadAllText(Path.Combine(GuardHarness.RepoRoot, "tools", "Analyzers", "README.md"));

            foreach (DiagnosticDescriptor rule in AllRules())
            {
                Assert.IsTrue(readme.Contains(rule.Id, StringComparison.Ordinal), rule.Id + " is missing from tools/Analyzers/README.md");
            }
        }
    }
}
