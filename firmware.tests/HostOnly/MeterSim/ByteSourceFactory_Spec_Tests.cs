using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.VirtualBoard.Meter;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks meter.source parsing: every documented form, and a one-line message naming the problem otherwise.</summary>
[TestClass]
public sealed class ByteSourceFactory_Spec_Tests
{
    [TestMethod]
    public void Parse_SimDefaults_Dsmr50ThreePhase()
    {
        SourceSpec s = ByteSourceFactory.Parse("sim");

        Assert.AreEqual(SourceKind.Sim, s.Kind);
        Assert.AreEqual(DsmrVersion.Dsmr50, s.Sim.Version);
        Assert.AreEqual(3, s.Sim.Phases);
        Assert.AreEqual(FaultKinds.None, s.Sim.Faults);
    }

    [TestMethod]
    public void Parse_SimAllKeys_Applied()
    {
        SourceSpec s = ByteSourceFactory.Parse("sim:version=2.2,phases=1,gas=no,solar=0,faults=crc+glue,rate=0.5,seed=11,interval_ms=250,start_utc=2026-11-22T12:00:00Z,text=hello");

        Assert.AreEqual(DsmrVersion.Dsmr22, s.Sim.Version);
        Assert.AreEqual(1, s.Sim.Phases);
        Assert.IsFalse(s.Sim.Gas);
        Assert.IsFalse(s.Sim.Solar);
        Assert.AreEqual(FaultKinds.Crc | FaultKinds.Glue, s.Sim.Faults);
        Assert.AreEqual(0.5, s.Sim.FaultRate);
        Assert.AreEqual(11UL, s.Sim.Seed);
        Assert.AreEqual(250, s.Sim.IntervalMs);
        Assert.AreEqual(SimTelegrams.WinterNoonUtcMs, s.Sim.StartUtcMs);
        Assert.AreEqual("hello", s.Sim.TextMessage);
    }

    [TestMethod]
    [DataRow("serial:/dev/pts/3", "/dev/pts/3", 115200, false)]
    [DataRow("serial:/dev/ttyUSB0@115200", "/dev/ttyUSB0", 115200, false)]
    [DataRow("serial:/dev/ttyUSB0@9600-7E1", "/dev/ttyUSB0", 9600, true)]
    [DataRow("serial:/dev/ttyAMA0@9600-8n1", "/dev/ttyAMA0", 9600, false)]
    public void Parse_Serial_PathSpeedFraming(string spec, string path, int baud, bool sevenE1)
    {
        SourceSpec s = ByteSourceFactory.Parse(spec);

        Assert.AreEqual(SourceKind.Serial, s.Kind);
        Assert.AreEqual(path, s.Path);
        Assert.AreEqual(baud, s.Baud);
        Assert.AreEqual(sevenE1, s.SevenE1);
    }

    [TestMethod]
    public void Parse_Tcp_HostAndPort()
    {
        SourceSpec s = ByteSourceFactory.Parse("tcp:127.0.0.1:5000");

        Assert.AreEqual(SourceKind.Tcp, s.Kind);
        Assert.AreEqual("127.0.0.1", s.Host);
        Assert.AreEqual(5000, s.Port);
    }

    [TestMethod]
    [DataRow("file:capture.txt", "capture.txt", false, 0, 0)]
    [DataRow("file:/tmp/c.txt@loop", "/tmp/c.txt", true, 0, 0)]
    [DataRow("file:c.txt@loop,interval_ms=1000", "c.txt", true, 0, 1000)]
    [DataRow("file:c.txt@bps=960", "c.txt", false, 960, 0)]
    public void Parse_File_PathAndOptions(string spec, string path, bool loop, int bps, int intervalMs)
    {
        SourceSpec s = ByteSourceFactory.Parse(spec);

        Assert.AreEqual(SourceKind.File, s.Kind);
        Assert.AreEqual(path, s.Path);
        Assert.AreEqual(loop, s.Loop);
        Assert.AreEqual(bps, s.BytesPerSecond);
        Assert.AreEqual(intervalMs, s.IntervalMs);
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("uart:/dev/ttyS0", "unknown kind 'uart'")]
    [DataRow("sim:version=6", "unknown version '6'")]
    [DataRow("sim:phases=2", "phases=2")]
    [DataRow("sim:faults=crc+melt", "unknown fault 'melt'")]
    [DataRow("sim:rate=1.5", "rate=1.5")]
    [DataRow("sim:seed=-1", "seed=-1")]
    [DataRow("sim:colour=blue", "unknown key")]
    [DataRow("sim:version", "expected key=value")]
    [DataRow("sim:start_utc=yesterday", "start_utc")]
    [DataRow("serial:", "missing device path")]
    [DataRow("serial:/dev/ttyUSB0@1234", "'1234' is not BAUD")]
    [DataRow("serial:/dev/ttyUSB0@9600-7O1", "framing '7O1'")]
    [DataRow("tcp:localhost", "expected tcp:HOST:PORT")]
    [DataRow("tcp:127.0.0.1:0", "port '0'")]
    [DataRow("tcp:127.0.0.1:99999", "port '99999'")]
    [DataRow("file:", "missing path")]
    [DataRow("file:x.txt@forever", "unknown option 'forever' (known: loop, fast, bps=N, interval_ms=N)")]
    [DataRow("file:x.txt@bps=10,interval_ms=10", "not both")]
    public void Parse_BadSpec_OneLineMessageNamingTheProblem(string spec, string expected)
    {
        var e = Assert.ThrowsExactly<ArgumentException>(() => ByteSourceFactory.Parse(spec));

        StringAssert.StartsWith(e.Message, "meter.source: ");
        StringAssert.Contains(e.Message, expected);
        Assert.IsFalse(e.Message.Contains('\n'), "one line");
        Assert.AreEqual(e.Message, ByteSourceFactory.Validate(spec));
    }

    [TestMethod]
    public void Create_EachKind_RightTypeAndNeverThrowsForMissingTargets()
    {
        using HostByteSource sim = ByteSourceFactory.Create("sim:version=4");
        using HostByteSource serial = ByteSourceFactory.Create("serial:/dev/nodemqtt-missing");
        using HostByteSource file = ByteSourceFactory.Create("file:/nonexistent/nodemqtt.txt");
        using HostByteSource tcp = ByteSourceFactory.Create("tcp:127.0.0.1:9");

        Assert.IsInstanceOfType<SimulatorSource>(sim);
        Assert.IsInstanceOfType<SerialDeviceSource>(serial);
        Assert.IsInstanceOfType<FileReplaySource>(file);
        Assert.IsInstanceOfType<TcpSource>(tcp);
        Assert.AreEqual(0, serial.Read(new byte[4], 0, 4));
        Assert.AreEqual(-1, file.Read(new byte[4], 0, 4));
        Assert.IsNull(ByteSourceFactory.Validate("sim:version=emucs,phases=1"));
    }
}
