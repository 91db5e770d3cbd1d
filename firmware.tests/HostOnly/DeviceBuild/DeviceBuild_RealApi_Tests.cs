using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NodeMqtt.Tests.HostOnly.DeviceBuild
{
    /// <summary>
    /// The device build against the real nanoFramework API (tools/NanoSurface): the real sources compile clean
    /// for every board, and each mistake the device cannot run, added to a real unit, fails with a message that
    /// names it and the file and line it is on.
    /// </summary>
    [TestClass]
    public sealed class DeviceBuild_RealApi_Tests
    {
        private const string InjectedPlatformFile = "firmware/Platform/Injected.cs";
        private const string InjectedCoreFile = "firmware/Core/Injected.cs";

        [TestMethod]
        public void Compile_AppForEveryBoard_ReportsNothing()
        {
            IReadOnlyList<string> boards = DeviceSurfaceHarness.Boards();
            Assert.IsTrue(boards.Count >= 2, "expected at least the two board profiles, found " + boards.Count);
            foreach (string board in boards)
            {
                IReadOnlyList<Diagnostic> diagnostics = DeviceSurfaceHarness.Analyze(DeviceUnit.App, board);
                Assert.AreEqual(0, diagnostics.Count, "device app for board " + board + ":" + DeviceSurfaceHarness.Describe(diagnostics));
            }
        }

        [TestMethod]
        public void Compile_CoreAndDeviceTests_ReportNothing()
        {
            foreach (DeviceUnit unit in new[] { DeviceUnit.Core, DeviceUnit.DeviceTests })
            {
                IReadOnlyList<Diagnostic> diagnostics = DeviceSurfaceHarness.Analyze(unit, null);
                Assert.AreEqual(0, diagnostics.Count, unit + ":" + DeviceSurfaceHarness.Describe(diagnostics));
            }
        }

        [TestMethod]
        // Members the real mscorlib does not have: plain compile errors.
        [DataRow("Platform", "System.DateTime Now() { return System.DateTime.Now; }", "CS0117", "'DateTime' does not contain a definition for 'Now'")]
        [DataRow("Core", "System.DateTime Now() { return System.DateTime.Now; }", "CS0117", "'DateTime' does not contain a definition for 'Now'")]
        [DataRow("Platform", "int Abs(int v) { return System.Math.Abs(v); }", "CS0234", "'Math' does not exist in the namespace 'System'")]
        [DataRow("Core", "int Abs(int v) { return Math.Abs(v); }", "CS0103", "The name 'Math' does not exist")]
        [DataRow("Platform", "object Make() { return new System.Collections.Generic.List<int>(); }", "CS0234", "'Generic' does not exist in the namespace 'System.Collections'")]
        [DataRow("Core", "void Hold(System.Collections.Generic.List<int> items) { }", "CS0234", "'Generic' does not exist in the namespace 'System.Collections'")]
        // A member the declared M2Mqtt does not have (nor does the real one, checked at v5.1.220).
        [DataRow("Platform", "void Go(nanoFramework.M2Mqtt.MqttClient c) { c.Reconnect(); }", "CS1061", "'MqttClient' does not contain a definition for 'Reconnect'")]
        // Compiles against the real mscorlib but misbehaves on the device: NodeMqtt's analyzer.
        [DataRow("Platform", "string Name(NodeMqtt.Supervision.LinkState s) { return s.ToString(); }", "NMQ008", "LinkState")]
        [DataRow("Platform", "string Name(nanoFramework.M2Mqtt.Messages.MqttQoSLevel q) { return \"qos \" + q; }", "NMQ008", "MqttQoSLevel")]
        [DataRow("Platform", "string Name(NodeMqtt.Supervision.LinkState s) { return $\"state {s}\"; }", "NMQ008", "LinkState")]
        [DataRow("Platform", "string Kwh(double x) { return x.ToString(\"0.00\"); }", "NMQ014", "'0.00'")]
        [DataRow("Core", "string Kwh(double x) { return x.ToString(\"0.00\"); }", "NMQ014", "'0.00'")]
        [DataRow("Platform", "string Sci(double x) { return x.ToString(\"E3\"); }", "NMQ014", "'E3'")]
        [DataRow("Platform", "string Hex(double x) { return $\"{x:X2}\"; }", "NMQ014", "'X2'")]
        [DataRow("Platform", "void Run() { System.Action<int> a = x => { }; a(1); }", "NMQ002", "Action<int>")]
        [DataRow("Platform", "int Run(System.Func<int> f) { return f(); }", "NMQ002", "Func<int>")]
        [DataRow("Platform", "event System.EventHandler<System.EventArgs> Changed;", "NMQ002", "EventHandler<System.EventArgs>")]
        [DataRow("Platform", "T Echo<T>(T value) { return value; }", "NMQ001", "Echo")]
        public void Compile_InjectedMistake_FailsWithClearMessageAtItsLine(string folder, string member, string expectedId, string expectedText)
        {
            string path = folder == "Core" ? InjectedCoreFile : InjectedPlatformFile;
            string ns = folder == "Core" ? "NodeMqtt" : "NodeMqtt.Platform";
            string source = "namespace " + ns + "\n{\n    using System;\n\n    internal sealed class Injected\n    {\n        "
                + member + "\n    }\n}\n";
            const int MemberLine = 7;

            IReadOnlyList<Diagnostic> diagnostics = DeviceSurfaceHarness.Analyze(DeviceUnit.App, DeviceSurfaceHarness.Boards()[0], (path, source));

            List<Diagnostic> matching = diagnostics.Where(d => d.Id == expectedId).ToList();
            Assert.IsTrue(matching.Count > 0, "expected " + expectedId + " for: " + member + "\nreported:" + DeviceSurfaceHarness.Describe(diagnostics));
            Diagnostic first = matching[0];
            Assert.AreEqual(DiagnosticSeverity.Error, first.Severity, expectedId + " must fail the build");
            StringAssert.Contains(first.GetMessage(), expectedText, "the message must say what is wrong");
            StringAssert.StartsWith(DeviceSurfaceHarness.Where(first), path + "(" + MemberLine + ",", "the error must name the file and line");
            List<Diagnostic> elsewhere = diagnostics.Where(d => !DeviceSurfaceHarness.Where(d).StartsWith(path, StringComparison.Ordinal)).ToList();
            Assert.AreEqual(0, elsewhere.Count, "only the injected file may fail:" + DeviceSurfaceHarness.Describe(elsewhere));
        }
    }
}
