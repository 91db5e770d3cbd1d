using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.DeviceBuild
{
    /// <summary>
    /// The declarations in tools/NanoSurface/Surface stay minimal: every declared type and member is used by some
    /// device unit (Core, the app for every board, the device tests), so a member the device code starts to use
    /// that nobody checked fails the build instead of passing on a declaration written "just in case".
    /// Allowed without a direct use: what the compiler requires of a declaration (interface members, overrides of
    /// an abstract member), and overloads with the same name and parameter count as a used one (they take part in
    /// overload resolution, so leaving them out could bind a call differently from the device).
    /// </summary>
    [TestClass]
    public sealed class DeviceBuild_SurfaceMinimal_Tests
    {
        [TestMethod]
        public void Surface_EveryDeclaration_IsUsedByTheDeviceCode()
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var declared = new Dictionary<string, (ISymbol Symbol, string Where)>(StringComparer.Ordinal);
            var units = new List<CSharpCompilation> { DeviceSurfaceHarness.Compile(DeviceUnit.DeviceTests, null) };
            units.AddRange(DeviceSurfaceHarness.Boards().Select(b => DeviceSurfaceHarness.Compile(DeviceUnit.App, b)));
            foreach (CSharpCompilation compilation in units)
            {
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    SemanticModel model = compilation.GetSemanticModel(tree);
                    foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                    {
                        if (DeviceSurfaceHarness.IsSurface(tree) && (node is MemberDeclarationSyntax || node is EnumMemberDeclarationSyntax))
                        {
                            ISymbol own = model.GetDeclaredSymbol(node);
                            if (own != null && !declared.ContainsKey(Id(own)))
                            {
                                FileLinePositionSpan span = node.GetLocation().GetLineSpan();
                                declared[Id(own)] = (own, "Surface/" + System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + ")");
                            }
                        }

                        SymbolInfo info = model.GetSymbolInfo(node);
                        Add(used, info.Symbol);
                        foreach (ISymbol candidate in info.CandidateSymbols)
                        {
                            Add(used, candidate);
                        }

                        if (node is ForEachStatementSyntax loop)
                        {
                            ForEachStatementInfo each = model.GetForEachStatementInfo(loop);
                            Add(used, each.GetEnumeratorMethod);
                            Add(used, each.CurrentProperty);
                            Add(used, each.MoveNextMethod);
                        }
                    }
                }
            }

            List<string> unused = declared
                .Where(d => !IsUsed(d.Value.Symbol, used))
                .Select(d => d.Value.Where + ": " + d.Value.Symbol.ToDisplayString())
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
            Assert.IsTrue(declared.Count > 40, "expected the Surface declarations, found " + declared.Count);
            Assert.AreEqual(0, unused.Count, "declared but used by no device code (remove them):\n" + string.Join("\n", unused));
        }

        private static void Add(HashSet<string> used, ISymbol symbol)
        {
            if (symbol == null)
            {
                return;
            }

            used.Add(Id(symbol));
            if (symbol is IMethodSymbol ctor && ctor.MethodKind == MethodKind.Constructor)
            {
                // [TestClass], new T(...): the type is used through its constructor.
                used.Add(Id(ctor.ContainingType));
            }
            if (symbol is IMethodSymbol method && method.AssociatedSymbol != null)
            {
                used.Add(Id(method.AssociatedSymbol));
            }

            if (symbol is IMethodSymbol reduced && reduced.ReducedFrom != null)
            {
                used.Add(Id(reduced.ReducedFrom));
            }
        }

        private static bool IsUsed(ISymbol symbol, HashSet<string> used)
        {
            if (used.Contains(Id(symbol)))
            {
                return true;
            }

            if (symbol is INamedTypeSymbol)
            {
                return false;
            }

            // Required by the declaration itself: an interface member's implementation, an override.
            INamedTypeSymbol type = symbol.ContainingType;
            if (symbol.IsOverride)
            {
                return true;
            }

            if (type != null && type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), symbol)))
            {
                return true;
            }

            // An abstract member whose override is used.
            if (symbol.IsAbstract && type != null && symbol.ContainingAssembly.GlobalNamespace != null && OverridesUsed(symbol, used))
            {
                return true;
            }

            if (symbol is IMethodSymbol method && type != null)
            {
                List<IMethodSymbol> overloads = type.GetMembers(method.Name).OfType<IMethodSymbol>().ToList();

                // The real constructors of a type the code uses but never constructs: declared so that the compiler
                // does not invent a public parameterless one the real type lacks.
                if (method.MethodKind == MethodKind.Constructor && !overloads.Any(o => used.Contains(Id(o))))
                {
                    return used.Contains(Id(type));
                }

                // An overload that can take as many arguments as a used one: part of overload resolution.
                return overloads.Any(o => used.Contains(Id(o)) && Required(o) <= method.Parameters.Length && Required(method) <= o.Parameters.Length);
            }

            return false;
        }

        // An abstract member counts as used when a used member of a derived type (same compilation) overrides it.
        private static bool OverridesUsed(ISymbol baseMember, HashSet<string> used)
        {
            foreach (INamedTypeSymbol type in AllTypes(baseMember.ContainingAssembly.GlobalNamespace))
            {
                foreach (ISymbol member in type.GetMembers(baseMember.Name))
                {
                    ISymbol overridden = member switch
                    {
                        IMethodSymbol m => m.OverriddenMethod,
                        IPropertySymbol p => p.OverriddenProperty,
                        IEventSymbol e => e.OverriddenEvent,
                        _ => null,
                    };
                    if (overridden != null && SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, baseMember.OriginalDefinition) && used.Contains(Id(member)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
        {
            foreach (INamedTypeSymbol type in ns.GetTypeMembers())
            {
                yield return type;
            }

            foreach (INamespaceSymbol inner in ns.GetNamespaceMembers())
            {
                foreach (INamedTypeSymbol type in AllTypes(inner))
                {
                    yield return type;
                }
            }
        }

        private static int Required(IMethodSymbol method)
        {
            return method.Parameters.Count(p => !p.IsOptional && !p.IsParams);
        }

        private static string Id(ISymbol symbol)
        {
            ISymbol original = symbol.OriginalDefinition;
            return original.GetDocumentationCommentId() ?? original.ToDisplayString();
        }
    }
}
