using System;
using NodeMqtt.Meter;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt.TelemetryBench;

/// <summary>
/// Two figures for the telemetry path, both deterministic:
/// 1. bytes allocated on this thread per published state message (reading → state JSON → outbox enqueue →
///    take → delivered), over many iterations of a hand-built 3-phase DSMR 5 reading of 30 fields;
/// 2. flash writes per hour of outage at 1 reading/s with default settings, in virtual time.
/// </summary>
internal static class Program
{
    private const int Warmup = 2_000;
    private const int Iterations = 100_000;

    private static int Main()
    {
        int failures = 0;
        failures += AllocationPerStateMessage("generic", false);
        failures += AllocationPerStateMessage("homeassistant", false);
        failures += AllocationPerStateMessage("thingsboard", false);
        failures += AllocationPerStateMessage("generic", true);
        FlashWritesPerOutageHour(false);
        FlashWritesPerOutageHour(true);
        return failures == 0 ? 0 : 1;
    }

    private static int AllocationPerStateMessage(string profileName, bool historyMode)
    {
        var config = new TelemetryConfig { Profile = profileName, HistoryMode = historyMode };
        var profile = TopicProfile.Create(config, "bench-node");
        var outbox = new Outbox(new OutboxConfig { FlushBurst = 1000, FlushPerSecond = 1000 }, null, null);
        var publisher = new TelemetryPublisher(config, profile, outbox, "0.0.0-bench");
        var reading = new Reading();
        long now = 0;
        int payloadBytes = 0;

        for (int i = 0; i < Warmup; i++) payloadBytes = Step(publisher, outbox, reading, i, ref now);
        long published = publisher.StatesPublished;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = Warmup; i < Warmup + Iterations; i++) Step(publisher, outbox, reading, i, ref now);
        long after = GC.GetAllocatedBytesForCurrentThread();
        long messages = publisher.StatesPublished - published;
        double perMessage = (after - before) / (double)messages;
        bool ok = perMessage <= 512;
        Console.WriteLine($"alloc  profile={profileName,-13} history={(historyMode ? "on " : "off")} fields={reading.Count} " +
            $"payload={payloadBytes} B  messages={messages}  allocated/message={perMessage:F1} B  " +
            $"payload reuses={outbox.Counters.PayloadReuses}  goal<=512 B {(ok ? "OK" : "MISSED")}");
        return ok ? 0 : 1;
    }

    // One telegram per second; power and currents change every time, so every reading is published.
    private static int Step(TelemetryPublisher publisher, Outbox outbox, Reading reading, int i, ref long now)
    {
        now += 1000;
        BenchReading.Fill(reading, i);
        publisher.OnReading(reading, now);
        int size = 0;
        OutboundMessage m = outbox.TakeNext(now);
        while (m != null)
        {
            size = m.Payload.Length;
            outbox.OnDelivered(m, now);
            m = outbox.TakeNext(now);
        }

        return size;
    }

    private static void FlashWritesPerOutageHour(bool historyMode)
    {
        var config = new TelemetryConfig { HistoryMode = historyMode };
        var outboxConfig = new OutboxConfig();
        var store = new CountingStore();
        var outbox = new Outbox(outboxConfig, store, null);
        var publisher = new TelemetryPublisher(config, TopicProfile.Create(config, "bench-node"), outbox, "0.0.0-bench");
        var reading = new Reading();
        // Link down for one hour: nothing is taken; the node ticks the outbox every 100 ms.
        for (long now = 0; now < 3_600_000; now += 100)
        {
            if (now % 1000 == 0)
            {
                BenchReading.Fill(reading, (int)(now / 1000));
                publisher.OnReading(reading, now);
            }

            outbox.Tick(now);
        }

        Console.WriteLine($"flash  profile=generic       history={(historyMode ? "on " : "off")} outage=1 h readings=3600 " +
            $"persist_interval_ms={outboxConfig.PersistIntervalMs}  writes={outbox.Counters.PersistWrites}  " +
            $"bytes written={store.BytesWritten}  largest file={store.Largest} B  held={outbox.Count} msgs/{outbox.Bytes} B  " +
            $"dropped full={outbox.Counters.DroppedFull} age={outbox.Counters.DroppedAge} coalesced={outbox.Counters.Coalesced}");
    }

    private sealed class CountingStore : IStore
    {
        public long BytesWritten;
        public int Largest;
        public byte[] Read(string name) => null;
        public bool Write(string name, byte[] data, int count)
        {
            BytesWritten += count;
            Largest = Math.Max(Largest, count);
            return true;
        }

        public void SetAside(string name) { }
        public void Delete(string name) { }
    }
}
