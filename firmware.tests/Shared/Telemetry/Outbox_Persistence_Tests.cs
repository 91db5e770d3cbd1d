#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class Outbox_Persistence_Tests
    {
        private static Outbox Filled(MemoryStore store, RecordingLog log)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), store, log);
            o.Enqueue(new OutboundMessage("nodemqtt/n/state", TelemetryFixtures.Bytes("{\"v\":\"\u20ac\"}"), 1, true, MessageKind.State, 1000), 1000);
            o.Enqueue(new OutboundMessage("nodemqtt/n/events", TelemetryFixtures.Bytes("e1"), 0, false, MessageKind.Event, 2000), 2000);
            o.Enqueue(new OutboundMessage("nodemqtt/n/state", TelemetryFixtures.Bytes("h"), 1, false, MessageKind.History, 3000), 3000);
            return o;
        }

        private static void AssertCleanStartAfter(byte[] stored, string reasonPart)
        {
            MemoryStore store = new MemoryStore();
            RecordingLog log = new RecordingLog();
            store.Blobs[Outbox.BlobName] = stored;
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), store, log);
            Assert.AreEqual(0, o.Load(0));
            Assert.AreEqual(0, o.Count);
            Assert.AreEqual(1, log.Lines.Count);
            Assert.IsTrue(log.At(0).IndexOf("outbox: stored outbox unusable (") == 0, log.At(0));
            Assert.IsTrue(log.At(0).IndexOf(reasonPart) > 0, log.At(0));
            Assert.AreEqual(1, store.SetAsides);
            Assert.IsFalse(store.Blobs.Contains(Outbox.BlobName));
            Assert.AreEqual(1, (int)o.Counters.LoadFailures);
        }

        private static byte[] Persisted()
        {
            MemoryStore store = new MemoryStore();
            Filled(store, null).PersistNow(5000);
            return (byte[])store.Blobs[Outbox.BlobName];
        }

        [TestMethod]
        public void PersistNow_ThenLoad_RestoresEveryFieldInOrderWithAges()
        {
            MemoryStore store = new MemoryStore();
            Outbox before = Filled(store, null);
            Assert.IsTrue(before.PersistNow(5000));
            Assert.AreEqual(1, (int)before.Counters.PersistWrites);

            Outbox after = new Outbox(TelemetryFixtures.Roomy(), store, new RecordingLog());
            Assert.AreEqual(3, after.Load(100));
            Assert.AreEqual(3, (int)after.Counters.Restored);
            OutboundMessage a = after.At(0);
            Assert.AreEqual("nodemqtt/n/state", a.Topic);
            Assert.AreEqual("{\"v\":\"\u20ac\"}", TelemetryFixtures.Text(a.Payload));
            Assert.AreEqual(1, a.Qos);
            Assert.IsTrue(a.Retain);
            Assert.AreEqual(MessageKind.State, a.Kind);
            Assert.AreEqual(100L - 4000L, a.CreatedMs); // age 4000 ms at persist time, node time restarted
            Assert.AreEqual("e1", TelemetryFixtures.Text(after.At(1).Payload));
            Assert.AreEqual(0, after.At(1).Qos);
            Assert.IsFalse(after.At(1).Retain);
            Assert.AreEqual(MessageKind.History, after.At(2).Kind);
            Assert.IsTrue(after.At(0).Sequence < after.At(1).Sequence && after.At(1).Sequence < after.At(2).Sequence);
        }

        [TestMethod]
        public void Load_NoFile_StartsCleanSilently()
        {
            RecordingLog log = new RecordingLog();
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), new MemoryStore(), log);
            Assert.AreEqual(0, o.Load(0));
            Assert.AreEqual(0, log.Lines.Count);
        }

        [TestMethod]
        public void Load_TruncatedFile_SetAsideWithOneLine()
        {
            byte[] full = Persisted();
            for (int cut = 0; cut < full.Length; cut += 7)
            {
                byte[] part = new byte[cut];
                for (int i = 0; i < cut; i++) part[i] = full[i];
                AssertCleanStartAfter(part, cut < 20 ? "truncated header" : "length mismatch");
            }
        }

        [TestMethod]
        public void Load_CorruptByte_FailsChecksum()
        {
            byte[] data = Persisted();
            data[data.Length - 1] ^= 0x40;
            AssertCleanStartAfter(data, "checksum mismatch");
        }

        [TestMethod]
        public void Load_WrongVersion_IsRefused()
        {
            byte[] data = Persisted();
            data[4] = 9;
            AssertCleanStartAfter(data, "unsupported version 9");
        }

        [TestMethod]
        public void Load_BadMagic_IsRefused()
        {
            AssertCleanStartAfter(TelemetryFixtures.Bytes("hello, this is not an outbox file"), "bad magic");
        }

        [TestMethod]
        public void Tick_DuringOutage_AppendsAtMostOncePerInterval()
        {
            MemoryStore store = new MemoryStore();
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.PersistIntervalMs = 30000;
            Outbox o = new Outbox(c, store, null);
            for (long t = 0; t <= 120000; t += 1000)
            {
                o.Enqueue(TelemetryFixtures.Msg("s", t.ToString(), MessageKind.State, t), t);
                o.Tick(t);
            }

            Assert.AreEqual(4, (int)o.Counters.JournalAppends); // t = 30 s, 60 s, 90 s, 120 s
            Assert.AreEqual(4, store.Appends);
            Assert.AreEqual(0, store.Writes);
        }

        [TestMethod]
        public void Tick_HealthyLink_NeverWrites()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), store, null);
            for (long t = 0; t <= 600000; t += 1000)
            {
                o.Enqueue(TelemetryFixtures.Msg("s", "x", MessageKind.State, t), t);
                o.Tick(t);
                OutboundMessage m = o.TakeNext(t + 20);
                o.OnDelivered(m, t + 50);
                o.Tick(t + 50);
            }

            Assert.AreEqual(0, store.Writes);
            Assert.AreEqual(0, store.Deletes);
        }

        [TestMethod]
        public void Tick_DrainedAfterPersist_DeletesStoredFile()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = Filled(store, null);
            o.PersistNow(5000);
            TelemetryFixtures.DrainAll(o, 6000);
            o.Tick(6000);
            Assert.IsFalse(store.Blobs.Contains(Outbox.BlobName));
            Assert.AreEqual(1, (int)o.Counters.PersistDeletes);
            o.Tick(7000);
            Assert.AreEqual(1, store.Deletes);
        }

        [TestMethod]
        public void Load_ThenDrained_DeletesSoRestartDoesNotResend()
        {
            MemoryStore store = new MemoryStore();
            Filled(store, null).PersistNow(5000);
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), store, null);
            o.Load(0);
            TelemetryFixtures.DrainAll(o, 10);
            o.Tick(10);
            Outbox again = new Outbox(TelemetryFixtures.Roomy(), store, null);
            Assert.AreEqual(0, again.Load(20));
        }

        [TestMethod]
        public void Load_EntriesOlderThanMaxAge_AreDroppedAndCounted()
        {
            MemoryStore store = new MemoryStore();
            Filled(store, null).PersistNow(5000);
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.MaxAgeMs = 3500; // ages are 4000, 3000, 2000
            Outbox o = new Outbox(c, store, null);
            Assert.AreEqual(2, o.Load(0));
            Assert.AreEqual(1, (int)o.Counters.DroppedAge);
        }

        [TestMethod]
        public void PersistNow_StoreRefuses_IsCountedAndStaysDirty()
        {
            MemoryStore store = new MemoryStore();
            store.FailWrites = true;
            Outbox o = Filled(store, null);
            Assert.IsFalse(o.PersistNow(5000));
            Assert.AreEqual(1, (int)o.Counters.PersistFailures);
        }
    }
}
