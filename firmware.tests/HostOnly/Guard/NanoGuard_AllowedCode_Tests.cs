using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>
    /// Checks that what nanoFramework does run passes the guard untouched: a guard that cries wolf on
    /// ArrayList, lock or an enum switch would be switched off, so false positives are bugs too.
    /// </summary>
    [TestClass]
    public sealed class NanoGuard_AllowedCode_Tests
    {
        private const string AllowedCode = @"
        private readonly object _gate = new object();
        private readonly ArrayList _items = new ArrayList();
        private readonly Hashtable _byName = new Hashtable();
        private readonly Queue _pending = new Queue();
        private readonly Stack _undo = new Stack();
        private readonly byte[] _buffer = new byte[64];
        private readonly int[][] _jagged = new int[2][];
        private static readonly string[] StateNames = new string[] { ""Idle"", ""Busy"" };
        private TickHandler _onTick;
        private int _total;

        public event EventHandler Changed;

        public event TickHandler Ticked;

        public interface IProbe { int Read(); }

        public struct Sample { public int Value; public Sample(int value) { Value = value; } }

        public sealed class ProbeFailedException : Exception
        {
            public ProbeFailedException(string message) : base(message) { }
        }

        public string Run(State state, int count, string text, params object[] args)
        {
            _items.Add(count);
            foreach (object item in _items) { _total += (int)item; }
            _byName[""a""] = 1;
            foreach (DictionaryEntry entry in _byName) { _total += (int)entry.Value; }
            _pending.Enqueue(text);
            _undo.Push(1);
            foreach (int i in new int[] { 1, 2 }) { _total += i; }
            foreach (char c in text) { _total += c; }
            foreach (byte b in _buffer) { _total += b; }
            lock (_gate) { _total++; }

            int captured = 0;
            TickHandler handler = nowMs => { captured += nowMs; };
            _onTick = handler;
            _onTick(5);
            Ticked += delegate(int nowMs) { _total += nowMs; };
            Changed?.Invoke(this, EventArgs.Empty);

            switch (state)
            {
                case State.Idle: _total++; break;
                case State.Busy: _total--; break;
                default: break;
            }

            if (state == State.Busy || state != State.Idle) { _total++; }
            int code = (int)state;
            string name = StateNames[(int)state];
            string constant = nameof(State.Idle);
            var sample = new Sample(code);
            _jagged[0] = new int[3];

            var sb = new StringBuilder();
            sb.Append(""n="").Append(count).Append(' ').Append(name).AppendLine();
            string interpolated = $""count={count} text={text} hex={count:X2} fixed={1.5:F3} padded={count,5}"";
            string formatted = string.Format(""{0} {1:D3} {2:N2}"", new object[] { count, count, 2.5 });
            string expanded = string.Format(""{0} {1} {2} {3}"", count, text, code, name);
            string joined = ""a"" + count + ""b"" + code + text + count.ToString() + count.ToString(""D2"") + 1.5.ToString(""F1"") + 2.5.ToString(""N2"") + 2.5.ToString(""G"") + ((long)count).ToString(""X8"");
            byte[] utf8 = Encoding.UTF8.GetBytes(text);

            try
            {
                if (utf8.Length > 1000) { throw new ProbeFailedException(""too long""); }
            }
            catch (ProbeFailedException ex)
            {
                return ex.Message;
            }
            finally
            {
                _total = Interlocked.Increment(ref _total);
            }

            var span = TimeSpan.FromMilliseconds(count);
            object boxed = args.Length > 0 ? args[0] : null;
            string typeName = boxed is string s ? s : (boxed == null ? ""null"" : boxed.GetType().Name);
            var wait = new AutoResetEvent(false);
            return sb.ToString() + interpolated + formatted + expanded + joined + constant + typeName + span.Ticks + captured;
        }
";

        [TestMethod]
        public void Analyze_AllowedConstructs_ReportsNothing()
        {
            IReadOnlyList<Diagnostic> diagnostics = GuardHarness.AnalyzeSnippet(Snippets.InClass(AllowedCode));

            Assert.AreEqual(0, diagnostics.Count, "allowed code was rejected:" + GuardHarness.Describe(diagnostics));
        }
    }
}
