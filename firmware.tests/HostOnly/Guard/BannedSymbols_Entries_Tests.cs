using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>
    /// Checks firmware/Core.Host/BannedSymbols.txt itself. The banned-API analyzer silently ignores an id
    /// that resolves to nothing (a typo, a wrong arity, a missing parameter list), so every line is resolved
    /// here against the same framework Core.Host compiles against.
    /// </summary>
    [TestClass]
    public sealed class BannedSymbols_Entries_Tests
    {
        [TestMethod]
        public void Resolve_EveryEntry_FindsASymbol()
        {
            CSharpCompilation compilation = GuardHarness.Compile(Array.Empty<(string, string)>());
            var unresolved = new List<string>();

            foreach ((string id, string _) in ReadEntries())
            {
                if (DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).IsEmpty)
                {
                    unresolved.Add(id);
                }
            }

            Assert.AreEqual(0, unresolved.Count, "ids that match nothing: " + string.Join(", ", unresolved));
        }

        [TestMethod]
        public void Read_EveryEntry_HasAMessageAndIsUnique()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach ((string id, string message) in ReadEntries())
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(message), id + " has no message saying what to use instead");
                Assert.IsTrue(seen.Add(id), id + " is listed twice");
            }

            Assert.IsTrue(seen.Count > 50, "the list looks truncated: " + seen.Count + " entries");
        }

        private static IEnumerable<(string Id, string Message)> ReadEntries()
        {
            foreach (string raw in File.ReadAllLines(GuardHarness.BannedSymbolsPath))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                int separator = line.IndexOf(';');
                string id = separator < 0 ? line : line.Substring(0, separator).Trim();
                string message = separator < 0 ? string.Empty : line.Substring(separator + 1).Trim();
                yield return (id, message);
            }
        }
    }
}
