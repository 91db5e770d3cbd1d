using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>
    /// Checks that each construct the device cannot run is rejected with the rule that explains it.
    /// One row per construct: NMQ rows exercise NodeMqtt's own analyzer, RS0030 rows prove that entries of
    /// firmware/Core.Host/BannedSymbols.txt really trigger (a mistyped id is silently ignored by the analyzer).
    /// Every snippet must be valid C# 9, so the rule, not a compile error, is what rejects it.
    /// </summary>
    [TestClass]
    public sealed class NanoGuard_ForbiddenConstructs_Tests
    {
        [TestMethod]
        // NMQ001: generic declarations
        [DataRow("NMQ001", "class Box<T> { public T Value; }")]
        [DataRow("NMQ001", "T Echo<T>(T value) { return value; }")]
        [DataRow("NMQ001", "delegate void Handler<T>(T item);")]
        [DataRow("NMQ001", "interface IBox<T> { }")]
        [DataRow("NMQ001", "int M() { int Local<T>(T x) { return 0; } return Local(1); }")]
        // NMQ002: uses of constructed generic types and methods, written or inferred
        [DataRow("NMQ002", "void M() { var items = new List<int>(); }")]
        [DataRow("NMQ002", "void M() { Action<int> act = x => { }; act(1); }")]
        [DataRow("NMQ002", "void M() { Func<int> f = () => 1; }")]
        [DataRow("NMQ002", "int M() { int[] a = new int[3]; return Array.IndexOf(a, 2); }")]
        [DataRow("NMQ002", "void M() { var e = Array.Empty<byte>(); }")]
        [DataRow("NMQ002", "void M() { var pair = new KeyValuePair<string, int>(\"a\", 1); }")]
        [DataRow("NMQ002", "public event EventHandler<EventArgs> Changed;")]
        [DataRow("NMQ002", "void M(IEnumerable<int> items) { }")]
        // NMQ003: nullable value types
        [DataRow("NMQ003", "void M() { int? n = null; }")]
        [DataRow("NMQ003", "void M() { Nullable<int> n = 1; }")]
        [DataRow("NMQ003", "void M(string text) { var length = text?.Length; }")]
        [DataRow("NMQ003", "State? Find() { return null; }")]
        // NMQ004: async / await
        [DataRow("NMQ004", "async void M() { }")]
        [DataRow("NMQ004", "async Task M() { await Task.Yield(); }")]
        [DataRow("NMQ004", "void M() { Func<Task> f = async () => { await Task.Delay(1); }; }")]
        // NMQ005: tuples
        [DataRow("NMQ005", "(int, string) Pair() { return (1, \"a\"); }")]
        [DataRow("NMQ005", "void M() { var t = (1, 2); }")]
        [DataRow("NMQ005", "void M() { var t = ValueTuple.Create(1, 2); }")]
        // NMQ006: records and 'with'
        [DataRow("NMQ006", "record Point(int X, int Y);")]
        [DataRow("NMQ006", "record Box { public int A { get; init; } } void M() { var b = new Box(); var c = b with { A = 2 }; }")]
        // NMQ007: LINQ query syntax
        [DataRow("NMQ007", "void M() { var q = from x in new[] { 1, 2 } where x > 1 select x; }")]
        // NMQ008: enum turned into text (prints the number on the device)
        [DataRow("NMQ008", "string M(State s) { return s.ToString(); }")]
        [DataRow("NMQ008", "string M(State s) { return s.ToString(\"G\"); }")]
        [DataRow("NMQ008", "string M(State s) { return $\"state {s}\"; }")]
        [DataRow("NMQ008", "string M(State s) { return \"state \" + s; }")]
        [DataRow("NMQ008", "string M(State s) { return s + \" state\"; }")]
        [DataRow("NMQ008", "string M(State s) { string t = \"x\"; t += s; return t; }")]
        [DataRow("NMQ008", "string M(State s) { return string.Format(\"{0}\", new object[] { s }); }")]
        [DataRow("NMQ008", "string M(State s) { return string.Concat(\"a\", s); }")]
        [DataRow("NMQ008", "string M(State s) { return new StringBuilder().Append(s).ToString(); }")]
        // NMQ009: dynamic
        [DataRow("NMQ009", "void M() { dynamic d = 1; }")]
        // NMQ010: stackalloc
        [DataRow("NMQ010", "void M() { Span<byte> b = stackalloc byte[4]; }")]
        // NMQ011: multidimensional arrays
        [DataRow("NMQ011", "int[,] grid = new int[2, 2];")]
        [DataRow("NMQ011", "void M() { var g = new[,] { { 1 }, { 2 } }; }")]
        // NMQ012: unsafe code
        [DataRow("NMQ012", "unsafe void M() { }")]
        [DataRow("NMQ012", "void M() { unsafe { int x = 1; int* p = &x; } }")]
        // NMQ013: clock reads the device does not have
        [DataRow("NMQ013", "DateTime M() { return DateTime.Now; }")]
        [DataRow("NMQ013", "DateTime M() { return DateTime.Today; }")]
        // NMQ014: custom numeric format strings
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"0.00\"); }")]
        [DataRow("NMQ014", "string M(double v) { return $\"{v:0.0}\"; }")]
        [DataRow("NMQ014", "string M(int v) { return string.Format(\"{0:#,##0}\", new object[] { v }); }")]
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"E3\"); }")]
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"C\"); }")]
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"P1\"); }")]
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"R\"); }")]
        [DataRow("NMQ014", "string M(double v) { return v.ToString(\"X2\"); }")]
        [DataRow("NMQ014", "string M(float v) { return $\"{v:D3}\"; }")]
        [DataRow("NMQ014", "string M(double v) { return string.Format(\"{0:X}\", new object[] { v }); }")]
        // NMQ015: decimal (RS0030 cannot see a keyword or a literal)
        [DataRow("NMQ015", "decimal Price() { return 1.5m; }")]
        [DataRow("NMQ015", "void M() { var p = 2.5m; }")]
        // RS0030: BannedSymbols.txt, one row per kind of entry
        [DataRow("RS0030", "void M() { var l = new List<int>(); }")]
        [DataRow("RS0030", "void M() { var d = new Dictionary<string, int>(); }")]
        [DataRow("RS0030", "void M() { var h = new HashSet<int>(); }")]
        [DataRow("RS0030", "void M() { var q = new Queue<int>(); }")]
        [DataRow("RS0030", "void M() { var s = new Stack<int>(); }")]
        [DataRow("RS0030", "void M(IEnumerable<int> items) { var e = items.GetEnumerator(); }")]
        [DataRow("RS0030", "void M() { var kv = new KeyValuePair<int, int>(1, 2); }")]
        [DataRow("RS0030", "void M(Action<int> a) { a(1); }")]
        [DataRow("RS0030", "int M(Func<int> f) { return f(); }")]
        [DataRow("RS0030", "int M(int? n) { return n.GetValueOrDefault(); }")]
        [DataRow("RS0030", "void M() { var s = new Span<byte>(new byte[1]); }")]
        [DataRow("RS0030", "void M() { var s = new ReadOnlySpan<byte>(new byte[1]); }")]
        [DataRow("RS0030", "void M() { var m = new Memory<byte>(new byte[1]); }")]
        [DataRow("RS0030", "void M() { var m = new ReadOnlyMemory<byte>(new byte[1]); }")]
        [DataRow("RS0030", "bool M(int[] a) { return a.Any(); }")]
        [DataRow("RS0030", "Task M() { return Task.CompletedTask; }")]
        [DataRow("RS0030", "DateTime M() { return DateTime.Now; }")]
        [DataRow("RS0030", "DateTime M() { return DateTime.Today; }")]
        [DataRow("RS0030", "DateTime M() { return DateTime.UtcNow; }")]
        [DataRow("RS0030", "void M() { var d = DateTimeOffset.UtcNow; }")]
        [DataRow("RS0030", "void M() { var n = Enum.GetNames(typeof(State)); }")]
        [DataRow("RS0030", "void M() { var v = Enum.GetValues(typeof(State)); }")]
        [DataRow("RS0030", "bool M() { return Enum.IsDefined(typeof(State), 1); }")]
        [DataRow("RS0030", "object M() { return Enum.Parse(typeof(State), \"Idle\"); }")]
        [DataRow("RS0030", "void M() { Thread.Sleep(10); }")]
        [DataRow("RS0030", "void M() { var t = new Thread(() => { }); }")]
        [DataRow("RS0030", "void M() { var t = new Timer(_ => { }); }")]
        [DataRow("RS0030", "decimal M() { return decimal.Parse(\"1\"); }")]
        [DataRow("RS0030", "void M() { Console.WriteLine(1); }")]
        [DataRow("RS0030", "bool M() { return System.IO.File.Exists(\"x\"); }")]
        [DataRow("RS0030", "void M() { var a = System.Net.IPAddress.Loopback; }")]
        [DataRow("RS0030", "int M() { return Environment.TickCount; }")]
        [DataRow("RS0030", "long M() { return Environment.TickCount64; }")]
        [DataRow("RS0030", "int M() { return new Random(1).Next(); }")]
        [DataRow("RS0030", "long M() { return System.Diagnostics.Stopwatch.GetTimestamp(); }")]
        [DataRow("RS0030", "void M() { var t = Tuple.Create(1, 2); }")]
        [DataRow("RS0030", "void M() { var t = ValueTuple.Create(1, 2); }")]
        [DataRow("RS0030", "string M(int a) { return string.Format(\"{0}\", a); }")]
        [DataRow("RS0030", "string M(int a, int b) { return string.Format(\"{0}{1}\", a, b); }")]
        [DataRow("RS0030", "string M(int a) { return string.Format(System.Globalization.CultureInfo.InvariantCulture, \"{0}\", new object[] { a }); }")]
        public void Analyze_ForbiddenConstruct_ReportsItsRule(string expectedId, string members)
        {
            IReadOnlyList<Diagnostic> diagnostics = GuardHarness.AnalyzeSnippet(Snippets.InClass(members));

            List<Diagnostic> compileErrors = diagnostics.Where(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal)).ToList();
            List<Diagnostic> crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
            Assert.AreEqual(0, compileErrors.Count, "snippet must be valid C# 9:" + GuardHarness.Describe(compileErrors));
            Assert.AreEqual(0, crashes.Count, "an analyzer crashed:" + GuardHarness.Describe(crashes));
            Assert.IsTrue(
                diagnostics.Any(d => d.Id == expectedId),
                "expected " + expectedId + " for: " + members + "\nreported:" + GuardHarness.Describe(diagnostics));
            foreach (Diagnostic own in diagnostics.Where(d => d.Id.StartsWith("NMQ", System.StringComparison.Ordinal)))
            {
                Assert.AreEqual(DiagnosticSeverity.Error, own.Severity, own.Id + " must be an error");
            }
        }
    }
}
