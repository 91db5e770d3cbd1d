namespace NodeMqtt.Setup
{
    /// <summary>One field of the setup form: its key (the config key, so a validation message "key: problem"
    /// lands beside it), label, kind and choices.</summary>
    public sealed class SetupField
    {
        /// <summary>A one-line text input.</summary>
        public const int Text = 0;
        /// <summary>A port or other number.</summary>
        public const int Number = 1;
        /// <summary>A secret: never sent back to the browser; left blank it keeps the saved value.</summary>
        public const int Secret = 2;
        /// <summary>A checkbox (absent from the form = false).</summary>
        public const int Checkbox = 3;
        /// <summary>A choice among <see cref="Choices"/>.</summary>
        public const int Choice = 4;

        /// <summary>Config key and form field name.</summary>
        public readonly string Key;
        /// <summary>Label shown to the user.</summary>
        public readonly string Label;
        /// <summary>One of the kind constants.</summary>
        public readonly int Kind;
        /// <summary>Allowed values of a <see cref="Choice"/>, else null.</summary>
        public readonly string[] Choices;
        /// <summary>A short hint under the field, or null.</summary>
        public readonly string Hint;

        /// <summary>Describes a field.</summary>
        public SetupField(string key, string label, int kind, string[] choices, string hint)
        {
            Key = key;
            Label = label;
            Kind = kind;
            Choices = choices;
            Hint = hint;
        }
    }
}
