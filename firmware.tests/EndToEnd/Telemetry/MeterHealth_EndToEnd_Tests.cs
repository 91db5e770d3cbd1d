using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Telemetry;

/// <summary>
/// What the operator sees when the meter goes quiet and when the meter changes, against a real mosquitto:
/// the board reads a real TCP byte stream this test writes (a simulated DSMR 5 meter, one telegram a second).
/// </summary>
[TestClass]
[TestCategory("EndToEnd")]
public class MeterHealth_EndToEnd_Tests
{
    private const int OnlineMs = 20000;

    /// <summary>Serves one meter connection on 127.0.0.1, a telegram a second while <see cref="Sending"/>.</summary>
    private sealed class MeterStream : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Thread _thread;
        private volatile bool _stop;
        public volatile bool Sending = true;

        public MeterStream()
        {
            _listener.Start();
            _thread = new Thread(Serve) { IsBackground = true };
            _thread.Start();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        private void Serve()
        {
            var sim = new MeterSimulator(new SimOptions { Version = DsmrVersion.Dsmr50, StartUtcMs = 1795000000000 });
            try
            {
                using Socket s = _listener.AcceptSocket();
                for (long i = 0; !_stop; i++)
                {
                    if (Sending) s.Send(sim.NextTelegram(1795000000000 + i * 1000));
                    Thread.Sleep(1000);
                }
            }
            catch (Exception) when (_stop)
            {
            }
            catch (SocketException)
            {
            }
        }

        public void Dispose()
        {
            _stop = true;
            _listener.Stop();
            _thread.Join(3000);
        }
    }

    [TestMethod]
    [Timeout(120000)]
    public void MeterStreamStops_SilentLineMeterOfflineEntitiesUnavailable_ResumesBack()
    {
        const string Node = "e2e-silent";
        const string MeterTopic = "nodemqtt/" + Node + "/meter";
        const string Config = "homeassistant/sensor/" + Node + "/power_delivered_kw/config";
        using var broker = new Broker();
        using var meter = new MeterStream();
        using var observer = new Observer(broker, MeterTopic, Config);
        using var state = new TempDir();
        using var board = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.profile=homeassistant",
            "--meter", "tcp:127.0.0.1:" + meter.Port);
        Assert.IsTrue(board.WaitForLine("-> Online", OnlineMs) >= 0, board.Log.Dump());
        Assert.IsTrue(observer.WaitFor(MeterTopic, "online", 15000) >= 0, "meter online\n" + observer.Lines.Dump());

        // Home Assistant shows an entity only while every availability topic says online (mode "all"):
        // the sensor's discovery names the node's status and the meter's topic.
        int doc = observer.WaitFor(Config, null, 10000);
        Assert.IsTrue(doc >= 0, observer.Lines.Dump());
        string config = observer.Lines.At(doc).Text;
        StringAssert.Contains(config, "{\"topic\":\"" + MeterTopic + "\",\"payload_available\":\"online\",\"payload_not_available\":\"offline\"}");
        StringAssert.Contains(config, "\"availability_mode\":\"all\"");

        meter.Sending = false;
        int silent = board.WaitForLine("meter silent: no valid telegram for 10 s: no bytes at all", 30000);
        Assert.IsTrue(silent >= 0, "the silence in words (default timeout: 3 x 1 s interval, at least 10 s)\n" + board.Log.Dump());
        int offline = observer.WaitFor(MeterTopic, "offline", 10000);
        Assert.IsTrue(offline >= 0, "meter availability offline, so every meter entity is unavailable\n" + observer.Lines.Dump());
        StringAssert.Contains(board.Control("status"), "meter silent");
        Assert.IsTrue(observer.Lines.At(offline).Text.StartsWith("0 "), "a live subscriber sees it as it happens");
        using (var late = new Observer(broker, MeterTopic))
        {
            Assert.IsTrue(late.WaitFor(MeterTopic, "offline", 5000, 0, retain: 1) >= 0, "retained for Home Assistant starting later");
        }

        meter.Sending = true;
        Assert.IsTrue(board.WaitForLine("meter back: valid telegram after", 20000, silent) >= 0, board.Log.Dump());
        Assert.IsTrue(observer.WaitFor(MeterTopic, "online", 10000, offline) >= 0, observer.Lines.Dump());
    }

    [TestMethod]
    [Timeout(150000)]
    public void MeterChange_HomeAssistantConfigsOfFieldsNoLongerSent_AreCleared()
    {
        const string Node = "e2e-swap";
        const string Gas = "homeassistant/sensor/" + Node + "/gas_delivered_m3/config";
        const string VoltageL3 = "homeassistant/sensor/" + Node + "/voltage_l3_v/config";
        const string VoltageL1 = "homeassistant/sensor/" + Node + "/voltage_l1_v/config";
        using var broker = new Broker();
        using var state = new TempDir();
        using var observer = new Observer(broker, "homeassistant/sensor/" + Node + "/+/config");
        using (var first = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.profile=homeassistant",
            "--meter", "sim:version=5,phases=3,gas=1,interval_ms=1000"))
        {
            Assert.IsTrue(first.WaitForLine("-> Online", OnlineMs) >= 0, first.Log.Dump());
            Assert.IsTrue(observer.WaitFor(Gas, null, 15000) >= 0, "gas announced\n" + observer.Lines.Dump());
            Assert.IsTrue(observer.WaitFor(VoltageL3, null, 15000) >= 0, observer.Lines.Dump());
            Thread.Sleep(2000);
            first.Terminate();
        }

        int mark = observer.Lines.Count;
        using var second = new VirtualBoardProcess(broker, state.Path, "--set", "node_id=" + Node, "--set", "telemetry.profile=homeassistant",
            "--meter", "sim:version=5,phases=1,gas=0,interval_ms=1000");
        Assert.IsTrue(second.WaitForLine("-> Online", OnlineMs) >= 0, second.Log.Dump());
        Assert.IsTrue(observer.WaitFor(Gas, "", 20000, mark) >= 0, "the gas config is cleared with an empty retained payload\n" + observer.Lines.Dump());
        Assert.IsTrue(observer.WaitFor(VoltageL3, "", 5000, mark) >= 0, observer.Lines.Dump());
        Thread.Sleep(1000);

        // What a Home Assistant starting now would find: the new meter's fields only.
        using var late = new Observer(broker, "homeassistant/sensor/" + Node + "/+/config");
        Assert.IsTrue(late.WaitFor(VoltageL1, null, 5000) >= 0, late.Lines.Dump());
        Thread.Sleep(1000);
        foreach (var (_, text) in late.Lines.Snapshot())
        {
            Assert.IsFalse(text.Contains("/gas_delivered_m3/") || text.Contains("/voltage_l3_v/") || text.Contains("_l2_"), "a ghost config is still retained: " + text);
        }
    }
}
