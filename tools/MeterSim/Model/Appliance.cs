namespace NodeMqtt.MeterSim.Model;

/// <summary>An appliance switched on by the household: extra load on one phase for a while.</summary>
internal readonly struct Appliance
{
    /// <summary>Kettle, microwave, washing machine, dryer, oven, dishwasher, iron: watts and typical minutes.</summary>
    public static readonly (double Watts, double Minutes)[] Catalogue =
    {
        (2000, 3), (1000, 4), (2000, 15), (2500, 40), (2200, 30), (1800, 25), (1200, 10),
    };

    public Appliance(long startUtcMs, long endUtcMs, double watts, int phase)
    {
        StartUtcMs = startUtcMs;
        EndUtcMs = endUtcMs;
        Watts = watts;
        Phase = phase;
    }

    public long StartUtcMs { get; }

    public long EndUtcMs { get; }

    public double Watts { get; }

    public int Phase { get; }
}
