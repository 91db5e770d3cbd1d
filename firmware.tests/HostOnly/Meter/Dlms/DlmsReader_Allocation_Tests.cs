using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Meter;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.Meter.Dlms;

/// <summary>Allocation budget of the DLMS path: a steady meter (values change every frame, ids and list
/// layout do not) costs 0 bytes per frame, plain or ciphered.</summary>
[TestClass]
public sealed class DlmsReader_Allocation_Tests
{
    private const string Key = "000102030405060708090A0B0C0D0E0F";
    private const string AuthKey = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";

    private sealed class CountingSink : IReadingSink
    {
        public int Count;
        public void OnReading(Reading reading, long nowMs) { Count++; }
    }

    [TestMethod]
    [DataRow("aidon", null, null)]
    [DataRow("kamstrup", Key, AuthKey)]
    [DataRow("kaifa", null, null)]
    [DataRow("austria", Key, null)]
    [DataRow("smarty", Key, null)]
    public void Push_SteadyMeterChangingValues_AllocatesNothingPerFrame(string family, string key, string authKey)
    {
        var meter = new DlmsMeter(new SimOptions { Protocol = "dlms", Family = family, Key = key, AuthKey = authKey, Seed = 9, StartUtcMs = 1_795_000_000_000L });
        var frames = new List<byte[]>();
        for (int i = 0; i < 220; i++) frames.Add(meter.NextFrame(1_795_000_000_000L + i * 10_000L));
        var sink = new CountingSink();
        var reader = new MeterReader(new MeterConfig { Protocol = "auto", Key = key, AuthKey = authKey }, sink, null);
        for (int i = 0; i < 20; i++) reader.Push(frames[i], 0, frames[i].Length, i * 10_000L); // detection, caches, first strings

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 20; i < frames.Count; i++) reader.Push(frames[i], 0, frames[i].Length, i * 10_000L);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.AreEqual(frames.Count, sink.Count, family + ": every frame decoded");
        Assert.AreEqual(0L, allocated / 200, family + ": bytes per frame (total " + allocated + ")");
    }
}
