#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Supervision;

namespace NodeMqtt.Tests.Supervision
{
    // Backoff schedules (ARCHITECTURE.md "Backoff"; S04, S06, S13, S22). Many seeds, bounds and spread.
    [TestClass]
    public class BackoffPolicy_Jitter_Tests
    {
        [TestMethod]
        public void Exponential_ManySeeds_StaysWithinFloorAndBound()
        {
            SupervisorConfig c = new SupervisorConfig();
            for (uint seed = 1; seed <= 200; seed++)
            {
                BackoffPolicy b = new BackoffPolicy(c, new Prng(seed));
                for (int n = 0; n < 12; n++)
                {
                    int bound = BackoffPolicy.Bound(c.BackoffBaseMs, c.BackoffCapMs, n);
                    int d = b.Exponential(false);
                    Assert.IsTrue(d >= c.BackoffFloorMs && d <= bound, "n=" + n + " d=" + d + " seed " + seed);
                }
            }
        }

        [TestMethod]
        public void Exponential_ManySeeds_JitterSpreadsOverTheRange()
        {
            SupervisorConfig c = new SupervisorConfig();
            // Fifth draw: bound 16 s. Full jitter should fill all four quarters of [floor, 16 s].
            int[] quarters = new int[4];
            for (uint seed = 1; seed <= 400; seed++)
            {
                BackoffPolicy b = new BackoffPolicy(c, new Prng(seed));
                int d = 0;
                for (int n = 0; n < 5; n++) d = b.Exponential(false);
                int q = d * 4 / 16001;
                quarters[q]++;
            }

            for (int q = 0; q < 4; q++)
            {
                Assert.IsTrue(quarters[q] > 60, "quarter " + q + " got " + quarters[q] + " of 400");
            }
        }

        [TestMethod]
        public void Exponential_LongStreak_IsCapped()
        {
            SupervisorConfig c = new SupervisorConfig();
            BackoffPolicy b = new BackoffPolicy(c, new Prng(9));
            int max = 0;
            for (int n = 0; n < 200; n++)
            {
                int d = b.Exponential(false);
                if (d > max) max = d;
            }

            Assert.IsTrue(max <= c.BackoffCapMs);
            Assert.IsTrue(max > c.BackoffCapMs / 2, "reaches the cap region");
            Assert.AreEqual(c.BackoffCapMs, BackoffPolicy.Bound(c.BackoffBaseMs, c.BackoffCapMs, 62));
        }

        [TestMethod]
        public void Reset_AfterStreak_StartsFromBaseAgain()
        {
            SupervisorConfig c = new SupervisorConfig();
            BackoffPolicy b = new BackoffPolicy(c, new Prng(4));
            for (int n = 0; n < 8; n++) b.Exponential(false);
            b.Reset();
            Assert.AreEqual(0, b.Streak);
            Assert.IsTrue(b.Exponential(false) <= c.BackoffBaseMs);
        }

        [TestMethod]
        public void BrokerAbsent_WithinShortWindow_RetriesWithinRefusedMax()
        {
            SupervisorConfig c = new SupervisorConfig();
            for (uint seed = 1; seed <= 50; seed++)
            {
                BackoffPolicy b = new BackoffPolicy(c, new Prng(seed));
                long t = 0;
                while (t < c.RefusedShortWindowMs - c.RefusedRetryMaxMs)
                {
                    int d = b.BrokerAbsent(t);
                    Assert.IsTrue(d >= c.BackoffFloorMs && d <= c.RefusedRetryMaxMs, "d=" + d + " seed " + seed);
                    t += d;
                }

                Assert.AreEqual(0, b.Streak, "short schedule does not grow the exponential streak");
            }
        }

        [TestMethod]
        public void BrokerAbsent_AfterShortWindow_GrowsExponentially()
        {
            SupervisorConfig c = new SupervisorConfig();
            BackoffPolicy b = new BackoffPolicy(c, new Prng(11));
            b.BrokerAbsent(0);
            int max = 0;
            long t = c.RefusedShortWindowMs;
            for (int i = 0; i < 10; i++)
            {
                int d = b.BrokerAbsent(t);
                t += d;
                if (d > max) max = d;
            }

            Assert.AreEqual(10, b.Streak);
            Assert.IsTrue(max > c.RefusedRetryMaxMs, "max " + max);
        }

        [TestMethod]
        public void NotAuthorized_ManySeeds_NeverBelowAuthBackoff()
        {
            SupervisorConfig c = new SupervisorConfig();
            for (uint seed = 1; seed <= 100; seed++)
            {
                BackoffPolicy b = new BackoffPolicy(c, new Prng(seed));
                for (int n = 0; n < 10; n++)
                {
                    int d = b.NotAuthorized();
                    Assert.IsTrue(d >= c.AuthBackoffMs, "d=" + d + " seed " + seed);
                    Assert.IsTrue(d <= c.AuthBackoffCapMs + c.AuthBackoffCapMs / 2, "d=" + d + " seed " + seed);
                }
            }
        }

        [TestMethod]
        public void Takeover_ManySeeds_BetweenOneAndOneAndAHalfTimesTakeoverBackoff()
        {
            SupervisorConfig c = new SupervisorConfig();
            int low = int.MaxValue, high = 0;
            for (uint seed = 1; seed <= 200; seed++)
            {
                int d = new BackoffPolicy(c, new Prng(seed)).Takeover();
                if (d < low) low = d;
                if (d > high) high = d;
            }

            Assert.IsTrue(low >= c.TakeoverBackoffMs && high <= c.TakeoverBackoffMs * 3 / 2);
            Assert.IsTrue(high - low > c.TakeoverBackoffMs / 4, "jitter spreads");
        }

        [TestMethod]
        public void Prng_SameSeed_SameSequence()
        {
            Prng a = new Prng(42);
            Prng b = new Prng(42);
            for (int i = 0; i < 100; i++) Assert.AreEqual(a.NextUInt(), b.NextUInt());
            Assert.AreEqual(0, new Prng(0).NextInt(1));
        }
    }
}
