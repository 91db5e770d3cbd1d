using System;
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt.Scenarios;

/// <summary>
/// Flash wear of the outbox's write-ahead journal, measured by running Core's real <see cref="Outbox"/> for a
/// simulated day at one reading a second against a store that counts what would reach flash. Life of a 1 MB
/// LittleFS/SPIFFS partition at 10^5 erase cycles per block, two ways: ideal wear levelling (bytes spread
/// over every block), and a pessimistic one where every write operation costs at least one whole 4 KB block
/// (LittleFS rewrites a file's last block on append after a sync).
/// </summary>
public static class WearFigure
{
    private const long PartitionBytes = 1024 * 1024;
    private const long EraseCycles = 100000;
    private const int BlockBytes = 4096;
    private const int PayloadBytes = 1000; // a DSMR 5 three-phase state document is about 1 KB

    public static ScenarioResult Run()
    {
        var r = new ScenarioResult("wear");
        Case(r, "healthy_link", history: false, outage: false);
        Case(r, "outage_state_mode", history: false, outage: true);
        Case(r, "outage_history_mode", history: true, outage: true);
        r.Note("persist_interval_ms 4000 (default), outbox bounds 512 messages / 64 KB (defaults), payload " + PayloadBytes + " B");
        return r;
    }

    private static void Case(ScenarioResult r, string name, bool history, bool outage)
    {
        var config = new OutboxConfig();
        var store = new CountingStore();
        var outbox = new Outbox(config, store, null);
        var payload = new byte[PayloadBytes];
        const long DayMs = 86_400_000;
        for (long t = 0; t < DayMs; t += 1000)
        {
            outbox.Enqueue(new OutboundMessage("nodemqtt/nodemqtt-a1b2c3/state", payload, 1, !history, history ? MessageKind.History : MessageKind.State, t), t);
            outbox.Tick(t);
            if (!outage)
            {
                OutboundMessage m = outbox.TakeNext(t + 5);
                if (m != null) outbox.OnDelivered(m, t + 30);
                outbox.Tick(t + 30);
            }
        }

        object idealYears = store.Bytes == 0 ? "unlimited (no writes)" : PartitionBytes * (double)EraseCycles / store.Bytes / 365.25;
        object blockYears = store.BlockBytes == 0 ? "unlimited (no writes)" : PartitionBytes * (double)EraseCycles / store.BlockBytes / 365.25;
        r.Figure(name + ".bytes_per_day", store.Bytes);
        r.Figure(name + ".write_operations_per_day", store.Operations);
        r.Figure(name + ".snapshots_per_day", outbox.Counters.Compactions);
        r.Figure(name + ".life_years_ideal", idealYears);
        r.Figure(name + ".life_years_4k_block_per_write", blockYears);
        if (outage) r.Check(store.Bytes > 0, name + ": an outage reaches flash");
        else r.Check(store.Bytes == 0, name + ": a healthy link writes nothing");
    }

    private sealed class CountingStore : IAppendStore
    {
        public long Bytes;
        public long BlockBytes;
        public long Operations;
        public int LastError => StoreError.None;
        public byte[] Read(string name) => null;
        public bool Write(string name, byte[] data, int count) => Count(count);
        public bool Append(string name, byte[] data, int count) => Count(count);
        public void SetAside(string name) { }
        public void Delete(string name) { }

        private bool Count(int count)
        {
            Bytes += count;
            BlockBytes += Math.Max(WearFigure.BlockBytes, (count + WearFigure.BlockBytes - 1) / WearFigure.BlockBytes * WearFigure.BlockBytes);
            Operations++;
            return true;
        }
    }
}
