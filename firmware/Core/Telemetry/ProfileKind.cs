namespace NodeMqtt.Telemetry
{
    /// <summary>Topic profiles (<c>telemetry.profile</c>) as int constants with a name table.</summary>
    public static class ProfileKind
    {
        /// <summary><c>&lt;prefix&gt;/&lt;node&gt;/...</c> topics, one JSON state document.</summary>
        public const int Generic = 0;
        /// <summary>Generic topics plus retained Home Assistant discovery documents.</summary>
        public const int HomeAssistant = 1;
        /// <summary>ThingsBoard device API (<c>v1/devices/me/...</c>).</summary>
        public const int ThingsBoard = 2;

        /// <summary>Every <c>telemetry.profile</c> value, indexed by kind (the setup page offers exactly these).</summary>
        public static readonly string[] Names = { "generic", "homeassistant", "thingsboard" };

        /// <summary>The config name of a profile.</summary>
        public static string Name(int kind)
        {
            return kind >= 0 && kind < Names.Length ? Names[kind] : "generic";
        }

        /// <summary>The profile for a config name; unknown names map to <see cref="Generic"/>
        /// (config validation rejects them before this is reached).</summary>
        public static int Parse(string name)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == name)
                {
                    return i;
                }
            }

            return Generic;
        }
    }
}
