#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Meter
{
    [TestClass]
    public class MeterHealth_Silence_Tests
    {
        private static void Contains(string text, string part)
        {
            Assert.IsTrue(text != null && text.IndexOf(part) >= 0, "expected '" + part + "' in: " + text);
        }

        private sealed class Rig
        {
            public readonly RecordingLog Log = new RecordingLog();
            public readonly MeterConfig Config = new MeterConfig();
            public readonly MeterReader Reader;
            public readonly MeterHealth Health;
            private readonly RecordingReadingSink _sink = new RecordingReadingSink();

            public Rig()
            {
                Reader = new MeterReader(Config, _sink, Log);
                Health = new MeterHealth(Config, Reader, Log);
            }

            public void Push(string text, long nowMs)
            {
                byte[] b = MeterTestBytes.Of(text);
                Reader.Push(b, 0, b.Length, nowMs);
            }

            // One valid telegram every intervalMs from fromMs up to (not including) toMs, ticking every 100 ms.
            public int Run(long fromMs, long toMs, long intervalMs, string telegram)
            {
                int changes = 0;
                for (long t = fromMs; t < toMs; t += 100)
                {
                    if (telegram != null && (t - fromMs) % intervalMs == 0) Push(telegram, t);
                    if (Health.Tick(t)) changes++;
                }

                return changes;
            }
        }

        private static string Bad(string telegram)
        {
            // Same length, one digit changed: the CRC no longer matches.
            int i = telegram.IndexOf("1-0:1.8.1(");
            char[] c = telegram.ToCharArray();
            c[i + 12] = c[i + 12] == '1' ? '2' : '1';
            return new string(c);
        }

        [TestMethod]
        public void Tick_TelegramsEverySecond_OnlineAndIntervalLearnt()
        {
            Rig r = new Rig();
            Assert.AreEqual(1, r.Run(0, 20000, 1000, GoldenTelegrams.Dsmr50SinglePhase));
            Assert.IsTrue(r.Health.IsOnline);
            Assert.AreEqual(1000L, r.Health.IntervalMs);
            Assert.AreEqual((long)MeterHealth.MinTimeoutMs, r.Health.TimeoutMs);
            Assert.AreEqual(0, r.Health.Silences);
        }

        [TestMethod]
        public void Tick_StreamStops_SilentAfterTimeoutWithNoBytesCause()
        {
            Rig r = new Rig();
            r.Run(0, 10000, 1000, GoldenTelegrams.Dsmr50SinglePhase);
            Assert.AreEqual(0, r.Run(10000, 18900, 1000, null), "not yet: the timeout is 10 s after the last telegram at 9 s");
            Assert.AreEqual(1, r.Run(18900, 30000, 1000, null));
            Assert.IsFalse(r.Health.IsOnline);
            Assert.AreEqual(1, r.Health.Silences);
            Contains(r.Health.LastCause, "no bytes at all");
            Assert.AreEqual(1, r.Log.CountContaining("meter silent: no valid telegram for 10 s: no bytes at all"));
        }

        [TestMethod]
        public void Tick_CrcFailuresOnly_CauseNamesCrc()
        {
            Rig r = new Rig();
            r.Run(0, 5000, 1000, GoldenTelegrams.Dsmr50SinglePhase);
            r.Run(5000, 20000, 1000, Bad(GoldenTelegrams.Dsmr50SinglePhase));
            Assert.IsFalse(r.Health.IsOnline);
            Contains(r.Health.LastCause, "failed their CRC");
        }

        [TestMethod]
        public void Tick_GarbageOnly_CauseNamesBytesWithoutFrame()
        {
            Rig r = new Rig();
            r.Run(0, 40000, 1000, "\u00ff\u00fe garbage at the wrong speed \r\n");
            Assert.IsFalse(r.Health.IsOnline);
            Assert.IsTrue(r.Health.Known);
            Contains(r.Health.LastCause, "but no valid frame");
            Assert.AreEqual(1, r.Log.CountContaining("meter silent: no valid telegram for 30 s"));
        }

        [TestMethod]
        public void Tick_StreamResumes_OnlineAgainAndRecoveryLogged()
        {
            Rig r = new Rig();
            r.Run(0, 5000, 1000, GoldenTelegrams.Dsmr50SinglePhase);
            r.Run(5000, 20000, 1000, null);
            Assert.AreEqual(1, r.Run(20000, 25000, 1000, GoldenTelegrams.Dsmr50SinglePhase));
            Assert.IsTrue(r.Health.IsOnline);
            Assert.AreEqual(1, r.Log.CountContaining("meter back: valid telegram after"));
            Assert.AreEqual(1, r.Health.Silences);
        }

        [TestMethod]
        public void Tick_ConfiguredTimeout_Wins()
        {
            Rig r = new Rig();
            r.Config.SilenceTimeoutMs = 3000;
            r.Run(0, 2000, 1000, GoldenTelegrams.Dsmr50SinglePhase);
            r.Run(2000, 4000, 1000, null);
            Assert.IsTrue(r.Health.IsOnline);
            r.Run(4000, 4200, 1000, null);
            Assert.IsFalse(r.Health.IsOnline);
            Assert.AreEqual(3000L, r.Health.TimeoutMs);
        }

        [TestMethod]
        public void Validate_SilenceTimeout_RejectsTooShort()
        {
            MeterConfig c = new MeterConfig();
            c.SilenceTimeoutMs = 500;
            Assert.IsNotNull(c.Validate());
            c.SilenceTimeoutMs = 0;
            Assert.IsNull(c.Validate());
        }
    }
}
