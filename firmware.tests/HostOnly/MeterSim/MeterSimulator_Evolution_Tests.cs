using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.Tests.HostOnly.MeterSim;

/// <summary>Checks that values evolve like a household's: growing counters, a daily shape, reproducible from the seed.</summary>
[TestClass]
public sealed class MeterSimulator_Evolution_Tests
{
    private static readonly string[] Registers = { "1-0:1.8.1", "1-0:1.8.2", "1-0:2.8.1", "1-0:2.8.2" };

    [TestMethod]
    [DataRow(DsmrVersion.Dsmr22, 10_000)]
    [DataRow(DsmrVersion.Dsmr42, 10_000)]
    [DataRow(DsmrVersion.Dsmr50, 1_000)]
    [DataRow(DsmrVersion.EMucs, 1_000)]
    [DataRow(DsmrVersion.Dsmr50, 97_000)]
    public void NextTelegram_Over1000Telegrams_CountersNeverDecrease(DsmrVersion version, int stepMs)
    {
        const ulong seed = 7;
        var sim = new MeterSimulator(SimTelegrams.Options(version, seed: seed, startUtcMs: SimTelegrams.WeekdayMidnightUtcMs));
        double[] previous = new double[5];
        double delivered0 = double.NaN;
        for (int i = 0; i < 1000; i++)
        {
            string text = sim.NextTelegramText(SimTelegrams.WeekdayMidnightUtcMs + (long)i * stepMs);
            for (int r = 0; r < Registers.Length; r++)
            {
                double v = SimTelegrams.Number(text, Registers[r]);
                Assert.IsFalse(double.IsNaN(v), Registers[r] + " missing, seed " + seed);
                Assert.IsTrue(v >= previous[r], Registers[r] + " went back at telegram " + i + " (seed " + seed + "): " + previous[r] + " -> " + v);
                previous[r] = v;
            }

            double gas = version == DsmrVersion.Dsmr22 ? GasOnNextLine(text) : SimTelegrams.Number(text, version == DsmrVersion.EMucs ? "0-1:24.2.3" : "0-1:24.2.1");
            Assert.IsTrue(gas >= previous[4], "gas went back at telegram " + i + " (seed " + seed + ")");
            previous[4] = gas;
            if (i == 0) delivered0 = SimTelegrams.Number(text, "1-0:1.8.1") + SimTelegrams.Number(text, "1-0:1.8.2");
        }

        double delivered = previous[0] + previous[1];
        Assert.IsTrue(delivered > delivered0, "energy was delivered over the run (seed " + seed + ")");
    }

    [TestMethod]
    public void Household_EnergyIntegratesPower_WithinTwoPercent()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50, startUtcMs: SimTelegrams.WeekdayMidnightUtcMs));
        sim.NextTelegram(SimTelegrams.WeekdayMidnightUtcMs);
        double before = sim.Household.TotalDeliveredWh;
        double integral = 0;
        for (int s = 1; s <= 3600; s++)
        {
            sim.NextTelegram(SimTelegrams.WeekdayMidnightUtcMs + s * 1000L);
            integral += sim.Household.DeliveredW / 3600.0;
        }

        double counted = sim.Household.TotalDeliveredWh - before;
        Assert.AreEqual(integral, counted, integral * 0.02, "one night hour: energy registers integrate the reported power");
    }

    [TestMethod]
    [DataRow(1UL)]
    [DataRow(2UL)]
    [DataRow(3UL)]
    public void DeliveredPower_NightVersusEvening_EveningIsHigher(ulong seed)
    {
        // Wednesday 25 Nov 2026: 03:00-04:00 local (02:00 UTC) versus 18:30-19:30 local (17:30 UTC), averaged per minute.
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50, seed: seed, startUtcMs: SimTelegrams.WeekdayMidnightUtcMs));
        double night = MeanKw(sim, SimTelegrams.WeekdayMidnightUtcMs + 2 * 3_600_000L);
        double evening = MeanKw(sim, SimTelegrams.WeekdayMidnightUtcMs + 17 * 3_600_000L + 1_800_000L);

        Assert.IsTrue(night < 0.5, "night base load is small, seed " + seed + ": " + night);
        Assert.IsTrue(evening > 2 * night, "evening peak above night, seed " + seed + ": night " + night + " evening " + evening);
    }

    [TestMethod]
    public void ReturnedPower_SummerMidday_SolarReturnsPower()
    {
        long juneNoonUtc = DateTimeOffset.Parse("2026-06-17T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50, startUtcMs: juneNoonUtc - 3_600_000L));
        double returned = 0;
        for (int m = 0; m < 60; m++)
        {
            returned += SimTelegrams.Number(sim.NextTelegramText(juneNoonUtc + m * 60_000L), "1-0:2.7.0");
        }

        Assert.IsTrue(returned / 60 > 0.3, "June midday returns power on average: " + returned / 60 + " kW");
    }

    [TestMethod]
    public void Voltage_AllTelegrams_NearNominalAndCurrentIsPowerOverVoltage()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.EMucs, startUtcMs: SimTelegrams.WeekdayMidnightUtcMs));
        for (int i = 0; i < 500; i++)
        {
            string text = sim.NextTelegramText(SimTelegrams.WeekdayMidnightUtcMs + i * 60_000L);
            double v = SimTelegrams.Number(text, "1-0:32.7.0");
            double pIn = SimTelegrams.Number(text, "1-0:21.7.0"), pOut = SimTelegrams.Number(text, "1-0:22.7.0");
            double amps = SimTelegrams.Number(text, "1-0:31.7.0");
            Assert.IsTrue(v > 220 && v < 240, "voltage " + v);
            Assert.AreEqual((pIn + pOut) * 1000 / v, amps, 0.02, "I = P / V in telegram " + i);
        }
    }

    [TestMethod]
    public void Tariff_NightWeekdayAndWeekend_LowTariffOneElseTwo()
    {
        var sim = new MeterSimulator(SimTelegrams.Options(DsmrVersion.Dsmr50, startUtcMs: SimTelegrams.WeekdayMidnightUtcMs));

        Assert.AreEqual("0001", SimTelegrams.Value(sim.NextTelegramText(SimTelegrams.WeekdayMidnightUtcMs + 3 * 3_600_000L), "0-0:96.14.0"), "Wednesday 04:00");
        Assert.AreEqual("0002", SimTelegrams.Value(sim.NextTelegramText(SimTelegrams.WeekdayMidnightUtcMs + 10 * 3_600_000L), "0-0:96.14.0"), "Wednesday 11:00");
        Assert.AreEqual("0001", SimTelegrams.Value(sim.NextTelegramText(SimTelegrams.WeekdayMidnightUtcMs + 3 * 86_400_000L + 10 * 3_600_000L), "0-0:96.14.0"), "Saturday 11:00");
    }

    [TestMethod]
    [DataRow(DsmrVersion.Dsmr22)]
    [DataRow(DsmrVersion.Dsmr42)]
    [DataRow(DsmrVersion.Dsmr50)]
    [DataRow(DsmrVersion.EMucs)]
    public void NextTelegram_SameSeedSameClock_SameBytes(DsmrVersion version)
    {
        var a = new TelegramFeed(WithFaults(SimTelegrams.Options(version, seed: 42)));
        var b = new TelegramFeed(WithFaults(SimTelegrams.Options(version, seed: 42)));
        var c = new TelegramFeed(WithFaults(SimTelegrams.Options(version, seed: 43)));
        bool differs = false;
        for (int i = 0; i < 300; i++)
        {
            long now = SimTelegrams.WinterNoonUtcMs + i * 1000L;
            byte[] x = a.Next(now, now + 1000), y = b.Next(now, now + 1000), z = c.Next(now, now + 1000);
            CollectionAssert.AreEqual(x, y, "tick " + i + " differs for seed 42");
            differs |= !x.AsSpan().SequenceEqual(z);
        }

        Assert.IsTrue(differs, "another seed gives another household");
        Assert.AreEqual(a.Counts.Summary(), b.Counts.Summary());
    }

    private static SimOptions WithFaults(SimOptions o)
    {
        o.Faults = NodeMqtt.MeterSim.Faults.FaultKinds.All;
        o.FaultRate = 0.3;
        return o;
    }

    private static double MeanKw(MeterSimulator sim, long fromUtcMs)
    {
        double sum = 0;
        for (int m = 0; m < 60; m++)
        {
            string text = sim.NextTelegramText(fromUtcMs + m * 60_000L);
            sum += SimTelegrams.Number(text, "1-0:1.7.0") - SimTelegrams.Number(text, "1-0:2.7.0");
        }

        return sum / 60;
    }

    private static double GasOnNextLine(string text)
    {
        int at = text.IndexOf("(m3)\r\n(", StringComparison.Ordinal);
        return double.Parse(text.Substring(at + 7, 9), System.Globalization.CultureInfo.InvariantCulture);
    }
}
