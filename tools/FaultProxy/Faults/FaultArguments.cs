using System;
using System.Collections.Generic;
using System.Globalization;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>Shared argument checks for the fault factories; every number has a bound.</summary>
internal static class FaultArguments
{
    public static void ExpectCount(string name, IReadOnlyList<string> args, int min, int max, string usage)
    {
        if (args.Count < min || args.Count > max)
        {
            throw new ArgumentException($"'{name}' takes {Describe(min, max)}; usage: {usage}");
        }
    }

    public static int ParseInt(string name, string what, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ArgumentException($"'{name}': {what} must be a whole number from {min} to {max}, got '{text}'");
        }

        return value;
    }

    private static string Describe(int min, int max)
    {
        if (max == 0)
        {
            return "no arguments";
        }

        return min == max ? $"{min} argument(s)" : $"{min} to {max} arguments";
    }
}
