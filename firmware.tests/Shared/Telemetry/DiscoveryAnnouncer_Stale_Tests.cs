#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Telemetry;
using NodeMqtt.Tests.Fakes;
using NodeMqtt.Tests.Telemetry.Fakes;

namespace NodeMqtt.Tests.Telemetry
{
    [TestClass]
    public class DiscoveryAnnouncer_Stale_Tests
    {
        private const string GasConfig = "homeassistant/sensor/meter1/gas_delivered_m3/config";
        private const string EnergyConfig = "homeassistant/sensor/meter1/energy_delivered_tariff1_kwh/config";

        // A boot: a new publisher on the same store, online, then readings.
        private static Outbox Boot(MemoryStore store, bool withGas, int readings)
        {
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            TelemetryPublisher p = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
            p.RememberIn(store);
            p.OnOnline(0);
            for (int i = 0; i < readings; i++)
            {
                Reading r = TelemetryFixtures.Basic(0.1 * i);
                if (withGas) r.Add(TelemetryFixtures.Gas, 12.5, null, 0);
                p.OnReading(r, 1000 + i * 1000);
            }

            return o;
        }

        private static int IndexOf(Outbox o, string topic)
        {
            for (int i = 0; i < o.Count; i++)
            {
                if (o.At(i).Topic == topic) return i;
            }

            return -1;
        }

        [TestMethod]
        public void Reboot_MeterWithoutGas_ClearsGasConfigWithEmptyRetained()
        {
            MemoryStore store = new MemoryStore();
            Outbox first = Boot(store, true, 3);
            Assert.IsNotNull(TelemetryFixtures.Find(first, GasConfig));
            Assert.IsTrue(store.Blobs.Contains(AnnouncedSet.BlobName));

            Outbox second = Boot(store, false, 3);
            int i = IndexOf(second, GasConfig);
            Assert.IsTrue(i >= 0, "the gas config is cleared");
            Assert.AreEqual(0, second.At(i).Payload.Length);
            Assert.IsTrue(second.At(i).Retain);
            Assert.IsTrue(TelemetryFixtures.Find(second, EnergyConfig).Length > 0, "fields still sent keep their config");
            Assert.IsTrue(TelemetryFixtures.Find(second, "homeassistant/sensor/meter1/link_state/config").Length > 0);
            Assert.IsFalse(new AnnouncedSet(store).Contains("sensor/gas_delivered_m3"), "forgotten once cleared");
        }

        [TestMethod]
        public void Reboot_FewerReadingsThanSweep_ClearsNothingYet()
        {
            MemoryStore store = new MemoryStore();
            Boot(store, true, 3);
            Outbox second = Boot(store, false, TelemetryPublisher.StaleSweepAfterReadings - 1);
            Assert.AreEqual(-1, IndexOf(second, GasConfig));
        }

        [TestMethod]
        public void FirstReading_ManyNewFields_RememberedSetWrittenOnce()
        {
            MemoryStore store = new MemoryStore();
            Outbox o = new Outbox(TelemetryFixtures.Roomy(), null, null);
            TelemetryConfig c = TelemetryFixtures.Config("homeassistant");
            TelemetryPublisher p = new TelemetryPublisher(c, TopicProfile.Create(c, "meter1"), o, "1.2.3");
            p.RememberIn(store);
            p.OnOnline(0); // online before the first reading: the fields are announced as the reading brings them
            int writes = store.Writes;
            Reading r = TelemetryFixtures.Basic(0.1);
            r.Add(TelemetryFixtures.Gas, 12.5, null, 0);
            p.OnReading(r, 1000);
            Assert.IsNotNull(TelemetryFixtures.Find(o, GasConfig));
            Assert.IsNotNull(TelemetryFixtures.Find(o, EnergyConfig));
            Assert.AreEqual(writes + 1, store.Writes, "one flash write for the whole reading, not one per field");
        }

        [TestMethod]
        public void Reboot_SameMeter_ClearsNothingAndWritesNoFlash()
        {
            MemoryStore store = new MemoryStore();
            Boot(store, true, 3);
            int writes = store.Writes;
            Outbox second = Boot(store, true, 5);
            for (int i = 0; i < second.Count; i++) Assert.IsTrue(second.At(i).Payload.Length > 0, second.At(i).Topic);
            Assert.AreEqual(writes, store.Writes);
        }

        [TestMethod]
        public void AnnouncedSet_DamagedLine_IsSkipped()
        {
            MemoryStore store = new MemoryStore();
            byte[] blob = TelemetryFixtures.Bytes("sensor/power_delivered_kw\nsensor/bad\u00e9line\n\nbutton/reboot\n");
            store.Write(AnnouncedSet.BlobName, blob, blob.Length);
            AnnouncedSet s = new AnnouncedSet(store);
            Assert.AreEqual(2, s.Count);
            Assert.IsTrue(s.Contains("button/reboot"));
        }
    }
}
