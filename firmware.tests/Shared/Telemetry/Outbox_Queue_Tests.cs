#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class Outbox_Queue_Tests
    {
        private static OutboundMessage M(string topic, string payload, int kind, long now)
        {
            return TelemetryFixtures.Msg(topic, payload, kind, now);
        }

        private static void AssertAccounting(Outbox o)
        {
            OutboxCounters c = o.Counters;
            Assert.AreEqual(c.Enqueued + c.Restored, c.Delivered + o.Count + c.DroppedFull + c.DroppedAge + c.Coalesced);
        }

        [TestMethod]
        public void Enqueue_StateSameTopic_LatestWins()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            o.Enqueue(M("s", "1", MessageKind.State, 0), 0);
            o.Enqueue(M("e", "x", MessageKind.Event, 0), 0);
            o.Enqueue(M("s", "2", MessageKind.State, 1), 1);
            Assert.AreEqual(2, o.Count);
            Assert.AreEqual("e", o.At(0).Topic);
            Assert.AreEqual("2", TelemetryFixtures.Text(o.At(1).Payload));
            Assert.AreEqual(1, (int)o.Counters.Coalesced);
            AssertAccounting(o);
        }

        [TestMethod]
        public void Enqueue_HistoryAndEvents_KeepEveryEntryInOrder()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            for (int i = 0; i < 5; i++) o.Enqueue(M("s", i.ToString(), MessageKind.History, i), i);
            for (int i = 0; i < 5; i++)
            {
                OutboundMessage m = o.TakeNext(10);
                Assert.AreEqual(i.ToString(), TelemetryFixtures.Text(m.Payload));
                o.OnDelivered(m, 10);
            }

            Assert.AreEqual(0, (int)o.Counters.Coalesced);
            AssertAccounting(o);
        }

        [TestMethod]
        public void Enqueue_InFlightState_IsNotCoalesced()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            o.Enqueue(M("s", "1", MessageKind.State, 0), 0);
            OutboundMessage first = o.TakeNext(0);
            o.Enqueue(M("s", "2", MessageKind.State, 1), 1);
            Assert.AreEqual(2, o.Count);
            o.OnDelivered(first, 2);
            Assert.AreEqual("2", TelemetryFixtures.Text(o.TakeNext(2).Payload));
        }

        [TestMethod]
        public void Enqueue_CountBound_DropsOldestHistoryFirstThenOthersNeverIncomingState()
        {
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.MaxMessages = 3;
            Outbox o = new Outbox(c, null, null);
            o.Enqueue(M("e", "e1", MessageKind.Event, 0), 0);
            o.Enqueue(M("h", "h1", MessageKind.History, 1), 1);
            o.Enqueue(M("h", "h2", MessageKind.History, 2), 2);
            o.Enqueue(M("s", "s1", MessageKind.State, 3), 3);
            Assert.AreEqual(3, o.Count);
            Assert.AreEqual("e1", TelemetryFixtures.Text(o.At(0).Payload));
            Assert.AreEqual("h2", TelemetryFixtures.Text(o.At(1).Payload));
            o.Enqueue(M("s2", "s2", MessageKind.State, 4), 4); // drops h2
            o.Enqueue(M("s3", "s3", MessageKind.State, 5), 5); // no history left: drops e1
            Assert.AreEqual("s1", TelemetryFixtures.Text(o.At(0).Payload));
            Assert.AreEqual("s3", TelemetryFixtures.Text(o.At(2).Payload));
            Assert.AreEqual(3, (int)o.Counters.DroppedFull);
            Assert.AreEqual(3, o.Counters.HighWaterCount);
            AssertAccounting(o);
        }

        [TestMethod]
        public void Enqueue_ByteBound_IsNeverExceeded()
        {
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.MaxBytes = 1024;
            Outbox o = new Outbox(c, null, null);
            string payload = new string('x', 99); // 1 topic byte + 99 = 100 bytes each
            for (int i = 0; i < 50; i++)
            {
                o.Enqueue(M("h", payload, MessageKind.History, i), i);
                Assert.IsTrue(o.Bytes <= 1024);
            }

            Assert.AreEqual(10, o.Count);
            Assert.AreEqual(40, (int)o.Counters.DroppedFull);
            Assert.IsFalse(o.Enqueue(M("h", new string('y', 1024), MessageKind.Event, 60), 60));
            Assert.AreEqual(41, (int)o.Counters.DroppedFull);
            AssertAccounting(o);
        }

        [TestMethod]
        public void Enqueue_OnlyInFlightHeld_DropsIncoming()
        {
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.MaxMessages = 2;
            Outbox o = new Outbox(c, null, null);
            o.Enqueue(M("a", "1", MessageKind.Event, 0), 0);
            o.Enqueue(M("b", "2", MessageKind.Event, 0), 0);
            o.TakeNext(0);
            o.TakeNext(0);
            Assert.IsFalse(o.Enqueue(M("c", "3", MessageKind.State, 1), 1));
            Assert.AreEqual(2, o.InFlight);
            Assert.AreEqual(1, (int)o.Counters.DroppedFull);
            AssertAccounting(o);
        }

        [TestMethod]
        public void PeekReady_OlderThanMaxAge_ExpiresAndCounts()
        {
            OutboxConfig c = TelemetryFixtures.Roomy();
            c.MaxAgeMs = 10000;
            Outbox o = new Outbox(c, null, null);
            o.Enqueue(M("a", "1", MessageKind.Event, 0), 0);
            o.Enqueue(M("b", "2", MessageKind.Event, 5000), 5000);
            Assert.AreEqual("a", o.PeekReady(10000).Topic);
            Assert.AreEqual("b", o.PeekReady(10001).Topic);
            Assert.AreEqual(1, (int)o.Counters.DroppedAge);
            Assert.IsNull(o.PeekReady(15001));
            Assert.AreEqual(2, (int)o.Counters.DroppedAge);
            AssertAccounting(o);
        }

        [TestMethod]
        public void TakeNext_AfterLongOutage_IsPacedByTokenBucket()
        {
            OutboxConfig c = new OutboxConfig();
            c.FlushBurst = 5;
            c.FlushPerSecond = 10;
            Outbox o = new Outbox(c, null, null);
            for (int i = 0; i < 100; i++) o.Enqueue(M("h", i.ToString(), MessageKind.History, 0), 0);
            int taken = 0;
            while (o.TakeNext(0) != null) taken++;
            Assert.AreEqual(5, taken); // the burst
            Assert.AreEqual(100L, o.MsUntilReady(0));
            Assert.IsNull(o.TakeNext(99));
            Assert.IsNotNull(o.TakeNext(100));
            taken++;
            for (long t = 101; t <= 1100; t++)
            {
                while (o.TakeNext(t) != null) taken++;
            }

            Assert.AreEqual(16, taken); // burst 5, then 10 per second
        }

        [TestMethod]
        public void OnReturned_HandBacks_ReturnToTheirPlaceInOrder()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            for (int i = 0; i < 4; i++) o.Enqueue(M("h", i.ToString(), MessageKind.History, i), i);
            OutboundMessage a = o.TakeNext(10);
            OutboundMessage b = o.TakeNext(10);
            OutboundMessage c = o.TakeNext(10);
            o.Enqueue(M("h", "4", MessageKind.History, 11), 11);
            o.OnDelivered(b, 12);
            o.OnReturned(a, 12);
            o.OnReturned(c, 12);
            string order = "";
            OutboundMessage m = o.TakeNext(13);
            while (m != null)
            {
                order += TelemetryFixtures.Text(m.Payload);
                o.OnDelivered(m, 13);
                m = o.TakeNext(13);
            }

            Assert.AreEqual("0234", order);
            Assert.AreEqual(2, a.Attempts);
            Assert.AreEqual(2, (int)o.Counters.Returned);
            AssertAccounting(o);
        }

        [TestMethod]
        public void OnReturned_StateSupersededWhileInFlight_IsCoalesced()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            o.Enqueue(M("s", "old", MessageKind.State, 0), 0);
            OutboundMessage old = o.TakeNext(0);
            o.Enqueue(M("s", "new", MessageKind.State, 1), 1);
            o.OnReturned(old, 2);
            Assert.AreEqual(1, o.Count);
            Assert.AreEqual("new", TelemetryFixtures.Text(o.At(0).Payload));
            Assert.AreEqual(1, (int)o.Counters.Coalesced);
            AssertAccounting(o);
        }

        [TestMethod]
        public void OnDelivered_UnknownMessage_IsIgnoredAndCounted()
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            o.OnDelivered(M("x", "1", MessageKind.Event, 0), 0);
            o.OnReturned(M("x", "1", MessageKind.Event, 0), 0);
            Assert.AreEqual(2, (int)o.Counters.UnknownReports);
            AssertAccounting(o);
        }
    }
}
