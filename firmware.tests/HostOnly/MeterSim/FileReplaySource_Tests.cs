using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks FileReplaySource: exact replay, end of file, looping, pacing by bytes and by telegram.</summary>
[TestClass]
public sealed class FileReplaySource_Tests
{
    private string _path;
    private byte[] _bytes;

    [TestInitialize]
    public void WriteCapture()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        var all = new MemoryStream();
        for (int i = 0; i < 3; i++) all.Write(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + i * 1000L));
        _bytes = all.ToArray();
        _path = Path.Combine(Path.GetTempPath(), "nodemqtt-replay-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(_path, _bytes);
    }

    [TestCleanup]
    public void DeleteCapture()
    {
        File.Delete(_path);
    }

    [TestMethod]
    public void Read_Unpaced_WholeFileThenMinusOne()
    {
        using var source = new FileReplaySource(_path);

        CollectionAssert.AreEqual(_bytes, SourceReads.ReadToEnd(source));
        Assert.AreEqual(-1, source.Read(new byte[8], 0, 8));
        Assert.AreEqual(SourceState.Ended, source.State);
    }

    [TestMethod]
    public void Read_Loop_StartsOverAtTheEnd()
    {
        using var source = new FileReplaySource(_path, loop: true);

        byte[] got = SourceReads.ReadExactly(source, _bytes.Length * 2 + 10);

        Assert.AreEqual(_bytes.Length * 2 + 10, got.Length);
        CollectionAssert.AreEqual(_bytes, got.AsSpan(_bytes.Length, _bytes.Length).ToArray());
        Assert.AreEqual(2, source.Passes);
    }

    [TestMethod]
    public void Read_TelegramInterval_OneTelegramPerInterval()
    {
        long now = 0;
        using var source = new FileReplaySource(_path, telegramIntervalMs: 1000, monotonicMs: () => now);
        var buffer = new byte[4096];

        int first = source.Read(buffer, 0, buffer.Length);
        int early = source.Read(buffer, 0, buffer.Length);
        now = 1000;
        int second = source.Read(buffer, 0, buffer.Length);

        Assert.AreEqual(_bytes.Length / 3, first, "the first telegram, up to the next '/'");
        Assert.AreEqual(0, early, "nothing before the interval passes");
        Assert.AreEqual((byte)'/', buffer[0]);
        Assert.AreEqual(_bytes.Length / 3, second);
    }

    [TestMethod]
    public void Read_PacedByTimestamps_WaitsTheGapBetweenTelegramClocks()
    {
        // Three telegrams whose clocks are 10 s and 4 s apart.
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50));
        var all = new MemoryStream();
        foreach (long offset in new[] { 0L, 10000L, 14000L }) all.Write(sim.NextTelegram(SimTelegrams.WinterNoonUtcMs + offset));
        File.WriteAllBytes(_path, all.ToArray());
        long now = 0;
        using var source = new FileReplaySource(_path, loop: true, monotonicMs: () => now, paceByTimestamps: true);
        var buffer = new byte[4096];

        Assert.IsTrue(source.Read(buffer, 0, buffer.Length) > 0, "the first telegram at once");
        now = 9999;
        Assert.AreEqual(0, source.Read(buffer, 0, buffer.Length), "not before its clock's 10 s");
        now = 10000;
        Assert.IsTrue(source.Read(buffer, 0, buffer.Length) > 0);
        now = 13999;
        Assert.AreEqual(0, source.Read(buffer, 0, buffer.Length));
        now = 14000;
        Assert.IsTrue(source.Read(buffer, 0, buffer.Length) > 0);
        now = 17999;
        Assert.AreEqual(0, source.Read(buffer, 0, buffer.Length), "a loop keeps the last gap (4 s)");
        now = 18000;
        Assert.IsTrue(source.Read(buffer, 0, buffer.Length) > 0);
        StringAssert.Contains(source.Describe(), "paced by the telegrams' timestamps");
    }

    [TestMethod]
    public void Create_FileSpec_PacedUnlessFast()
    {
        using var paced = (FileReplaySource)ByteSourceFactory.Create("file:" + _path);
        using var fast = (FileReplaySource)ByteSourceFactory.Create("file:" + _path + "@fast");
        Assert.IsTrue(paced.PacedByTimestamps);
        Assert.IsFalse(fast.PacedByTimestamps);
        CollectionAssert.AreEqual(_bytes, SourceReads.ReadToEnd(fast));
    }

    [TestMethod]
    public void Read_BytesPerSecond_TokenBucketLimitsThroughput()
    {
        long now = 0;
        using var source = new FileReplaySource(_path, bytesPerSecond: 100, monotonicMs: () => now);
        var buffer = new byte[4096];

        int burst = source.Read(buffer, 0, buffer.Length);
        int none = source.Read(buffer, 0, buffer.Length);
        now = 500;
        int half = source.Read(buffer, 0, buffer.Length);

        Assert.AreEqual(100, burst, "one second of burst");
        Assert.AreEqual(0, none);
        Assert.AreEqual(50, half);
    }

    [TestMethod]
    public void Create_MissingFile_FailedAndMinusOne()
    {
        using var source = new FileReplaySource(_path + ".missing");

        Assert.AreEqual(-1, source.Read(new byte[8], 0, 8));
        Assert.AreEqual(SourceState.Failed, source.State);
        StringAssert.Contains(source.Describe(), "not found");
    }

    [TestMethod]
    public void Read_BadArguments_ZeroNotThrow()
    {
        using var source = new FileReplaySource(_path);

        Assert.AreEqual(0, source.Read(null, 0, 5));
        Assert.AreEqual(0, source.Read(new byte[4], 2, 5));
        Assert.AreEqual(0, source.Read(new byte[4], -1, 1));
    }
}
