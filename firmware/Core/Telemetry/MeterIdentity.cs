namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// Manufacturer and model from a DSMR telegram's header line (<c>/XXXZ&lt;ident&gt;</c>: a three-letter
    /// manufacturer flag, a baud-rate character, then the meter's own identification, often starting with
    /// <c>\&lt;digit&gt;</c>). Known flags become names; an unknown flag leaves the manufacturer null (the caller
    /// then names NodeMqtt), and the model is the identification without the leading <c>\&lt;digit&gt;</c>.
    /// </summary>
    public sealed class MeterIdentity
    {
        // Flag ids as registered for meter manufacturers (the same three letters every P1 header starts with).
        private static readonly string[] Flags = { "ISK", "KFM", "KMP", "LGF", "LGB", "LGZ", "XMX", "ELS", "EMH", "EST", "SAG", "FLU" };
        private static readonly string[] Names =
        {
            "Iskraemeco", "Kaifa", "Kamstrup", "Landis+Gyr", "Landis+Gyr", "Landis+Gyr", "Xemex", "Elster", "EMH metering",
            "Elster", "Sagemcom", "Fluvius"
        };

        private MeterIdentity(string header, string manufacturer, string model)
        {
            Header = header;
            Manufacturer = manufacturer;
            Model = model;
        }

        /// <summary>The header as received (without the '/').</summary>
        public readonly string Header;
        /// <summary>The manufacturer's name, or null when the flag is not known.</summary>
        public readonly string Manufacturer;
        /// <summary>The meter's identification, e.g. <c>MT382-1000</c>; null when the header is too short.</summary>
        public readonly string Model;

        /// <summary>Reads <paramref name="header"/> (null gives null).</summary>
        public static MeterIdentity Parse(string header)
        {
            if (header == null) return null;
            string manufacturer = null;
            string model = null;
            if (header.Length >= 3)
            {
                string flag = header.Substring(0, 3).ToUpper();
                for (int i = 0; i < Flags.Length; i++)
                {
                    if (Flags[i] == flag)
                    {
                        manufacturer = Names[i];
                        break;
                    }
                }
            }

            if (header.Length > 4)
            {
                int start = 4;
                if (header.Length > 6 && header[4] == '\\') start = 6;
                model = header.Substring(start).Trim();
                if (model.Length == 0) model = null;
            }

            return new MeterIdentity(header, manufacturer, model);
        }
    }
}
