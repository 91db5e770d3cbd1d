using NodeMqtt.Meter;
using NodeMqtt.Telemetry;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup form: Wi-Fi, broker, profile and meter fields (their keys are config keys), plus the admin
    /// password fields. One table, used to parse, validate and render, so they cannot disagree.
    /// </summary>
    public static class SetupFields
    {
        /// <summary>Current admin password (required for every change once set).</summary>
        public const string AdminPassword = "admin.password";
        /// <summary>New admin password (required at first setup, optional later).</summary>
        public const string AdminNew = "admin.new_password";
        /// <summary>The new admin password again.</summary>
        public const string AdminConfirm = "admin.confirm";

        /// <summary>The settings fields in page order.</summary>
        public static readonly SetupField[] All =
        {
            new SetupField(SetupSettings.WifiSsidKey, "Wi-Fi network", SetupField.Text, null, "pick a network seen by the board or type its name"),
            new SetupField(SetupSettings.WifiPasswordKey, "Wi-Fi password", SetupField.Secret, null, "8 to 63 characters; empty for an open network"),
            new SetupField("mqtt.host", "Broker host", SetupField.Text, null, "name or address of your MQTT broker"),
            new SetupField("mqtt.port", "Broker port", SetupField.Number, null, "1883, or 8883 with TLS"),
            new SetupField("mqtt.tls", "Use TLS", SetupField.Checkbox, null, null),
            new SetupField("mqtt.username", "User name or ThingsBoard token", SetupField.Text, null, "with the thingsboard profile this is the device token and is kept secret"),
            new SetupField("mqtt.password", "Broker password", SetupField.Secret, null, null),
            new SetupField("telemetry.profile", "Profile", SetupField.Choice, ProfileKind.Names, null),
            new SetupField("meter.protocol", "Meter protocol", SetupField.Choice, MeterLine.Protocols, null),
            new SetupField("meter.key", "Meter decryption key", SetupField.Secret, null, "only for encrypted meters (32 hex digits)")
        };

        /// <summary>Index of the field whose key starts a "key: problem" message, or -1.</summary>
        public static int IndexOfMessage(string message)
        {
            if (message == null) return -1;
            int colon = message.IndexOf(':');
            if (colon <= 0) return -1;
            string key = message.Substring(0, colon);
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Key == key) return i;
            }

            return -1;
        }

        /// <summary>True for a form field name the handler accepts.</summary>
        public static bool IsKnown(string name)
        {
            if (name == AdminPassword || name == AdminNew || name == AdminConfirm) return true;
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Key == name) return true;
            }

            return false;
        }

        /// <summary>Whether the saved value of <paramref name="field"/> must never be shown: secrets always, and
        /// the user name when it is a ThingsBoard device token.</summary>
        public static bool IsHidden(SetupField field, string profile)
        {
            return field.Kind == SetupField.Secret || (field.Key == "mqtt.username" && profile == "thingsboard");
        }
    }
}
