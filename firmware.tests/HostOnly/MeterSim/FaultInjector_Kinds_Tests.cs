using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Faults;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks that each fault kind does what its name says, and that the feed counts it.</summary>
[TestClass]
public sealed class FaultInjector_Kinds_Tests
{
    private static byte[] Telegram(long offsetMs = 0)
    {
        return new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50)).NextTelegram(SimTelegrams.WinterNoonUtcMs + offsetMs);
    }

    [TestMethod]
    public void CorruptCrc_AnySeed_SameLengthOneBitDifferentCrcFails()
    {
        for (ulong seed = 1; seed <= 200; seed++)
        {
            byte[] good = Telegram();
            byte[] bad = new FaultInjector(FaultKinds.Crc, 1, seed).CorruptCrc(good);

            Assert.AreEqual(good.Length, bad.Length, "seed " + seed);
            int diffs = 0;
            for (int i = 0; i < good.Length; i++)
            {
                if (good[i] != bad[i])
                {
                    diffs++;
                    Assert.AreEqual(1, System.Numerics.BitOperations.PopCount((uint)(good[i] ^ bad[i])), "one bit, seed " + seed);
                    Assert.IsTrue(bad[i] >= 0x20 && bad[i] < 0x7F && bad[i] != '/' && bad[i] != '!', "printable, no frame marker, seed " + seed);
                }
            }

            Assert.AreEqual(1, diffs, "seed " + seed);
            Assert.IsFalse(SimTelegrams.CrcMatches(bad), "CRC must not match, seed " + seed);
        }
    }

    [TestMethod]
    public void DropBytes_AnySeed_OneToThreeBytesFewerAndCrcFails()
    {
        for (ulong seed = 1; seed <= 200; seed++)
        {
            byte[] good = Telegram();
            byte[] bad = new FaultInjector(FaultKinds.Drop, 1, seed).DropBytes(good);

            int lost = good.Length - bad.Length;
            Assert.IsTrue(lost >= 1 && lost <= 3, "seed " + seed + " lost " + lost);
            Assert.AreEqual((byte)'/', bad[0]);
            Assert.IsFalse(SimTelegrams.CrcMatches(bad), "seed " + seed);
        }
    }

    [TestMethod]
    public void Truncate_AnySeed_PrefixWithoutEndMarker()
    {
        for (ulong seed = 1; seed <= 200; seed++)
        {
            byte[] good = Telegram();
            byte[] bad = new FaultInjector(FaultKinds.Truncate, 1, seed).Truncate(good);

            Assert.IsTrue(bad.Length < good.Length && bad.Length > 20, "seed " + seed);
            CollectionAssert.AreEqual(good.AsSpan(0, bad.Length).ToArray(), bad);
            Assert.AreEqual(-1, Array.IndexOf(bad, (byte)'!'), "no end marker, seed " + seed);
        }
    }

    [TestMethod]
    public void Garbage_AnySeed_NeverContainsStartMarker()
    {
        var injector = new FaultInjector(FaultKinds.Garbage, 1, 5);
        for (int i = 0; i < 500; i++)
        {
            byte[] g = injector.Garbage();
            Assert.IsTrue(g.Length >= 1 && g.Length <= 64);
            Assert.AreEqual(-1, Array.IndexOf(g, (byte)'/'));
        }
    }

    [TestMethod]
    public void Glue_BothVariants_SecondFollowsWithoutSeparation()
    {
        bool sawClosed = false, sawUnclosed = false;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            byte[] first = Telegram(), second = Telegram(1000);
            byte[] glued = new FaultInjector(FaultKinds.Glue, 1, seed).Glue(first, second, out bool unclosed);
            string text = SimTelegrams.Ascii(glued);
            int secondStart = text.IndexOf('/', 1);

            StringAssert.EndsWith(text, SimTelegrams.Ascii(second));
            if (unclosed)
            {
                sawUnclosed = true;
                Assert.AreEqual(-1, text.Substring(0, secondStart).IndexOf('!'), "first lost its end");
                Assert.AreEqual('\n', text[secondStart - 1], "second starts right after a data line");
            }
            else
            {
                sawClosed = true;
                string firstText = SimTelegrams.Ascii(first);
                Assert.AreEqual(firstText.Substring(0, firstText.Length - 2), text.Substring(0, secondStart), "first complete up to its CRC, no CRLF");
            }
        }

        Assert.IsTrue(sawClosed && sawUnclosed, "both glue variants occur");
    }

    [TestMethod]
    public void Feed_Oversize_ValidTelegramOver2048Bytes()
    {
        var feed = new TelegramFeed(new SimOptions { Version = DsmrVersion.Dsmr50, StartUtcMs = SimTelegrams.WinterNoonUtcMs, Faults = FaultKinds.Oversize, FaultRate = 1 });

        byte[] t = feed.Next(SimTelegrams.WinterNoonUtcMs);

        Assert.IsTrue(t.Length > 2048, "length " + t.Length);
        Assert.IsTrue(SimTelegrams.CrcMatches(t));
        Assert.AreEqual(1, feed.Counts.Oversize);
        Assert.IsTrue(feed.Next(SimTelegrams.WinterNoonUtcMs + 1000).Length > 2048);
        Assert.AreEqual("", feed.Simulator.TextMessage, "the normal text message is restored");
    }

    [TestMethod]
    public void Feed_Glue_NextTickEmptyAndTelegramsCountedOnce()
    {
        var feed = new TelegramFeed(new SimOptions { Version = DsmrVersion.Dsmr50, StartUtcMs = SimTelegrams.WinterNoonUtcMs, Faults = FaultKinds.Glue, FaultRate = 1 });

        byte[] pair = feed.Next(SimTelegrams.WinterNoonUtcMs, SimTelegrams.WinterNoonUtcMs + 1000);
        byte[] nothing = feed.Next(SimTelegrams.WinterNoonUtcMs + 1000, SimTelegrams.WinterNoonUtcMs + 2000);
        byte[] last = feed.Next(SimTelegrams.WinterNoonUtcMs + 2000);

        Assert.AreEqual(2, SimTelegrams.Ascii(pair).Split('/').Length - 1, "two telegrams in one burst");
        Assert.AreEqual(0, nothing.Length);
        Assert.AreEqual(FaultKinds.None, feed.LastFault, "no next tick: no glue");
        Assert.IsTrue(SimTelegrams.CrcMatches(last));
        Assert.AreEqual(3, feed.Counts.Telegrams);
        Assert.AreEqual(1, feed.Counts.Glue);
    }

    [TestMethod]
    public void Feed_Dsmr22_NeverInjectsCrcFault()
    {
        var feed = new TelegramFeed(new SimOptions { Version = DsmrVersion.Dsmr22, StartUtcMs = SimTelegrams.WinterNoonUtcMs, Faults = FaultKinds.Crc, FaultRate = 1 });
        for (int i = 0; i < 20; i++) feed.Next(SimTelegrams.WinterNoonUtcMs + i * 10_000L);

        Assert.AreEqual(0, feed.Counts.Crc);
        Assert.AreEqual(20, feed.Counts.Telegrams);
    }

    [TestMethod]
    public void Feed_RateTwentyPercent_RoughlyOneInFiveAndEveryKindSeen()
    {
        var feed = new TelegramFeed(new SimOptions { Version = DsmrVersion.Dsmr50, StartUtcMs = SimTelegrams.WinterNoonUtcMs, Faults = FaultKinds.All, FaultRate = 0.2, Seed = 9 });
        for (int i = 0; i < 2000; i++) feed.Next(SimTelegrams.WinterNoonUtcMs + i * 1000L, SimTelegrams.WinterNoonUtcMs + (i + 1) * 1000L);

        FaultCounts c = feed.Counts;
        Assert.IsTrue(c.Faults > 300 && c.Faults < 500, c.Summary());
        Assert.IsTrue(c.Crc > 0 && c.Drop > 0 && c.Truncate > 0 && c.Glue > 0 && c.Garbage > 0 && c.Oversize > 0, c.Summary());
    }

    [TestMethod]
    public void FaultNames_Parse_ListsAndBadName()
    {
        Assert.AreEqual(FaultKinds.Crc | FaultKinds.Glue, FaultNames.Parse("crc+glue", '+'));
        Assert.AreEqual(FaultKinds.All, FaultNames.Parse("all", ','));
        var e = Assert.ThrowsExactly<ArgumentException>(() => FaultNames.Parse("crc,bogus", ','));
        StringAssert.Contains(e.Message, "bogus");
    }
}
