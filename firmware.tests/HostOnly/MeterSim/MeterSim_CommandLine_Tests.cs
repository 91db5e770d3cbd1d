using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Cli;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks the command-line tool in-process: option errors, outputs (stdout, file, tcp, pty link) and the summary line.</summary>
[TestClass]
public sealed class MeterSim_CommandLine_Tests
{
    private const string Start = "2026-11-22T12:00:00Z";

    [TestMethod]
    [DataRow("--version 6", "unknown version '6'")]
    [DataRow("--phases 2", "--phases")]
    [DataRow("--fault-rate 2", "--fault-rate")]
    [DataRow("--faults crc,melt", "unknown fault 'melt'")]
    [DataRow("--out serial:/dev/x", "--out")]
    [DataRow("--count", "missing value")]
    [DataRow("--start-utc soon", "--start-utc")]
    [DataRow("--frobnicate", "unknown option '--frobnicate'")]
    public void Run_BadOption_ExitTwoWithOneLine(string args, string expected)
    {
        var stderr = new StringWriter();

        int exit = CommandLine.Run(args.Split(' '), new MemoryStream(), stderr, CancellationToken.None);

        Assert.AreEqual(2, exit);
        string text = stderr.ToString();
        StringAssert.StartsWith(text, "metersim: ");
        StringAssert.Contains(text, expected);
        Assert.AreEqual(1, text.TrimEnd().Split('\n').Length, "one line, no stack trace: " + text);
    }

    [TestMethod]
    public void Run_CountToStdout_ExactlyNTelegramsAndSummary()
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();

        int exit = CommandLine.Run(new[] { "--version", "5", "--count", "5", "--fast", "--start-utc", Start }, stdout, stderr, CancellationToken.None);

        Assert.AreEqual(0, exit, stderr.ToString());
        string text = SimTelegrams.Ascii(stdout.ToArray());
        Assert.AreEqual(5, Regex.Matches(text, "^/ISk5", RegexOptions.Multiline).Count);
        StringAssert.Contains(text, "0-0:1.0.0(261122130004W)");
        StringAssert.Contains(stderr.ToString(), "metersim: telegrams=5 bytes=" + stdout.Length + " faults=0");
    }

    [TestMethod]
    public void Run_FaultsToFile_SummaryMatchesFileContent()
    {
        string path = Path.Combine(Path.GetTempPath(), "nodemqtt-cli-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var stderr = new StringWriter();

            int exit = CommandLine.Run(new[] { "--count", "200", "--fast", "--faults", "all", "--fault-rate", "0.3", "--seed", "4", "--start-utc", Start, "--out", "file:" + path }, new MemoryStream(), stderr, CancellationToken.None);

            Assert.AreEqual(0, exit, stderr.ToString());
            Match m = Regex.Match(stderr.ToString(), @"telegrams=(\d+) bytes=(\d+) faults=(\d+) crc=(\d+) drop=(\d+) truncate=(\d+) glue=(\d+) glue_unclosed=(\d+) garbage=(\d+) oversize=(\d+) expected_rejects=(\d+) unread_bytes=0");
            Assert.IsTrue(m.Success, stderr.ToString());
            Assert.AreEqual("200", m.Groups[1].Value);
            Assert.AreEqual(new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value);
            Assert.IsTrue(int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) > 30, stderr.ToString());

            var chunks = new System.Collections.Generic.List<byte[]> { File.ReadAllBytes(path) };
            NodeMqtt.Meter.MeterReader reader = SimTelegrams.ReadAll(chunks, "auto", out _);
            int expectedRejects = int.Parse(m.Groups[11].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(200 - expectedRejects, reader.TelegramsOk, "the board's reader agrees with the summary: " + stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    [Timeout(20000, CooperativeCancellation = true)]
    public void Run_TcpOutput_TcpSourceReceivesTelegrams()
    {
        var stderr = new SyncWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        Task<int> run = Task.Run(() => CommandLine.Run(new[] { "--count", "3", "--interval-ms", "50", "--wait-reader", "--start-utc", Start, "--out", "tcp:0" }, new MemoryStream(), stderr, cancel.Token));
        try
        {
            Assert.IsTrue(SourceReads.WaitFor(() => Regex.IsMatch(stderr.Text, @"tcp 127\.0\.0\.1:\d+")), "port printed: " + stderr.Text);
            int port = int.Parse(Regex.Match(stderr.Text, @"tcp 127\.0\.0\.1:(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var source = new TcpSource("127.0.0.1", port, reconnect: false);

            string text = SimTelegrams.Ascii(SourceReads.ReadToEnd(source, 10_000));

            Assert.AreEqual(3, Regex.Matches(text, "^/ISk5", RegexOptions.Multiline).Count, text);
            Assert.IsTrue(run.Wait(5000));
            Assert.AreEqual(0, run.Result, stderr.Text);
            StringAssert.Contains(stderr.Text, "telegrams=3 ");
        }
        finally
        {
            cancel.Cancel();
            run.Wait(5000);
        }
    }

    [TestMethod]
    [Timeout(20000, CooperativeCancellation = true)]
    public void Run_PtyLink_SerialSourceReadsThroughSymlinkAndLinkRemoved()
    {
        string link = Path.Combine(Path.GetTempPath(), "nodemqtt-p1-" + Guid.NewGuid().ToString("N"));
        var stderr = new SyncWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        Task<int> run = Task.Run(() => CommandLine.Run(new[] { "--version", "4", "--count", "3", "--interval-ms", "50", "--wait-reader", "--start-utc", Start, "--out", "pty-link:" + link }, new MemoryStream(), stderr, cancel.Token));
        try
        {
            Assert.IsTrue(SourceReads.WaitFor(() => File.Exists(link) && stderr.Text.Contains("(link ")), "link created and announced: " + stderr.Text);
            StringAssert.Matches(stderr.Text, new Regex(@"^metersim: pty /dev/pts/\d+ \(link "));
            using var source = new SerialDeviceSource(link, reopen: false);

            var text = new System.Text.StringBuilder();
            Assert.IsTrue(SourceReads.WaitFor(() =>
            {
                text.Append(SimTelegrams.Ascii(SourceReads.ReadExactly(source, 4096, 50)));
                return Regex.Matches(text.ToString(), "^![0-9A-F]{4}\r$", RegexOptions.Multiline).Count == 3;
            }, 10_000), text.ToString());
            Assert.IsTrue(run.Wait(5000));
            Assert.AreEqual(0, run.Result, stderr.Text);
            Assert.IsFalse(File.Exists(link) || new FileInfo(link).LinkTarget != null, "link removed at exit");
        }
        finally
        {
            cancel.Cancel();
            run.Wait(5000);
            if (new FileInfo(link).LinkTarget != null) File.Delete(link);
        }
    }

    [TestMethod]
    public void Run_Help_UsageAndExitZero()
    {
        var stderr = new StringWriter();

        Assert.AreEqual(0, CommandLine.Run(new[] { "--help" }, new MemoryStream(), stderr, CancellationToken.None));
        StringAssert.Contains(stderr.ToString(), "--out stdout|file:PATH|tcp:PORT|pty|pty-link:PATH");
    }

    /// <summary>A StringWriter safe to read while the tool writes from another thread.</summary>
    private sealed class SyncWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _sb = new System.Text.StringBuilder();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_sb) return _sb.ToString();
            }
        }

        public override void Write(char value)
        {
            lock (_sb) _sb.Append(value);
        }

        public override void Write(string value)
        {
            lock (_sb) _sb.Append(value);
        }
    }
}
