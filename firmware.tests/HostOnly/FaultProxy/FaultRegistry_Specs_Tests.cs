using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.FaultProxy;
using NodeMqtt.FaultProxy.Faults;
using Proxy = NodeMqtt.FaultProxy.FaultProxy;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>Fault specs by name, the pure shaping of each fault, and the loopback-only rule.</summary>
[TestClass]
public sealed class FaultRegistry_Specs_Tests
{
    [TestMethod]
    [DataRow("pass", "pass")]
    [DataRow("blackhole", "blackhole")]
    [DataRow("close", "close")]
    [DataRow("reset", "reset")]
    [DataRow("refuse", "refuse")]
    [DataRow("latency 200", "latency 200")]
    [DataRow("  latency   0 ", "latency 0")]
    [DataRow("slice 3", "slice 3")]
    [DataRow("slice 3 10", "slice 3 10")]
    public void Create_ValidSpec_FaultReportsCanonicalSpec(string spec, string expected)
    {
        // Checks that every built-in fault is registered under its name and parses its arguments.
        IFault fault = FaultRegistry.Default.Create(spec);

        Assert.AreEqual(expected, fault.Spec);
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("drop", "unknown fault 'drop'")]
    [DataRow("PASS", "unknown fault 'PASS'")]
    [DataRow("pass 1", "no arguments")]
    [DataRow("latency", "usage: latency MS")]
    [DataRow("latency abc", "MS must be a whole number")]
    [DataRow("latency -5", "MS must be a whole number")]
    [DataRow("latency 60001", "from 0 to 60000")]
    [DataRow("slice 0", "BYTES must be a whole number")]
    [DataRow("slice 3 2000", "GAP_MS must be a whole number")]
    public void TryCreate_BadSpec_RefusedWithReadableError(string spec, string expectedFragment)
    {
        // Checks that a bad spec is refused with a message naming the problem, never half-applied.
        bool created = FaultRegistry.Default.TryCreate(spec, out IFault fault, out string error);

        Assert.IsFalse(created);
        Assert.IsNull(fault);
        Assert.Contains(expectedFragment, error);
    }

    [TestMethod]
    public void Register_DuplicateName_Throws()
    {
        // Checks that one name maps to one fault.
        FaultRegistry registry = FaultRegistry.CreateDefault();

        Assert.ThrowsExactly<ArgumentException>(() => registry.Register("pass", PassFault.FromArguments));
    }

    [TestMethod]
    public void SliceShape_TenBytesBySlicesOfThree_FourPiecesInOrderWithGaps()
    {
        // Checks the pure shaping of slice: pieces of at most N bytes, in order, each after the gap.
        var fault = new SliceFault(3, 5);
        byte[] chunk = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        var output = new List<TimedSegment>();

        fault.Shape(chunk, FlowDirection.ClientToUpstream, 1_000, output);

        CollectionAssert.AreEqual(new[] { 3, 3, 3, 1 }, output.ConvertAll(s => s.Bytes.Length));
        CollectionAssert.AreEqual(new byte[] { 9 }, output[3].Bytes.ToArray());
        Assert.IsTrue(output.TrueForAll(s => s.DueMs == 1_000 && s.GapBeforeMs == 5));
    }

    [TestMethod]
    public void LatencyShape_Chunk_DueAfterTheDelay()
    {
        // Checks that latency stamps each chunk with now + N, which keeps order in a FIFO writer.
        var output = new List<TimedSegment>();

        new LatencyFault(200).Shape(new byte[] { 1, 2 }, FlowDirection.UpstreamToClient, 5_000, output);

        Assert.HasCount(1, output);
        Assert.AreEqual(5_200L, output[0].DueMs);
    }

    [TestMethod]
    [DataRow("blackhole")]
    [DataRow("close")]
    [DataRow("reset")]
    public void DestructiveShape_Chunk_Dropped(string spec)
    {
        // Checks that faults which end forwarding never let a chunk read during the switch through.
        var output = new List<TimedSegment>();

        FaultRegistry.Default.Create(spec).Shape(new byte[] { 1 }, FlowDirection.ClientToUpstream, 0, output);

        Assert.IsEmpty(output);
    }

    [TestMethod]
    [DataRow("10.0.0.1", "127.0.0.1")]
    [DataRow("0.0.0.0", "127.0.0.1")]
    [DataRow("127.0.0.1", "192.168.1.10")]
    public void Construct_NonLoopbackAddress_RefusedClearly(string listen, string upstream)
    {
        // Checks the loopback-only rule (FIELD-FACTS): tests may touch loopback and their own namespaces only.
        var error = Assert.ThrowsExactly<ArgumentException>(
            () => new Proxy(new IPEndPoint(IPAddress.Parse(listen), 0), new IPEndPoint(IPAddress.Parse(upstream), 1883)));

        Assert.Contains("not loopback", error.Message);
    }

    [TestMethod]
    [DataRow("127.0.0.1:1883", true)]
    [DataRow("[::1]:1883", true)]
    [DataRow("127.0.0.1", false)]
    [DataRow("localhost:1883", false)]
    [DataRow("10.1.2.3:1883", false)]
    public void ParseEndPoint_Text_OnlyLoopbackWithPortAccepted(string text, bool accepted)
    {
        // Checks the CLI's ADDRESS:PORT parsing: explicit port, numeric loopback address.
        bool parsed;
        try
        {
            LoopbackGuard.Parse(text, "--listen");
            parsed = true;
        }
        catch (ArgumentException)
        {
            parsed = false;
        }

        Assert.AreEqual(accepted, parsed);
    }
}
