#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class Outbox_Journal_Tests
    {
        private static OutboxConfig Config()
        {
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.PersistIntervalMs = 4000;
            c.CompactAfterBytes = 4096;
            return c;
        }

        private static OutboundMessage History(long t)
        {
            return TelemetryFixtures.Msg("nodemqtt/n/state", "{\"t\":" + t.ToString() + "}", MessageKind.History, t);
        }

        // A copy of the store as a crash at this instant would leave it.
        private static MemoryStore Crashed(MemoryStore store)
        {
            MemoryStore copy = new MemoryStore();
            string[] names = { Outbox.BlobName, "outbox.journal" };
            for (int i = 0; i < names.Length; i++)
            {
                byte[] b = (byte[])store.Blobs[names[i]];
                if (b == null) continue;
                byte[] c = new byte[b.Length];
                System.Array.Copy(b, c, b.Length);
                copy.Blobs[names[i]] = c;
            }

            return copy;
        }

        [TestMethod]
        public void Crash_AnyMomentDuringOutage_LosesAtMostTheLastFiveSeconds()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(Config(), store, null);
            for (long t = 0; t <= 120000; t += 250)
            {
                if (t % 1000 == 0) o.Enqueue(History(t), t);
                o.Tick(t);
                Outbox after = new Outbox(Config(), Crashed(store), null);
                int restored = after.Load(0);
                long accepted = t / 1000 + 1;
                Assert.IsTrue(accepted - restored <= 5, "crash at " + t.ToString() + " ms lost " + (accepted - restored).ToString());
                for (int i = 1; i < restored; i++) Assert.IsTrue(after.At(i - 1).Sequence < after.At(i).Sequence);
            }

            Assert.IsTrue(o.Counters.Compactions > 0, "the journal was never compacted");
            Assert.IsTrue(o.JournalBytes <= 2 * 4096 + 1024, "journal grew to " + o.JournalBytes.ToString());
        }

        [TestMethod]
        public void Restart_AfterPartialDelivery_ResendsOnlyWhatWasNotDelivered()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(Config(), store, null);
            for (long t = 0; t <= 20000; t += 1000)
            {
                o.Enqueue(History(t), t);
                o.Tick(t);
            }

            for (int i = 0; i < 10; i++) o.OnDelivered(o.TakeNext(21000 + i * 100), 21000 + i * 100);
            o.Tick(25000);
            Outbox after = new Outbox(Config(), Crashed(store), null);
            Assert.AreEqual(11, after.Load(0));
            Assert.AreEqual("{\"t\":10000}", TelemetryFixtures.Text(after.At(0).Payload));
        }

        [TestMethod]
        public void Load_TornJournalTail_ReplaysTheRestInOneLineAndCompacts()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(Config(), store, null);
            for (long t = 0; t <= 12000; t += 1000)
            {
                o.Enqueue(History(t), t);
                o.Tick(t);
            }

            byte[] journal = (byte[])store.Blobs["outbox.journal"];
            Assert.IsNotNull(journal);
            byte[] torn = new byte[journal.Length - 3];
            System.Array.Copy(journal, torn, torn.Length);
            store.Blobs["outbox.journal"] = torn;
            RecordingLog log = new RecordingLog();
            Outbox after = new Outbox(Config(), store, log);
            int restored = after.Load(0);
            Assert.IsTrue(restored >= 8 && restored < 13, "restored " + restored.ToString());
            Assert.AreEqual(1, log.Lines.Count);
            Assert.IsTrue(log.At(0).IndexOf("torn") > 0, log.At(0));
            after.Tick(5000);
            Assert.IsFalse(store.Blobs.Contains("outbox.journal"), "the torn journal was not compacted away");
        }

        [TestMethod]
        public void Flush_StoreFull_OneLineOnChangeCountedAndRecovers()
        {
            MemoryStore store = new MemoryStore();
            RecordingLog log = new RecordingLog();
            Outbox o = new Outbox(Config(), store, log);
            store.FailWrites = true;
            for (long t = 0; t <= 40000; t += 1000)
            {
                o.Enqueue(History(t), t);
                o.Tick(t);
            }

            Assert.AreEqual(StoreError.Full, o.Store.State);
            Assert.AreEqual("full", o.Store.StateName);
            Assert.IsTrue(o.Store.Failures >= 9, "failures " + o.Store.Failures.ToString());
            Assert.AreEqual(1, log.Lines.Count);
            Assert.AreEqual(41, o.Count);
            store.FailWrites = false;
            o.Tick(44000);
            Assert.AreEqual(StoreError.None, o.Store.State);
            Assert.AreEqual(2, log.Lines.Count);
            Outbox after = new Outbox(Config(), Crashed(store), null);
            Assert.AreEqual(41, after.Load(0));
        }

        [TestMethod]
        public void Tick_HealthyLinkWithAJournal_WritesNothing()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(Config(), store, null);
            for (long t = 0; t <= 300000; t += 1000)
            {
                o.Enqueue(History(t), t);
                o.Tick(t);
                o.OnDelivered(o.TakeNext(t + 5), t + 30);
                o.Tick(t + 30);
            }

            Assert.AreEqual(0L, o.Counters.BytesWritten);
            Assert.AreEqual(0, store.Appends + store.Writes);
        }
    }
}
