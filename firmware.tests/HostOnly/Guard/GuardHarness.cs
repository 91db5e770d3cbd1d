using System;
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
using Microsoft.CodeAnalysis.Text;
using NodeMqtt.Analyzers;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>
    /// Compiles C# source the way firmware/Core.Host does (C# 9, no implicit usings, NODEMQTT_HOST) with
    /// both halves of the nanoFramework guard: NodeMqtt's own analyzers and Microsoft's banned-API analyzer
    /// reading the real firmware/Core.Host/BannedSymbols.txt. Returns compiler errors and every analyzer
    /// diagnostic, so a test sees exactly what a build of Core would fail on.
    /// </summary>
    internal static class GuardHarness
    {
        /// <summary>Where the banned-API analyzer's DLLs are copied by the test project (see the .csproj).</summary>
        private const string BannedApiFolder = "BannedApiAnalyzers";

        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadFrameworkReferences);
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> BannedApiAnalyzers = new(LoadBannedApiAnalyzers);
        private static readonly Lazy<string> Root = new(FindRepoRoot);

        public static string RepoRoot => Root.Value;

        public static string BannedSymbolsPath => Path.Combine(RepoRoot, "firmware", "Core.Host", "BannedSymbols.txt");

        public static ImmutableArray<DiagnosticAnalyzer> OwnAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new SyntaxConstructAnalyzer(),
            new SymbolUseAnalyzer(),
            new TextFormattingAnalyzer());

        public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers => OwnAnalyzers.AddRange(BannedApiAnalyzers.Value);

        public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NODEMQTT_HOST" });
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path, Encoding.UTF8)).ToList();
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: true);
            return CSharpCompilation.Create("GuardSubject", trees, References.Value, options);
        }

        /// <summary>Compiler errors plus all diagnostics of both analyzers (including AD0001 analyzer crashes).</summary>
        public static IReadOnlyList<Diagnostic> Analyze(IEnumerable<(string Path, string Text)> sources)
        {
            CSharpCompilation compilation = Compile(sources);
            var additional = ImmutableArray.Create<AdditionalText>(new FileText(BannedSymbolsPath));
            var analyzerOptions = new AnalyzerOptions(additional);
            var crashes = new List<Diagnostic>();
            var withOptions = new CompilationWithAnalyzersOptions(
                analyzerOptions,
                (exception, analyzer, diagnostic) => { lock (crashes) { crashes.Add(diagnostic); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(AllAnalyzers, withOptions);
            ImmutableArray<Diagnostic> analyzerDiagnostics = withAnalyzers
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            var result = new List<Diagnostic>();
            result.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            result.AddRange(analyzerDiagnostics);
            result.AddRange(crashes);
            return result;
        }

        public static IReadOnlyList<Diagnostic> AnalyzeSnippet(string source)
        {
            return Analyze(new[] { ("Snippet.cs", source) });
        }

        public static string Describe(IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder();
            foreach (Diagnostic d in diagnostics)
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                text.Append(Environment.NewLine)
                    .Append(Path.GetFileName(span.Path)).Append('(').Append(span.StartLinePosition.Line + 1).Append(',')
                    .Append(span.StartLinePosition.Character + 1).Append("): ").Append(d.Id).Append(' ')
                    .Append(d.GetMessage());
            }

            return text.Length == 0 ? " (none)" : text.ToString();
        }

        /// <summary>The runtime's own assemblies (the shared framework this test runs on): net10, like Core.Host.</summary>
        private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
        {
            string frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator);
            return tpa
                .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
                .Where(IsManagedAssembly)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadBannedApiAnalyzers()
        {
            string folder = Path.Combine(AppContext.BaseDirectory, BannedApiFolder);
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (string dll in Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                Assembly assembly = Assembly.LoadFrom(dll);
                Type[] types;
                try
                {
                    types = assembly.GetTypes();
                }
                catch (ReflectionTypeLoadException partial)
                {
                    // Code-fix types need Microsoft.CodeAnalysis.Workspaces, which the tests do not load.
                    types = partial.Types.Where(t => t != null).ToArray();
                }

                foreach (Type type in types)
                {
                    DiagnosticAnalyzerAttribute attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
                    if (attribute != null && !type.IsAbstract && attribute.Languages.Contains(LanguageNames.CSharp))
                    {
                        analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type));
                    }
                }
            }

            if (analyzers.Count == 0)
            {
                throw new InvalidOperationException("No banned-API analyzer found in " + folder);
            }

            return analyzers.ToImmutable();
        }

        /// <summary>
        /// The repository root: above the test assembly for a plain build, else the path the test project
        /// records at build time (an artifacts-path build puts the assembly outside the repository).
        /// </summary>
        private static string FindRepoRoot()
        {
            string recorded = typeof(GuardHarness).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .Where(a => a.Key == "NodeMqttRepoRoot")
                .Select(a => a.Value)
                .FirstOrDefault();
            foreach (string start in new[] { AppContext.BaseDirectory, recorded })
            {
                string dir = start;
                while (!string.IsNullOrEmpty(dir))
                {
                    if (File.Exists(Path.Combine(dir, "NodeMqtt.sln"))
                        || File.Exists(Path.Combine(dir, "firmware", "Core", "NodeMqtt.Core.projitems")))
                    {
                        return dir;
                    }

                    dir = Path.GetDirectoryName(dir);
                }
            }

            throw new InvalidOperationException(
                "Repository root not found above " + AppContext.BaseDirectory + " nor at " + (recorded ?? "(not recorded)"));
        }

        /// <summary>An additional file read from disk, as the build passes AdditionalFiles to analyzers.</summary>
        private sealed class FileText : AdditionalText
        {
            private readonly string _diskPath;

            public FileText(string diskPath)
            {
                _diskPath = diskPath;
            }

            public override string Path => _diskPath;

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                return SourceText.From(File.ReadAllText(_diskPath), Encoding.UTF8);
            }
        }
    }
}
