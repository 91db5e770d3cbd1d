using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NodeMqtt.Tests.HostOnly.Guard;

namespace NodeMqtt.Tests.HostOnly.DeviceBuild
{
    /// <summary>What a device compilation holds, as the .nfproj files (and tools/NanoSurface) compile them.</summary>
    internal enum DeviceUnit
    {
        /// <summary>firmware/Core alone.</summary>
        Core,

        /// <summary>firmware/NodeMqtt.nfproj: Program.cs, Platform/, one board, Core.</summary>
        App,

        /// <summary>firmware.tests/NFUnitTest.nfproj: Core and firmware.tests/Shared.</summary>
        DeviceTests,
    }

    /// <summary>
    /// Compiles device source with Roslyn the way tools/NanoSurface does with dotnet build: C# 9,
    /// NANOFRAMEWORK_1_0 and NODEMQTT_DEVICE defined, warnings as errors, against the device's real mscorlib
    /// (nanoFramework.CoreLibrary) plus the declarations in tools/NanoSurface/Surface, with NodeMqtt's analyzers.
    /// Lets a test add one file to a real unit and see exactly what the device build would say about it.
    /// </summary>
    internal static class DeviceSurfaceHarness
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
            LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0", "NODEMQTT_DEVICE" });

        private static readonly ConcurrentDictionary<string, SyntaxTree> Trees = new ConcurrentDictionary<string, SyntaxTree>(StringComparer.Ordinal);
        private static readonly Lazy<MetadataReference> Mscorlib = new Lazy<MetadataReference>(LoadMscorlib);

        public static string Root => GuardHarness.RepoRoot;

        /// <summary>Every board profile: boards/&lt;name&gt;/Board.cs.</summary>
        public static IReadOnlyList<string> Boards()
        {
            return Directory.GetDirectories(Path.Combine(Root, "boards"))
                .Where(d => File.Exists(Path.Combine(d, "Board.cs")))
                .Select(Path.GetFileName)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The source files of <paramref name="unit"/> (Surface declarations included).</summary>
        public static List<string> Files(DeviceUnit unit, string board)
        {
            var files = new List<string>();
            files.AddRange(SourcesBelow(Path.Combine(Root, "firmware", "Core")));
            files.AddRange(Directory.GetFiles(Path.Combine(Root, "tools", "NanoSurface", "Surface"), "*.cs").OrderBy(p => p, StringComparer.Ordinal));
            if (unit == DeviceUnit.App)
            {
                files.Add(Path.Combine(Root, "firmware", "Program.cs"));
                files.AddRange(Directory.GetFiles(Path.Combine(Root, "firmware", "Platform"), "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal));
                files.Add(Path.Combine(Root, "boards", board, "Board.cs"));
            }
            else if (unit == DeviceUnit.DeviceTests)
            {
                files.AddRange(SourcesBelow(Path.Combine(Root, "firmware.tests", "Shared")));
            }

            return files;
        }

        /// <summary>Compiler errors (warnings count as errors) and analyzer diagnostics of the unit plus
        /// <paramref name="extraFiles"/> (path relative to the repository root, text).</summary>
        public static IReadOnlyList<Diagnostic> Analyze(DeviceUnit unit, string board, params (string Path, string Text)[] extraFiles)
        {
            var trees = Files(unit, board).Select(Tree).ToList();
            trees.AddRange(extraFiles.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, Path.Combine(Root, f.Path), Encoding.UTF8)));
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error);
            CSharpCompilation compilation = CSharpCompilation.Create("DeviceSubject", trees, new[] { Mscorlib.Value }, options);

            var crashes = new List<Diagnostic>();
            var withOptions = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => { lock (crashes) { crashes.Add(diagnostic); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(GuardHarness.OwnAnalyzers, withOptions);
            var analyzerDiagnostics = new List<Diagnostic>();
            if (extraFiles.Length == 0)
            {
                analyzerDiagnostics.AddRange(withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult());
            }
            else
            {
                // The real files are proven clean by the tests without extra files; analysing only the added
                // files keeps each injected case to one compile.
                foreach (SyntaxTree added in trees.Skip(trees.Count - extraFiles.Length))
                {
                    analyzerDiagnostics.AddRange(withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(added, CancellationToken.None).GetAwaiter().GetResult());
                    analyzerDiagnostics.AddRange(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(added), null, CancellationToken.None).GetAwaiter().GetResult());
                }
            }

            var result = new List<Diagnostic>();
            IEnumerable<Diagnostic> compileDiagnostics = extraFiles.Length == 0
                ? compilation.GetDiagnostics()
                : trees.Skip(trees.Count - extraFiles.Length).SelectMany(t => compilation.GetSemanticModel(t).GetDiagnostics());
            result.AddRange(compileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            result.AddRange(analyzerDiagnostics);
            result.AddRange(crashes);
            return result;
        }

        /// <summary>The unit compiled without analyzers (for tests that look at symbols).</summary>
        public static CSharpCompilation Compile(DeviceUnit unit, string board)
        {
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error);
            return CSharpCompilation.Create("DeviceSubject", Files(unit, board).Select(Tree), new[] { Mscorlib.Value }, options);
        }

        /// <summary>True for a file of tools/NanoSurface/Surface.</summary>
        public static bool IsSurface(SyntaxTree tree)
        {
            return tree.FilePath.Replace('\\', '/').Contains("/tools/NanoSurface/Surface/", StringComparison.Ordinal);
        }

        /// <summary>"path(line,col): id message" lines, as a build prints them.</summary>
        public static string Describe(IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder();
            foreach (Diagnostic d in diagnostics)
            {
                text.Append(Environment.NewLine).Append(Where(d)).Append(": ").Append(d.Id).Append(' ').Append(d.GetMessage());
            }

            return text.Length == 0 ? " (none)" : text.ToString();
        }

        /// <summary>"relative/path.cs(line,col)" of a diagnostic.</summary>
        public static string Where(Diagnostic d)
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string path = string.IsNullOrEmpty(span.Path) ? "(no file)" : Path.GetRelativePath(Root, span.Path).Replace('\\', '/');
            return path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
        }

        public static string MscorlibPath()
        {
            string path = typeof(DeviceSurfaceHarness).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .Where(a => a.Key == "NanoMscorlibPath")
                .Select(a => a.Value)
                .FirstOrDefault();
            if (path == null || !File.Exists(path))
            {
                throw new InvalidOperationException("nanoFramework.CoreLibrary's mscorlib.dll not found (" + (path ?? "not recorded") + "): restore NodeMqtt.Tests.HostOnly");
            }

            return path;
        }

        private static MetadataReference LoadMscorlib()
        {
            return MetadataReference.CreateFromFile(MscorlibPath());
        }

        private static SyntaxTree Tree(string path)
        {
            return Trees.GetOrAdd(path, p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p, Encoding.UTF8));
        }

        private static IEnumerable<string> SourcesBelow(string folder)
        {
            return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(p =>
                {
                    string relative = Path.GetRelativePath(folder, p).Replace('\\', '/');
                    return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
                })
                .OrderBy(p => p, StringComparer.Ordinal);
        }
    }
}
