namespace NodeMqtt.Meter
{
    /// <summary>
    /// Serial line settings per meter protocol, as data (FIELD-FACTS.md): DSMR 4/5 and Smarty P1 send
    /// 115200 8N1; DSMR 2.2/3 9600 7E1; the Nordic HAN ports (M-Bus physical layer) and the Austrian M-Bus
    /// customer interfaces 2400 8E1 (Kamstrup's HAN port is 2400 8N1: set <c>meter.parity = none</c>).
    /// <c>auto</c> opens at 115200 8N1, so a HAN-port meter needs <c>dlms</c> or <c>dlms-mbus</c>.
    /// </summary>
    public static class MeterLine
    {
        /// <summary>Every <c>meter.protocol</c> value (the setup page offers exactly these).</summary>
        public static readonly string[] Protocols = { "auto", "dsmr", "dsmr5", "dsmr22", "dlms", "dlms-mbus", "smarty" };

        /// <summary>True for a known <c>meter.protocol</c>.</summary>
        public static bool IsProtocol(string protocol)
        {
            for (int i = 0; i < Protocols.Length; i++) if (Protocols[i] == protocol) return true;
            return false;
        }

        /// <summary>True when the protocol reads DLMS frames (or may, in auto mode).</summary>
        public static bool MayBeDlms(string protocol)
        {
            return protocol == "auto" || protocol == "dlms" || protocol == "dlms-mbus" || protocol == "smarty";
        }

        /// <summary>UART speed for <paramref name="config"/>.</summary>
        public static int Baud(MeterConfig config)
        {
            if (config.Baud != 0) return config.Baud;
            if (config.Protocol == "dsmr22") return 9600;
            if (config.Protocol == "dlms" || config.Protocol == "dlms-mbus") return 2400;
            return 115200;
        }

        /// <summary>True for even parity.</summary>
        public static bool EvenParity(MeterConfig config)
        {
            if (config.Parity != null) return config.Parity == "even";
            return config.Protocol == "dsmr22" || config.Protocol == "dlms" || config.Protocol == "dlms-mbus";
        }

        /// <summary>Data bits: 7 for DSMR 2.2/3, else 8.</summary>
        public static int DataBits(MeterConfig config)
        {
            return config.Protocol == "dsmr22" ? 7 : 8;
        }

        /// <summary>"2400 8E1" style text for logs.</summary>
        public static string Describe(MeterConfig config)
        {
            return Baud(config).ToString() + " " + DataBits(config).ToString() + (EvenParity(config) ? "E" : "N") + "1";
        }
    }
}
