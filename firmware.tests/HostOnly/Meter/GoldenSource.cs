using System.Collections.Generic;
using NodeMqtt.Tests.Meter;

namespace NodeMqtt.Tests.HostOnly.Meter
{
    /// <summary>The golden telegrams (firmware.tests/Shared/Meter/GoldenTelegrams.cs, compiled into this
    /// project too) by name, for the host-only property and allocation tests.</summary>
    public static class GoldenSource
    {
        private static readonly Dictionary<string, string> Telegrams = Load();

        /// <summary>Name → telegram text, in file order.</summary>
        public static IReadOnlyDictionary<string, string> All => Telegrams;

        /// <summary>One telegram by constant name.</summary>
        public static string Get(string name) => Telegrams[name];

        private static Dictionary<string, string> Load()
        {
            var result = new Dictionary<string, string>();
            for (int i = 0; i < GoldenTelegrams.All.Length; i++)
            {
                result[GoldenTelegrams.Names[i]] = GoldenTelegrams.All[i];
            }

            return result;
        }
    }
}
