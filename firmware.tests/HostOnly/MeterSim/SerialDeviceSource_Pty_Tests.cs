using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.MeterSim.Posix;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks the pty path end to end: simulator bytes into a pty master come out of SerialDeviceSource unchanged.</summary>
[TestClass]
public sealed class SerialDeviceSource_Pty_Tests
{
    [TestMethod]
    public void Read_TelegramWrittenIntoMaster_SameBytesFromSlave()
    {
        using var pty = PseudoTerminal.Open();
        using var source = new SerialDeviceSource(pty.SlavePath);
        Assert.AreEqual(SourceState.Open, source.State, source.Describe());
        Assert.IsTrue(SourceReads.WaitFor(() => pty.ReaderAttached, 2000), "master sees the reader");
        byte[] telegram = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50)).NextTelegram(SimTelegrams.WinterNoonUtcMs);

        Assert.AreEqual(telegram.Length, pty.Write(telegram, 0, telegram.Length));
        byte[] got = SourceReads.ReadExactly(source, telegram.Length);

        CollectionAssert.AreEqual(telegram, got, "raw mode: no CR/LF translation, no echo");
        StringAssert.Contains(source.Describe(), "serial " + pty.SlavePath + " 115200-8N1 (open)");
    }

    [TestMethod]
    public void Read_AllByteValues_PassThroughRawMode()
    {
        using var pty = PseudoTerminal.Open();
        using var source = new SerialDeviceSource(pty.SlavePath);
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.AreEqual(256, pty.Write(all, 0, all.Length));

        CollectionAssert.AreEqual(all, SourceReads.ReadExactly(source, 256));
    }

    [TestMethod]
    public void Read_NothingWritten_ReturnsZeroWithoutBlocking()
    {
        using var pty = PseudoTerminal.Open();
        using var source = new SerialDeviceSource(pty.SlavePath);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        int n = source.Read(new byte[64], 0, 64);

        Assert.AreEqual(0, n);
        Assert.IsTrue(clock.ElapsedMilliseconds < 500);
    }

    [TestMethod]
    public void Read_MasterClosed_RetriesWithoutThrowingOrEnding()
    {
        var pty = PseudoTerminal.Open();
        using var source = new SerialDeviceSource(pty.SlavePath, reopenDelayMs: 50);
        pty.Dispose();

        Assert.IsTrue(SourceReads.WaitFor(() => source.Read(new byte[16], 0, 16) == 0 && source.State == SourceState.Retrying, 2000), source.Describe());
        Assert.IsNotNull(source.LastError);
    }

    [TestMethod]
    public void Read_MasterClosedWithoutReopen_EndsWithMinusOne()
    {
        var pty = PseudoTerminal.Open();
        using var source = new SerialDeviceSource(pty.SlavePath, reopen: false);
        pty.Dispose();

        Assert.IsTrue(SourceReads.WaitFor(() => source.Read(new byte[16], 0, 16) == -1, 2000), source.Describe());
        Assert.AreEqual(SourceState.Ended, source.State);
    }

    [TestMethod]
    public void Create_MissingDevice_RetryingWithClearError()
    {
        using var source = new SerialDeviceSource("/dev/nodemqtt-no-such-tty", reopenDelayMs: 50);

        Assert.AreEqual(0, source.Read(new byte[16], 0, 16));
        Assert.AreEqual(SourceState.Retrying, source.State);
        StringAssert.Contains(source.Describe(), "/dev/nodemqtt-no-such-tty");
        StringAssert.Contains(source.LastError, "No such file");
    }

    [TestMethod]
    public void Open_SevenE1_ConfiguresWithoutError()
    {
        using var pty = PseudoTerminal.Open(9600, true);
        using var source = new SerialDeviceSource(pty.SlavePath, 9600, true);
        byte[] telegram = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr22)).NextTelegram(SimTelegrams.WinterNoonUtcMs);

        pty.Write(telegram, 0, telegram.Length);

        CollectionAssert.AreEqual(telegram, SourceReads.ReadExactly(source, telegram.Length), "7-bit ASCII survives 7E1 on a pty");
        StringAssert.Contains(source.Describe(), "9600-7E1");
    }
}
