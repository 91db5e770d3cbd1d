namespace NodeMqtt.Platform
{
    /// <summary>
    /// Board profile: Espressif ESP32-DevKitC (ESP32-WROOM-32 / -32E) reading a DSMR P1 port.
    /// Compiled into the device app when NodeMqttBoard = esp32-devkitc (the default, see nfproj.props).
    /// Wiring and the reasons behind each value: boards/esp32-devkitc/README.md.
    /// </summary>
    internal static class Board
    {
        // Numbers and flags are static readonly, not const: the platform branches on them, and a const
        // condition would raise CS0162 (unreachable code), which TreatWarningsAsErrors turns into an error.

        /// <summary>Profile name, printed at start-up.</summary>
        public const string Name = "esp32-devkitc";

        /// <summary>nanoff --target for this board's firmware.</summary>
        public const string NanoffTarget = "ESP32_REV3";

        /// <summary>Serial port number n of "COMn". On ESP32 COMn is UART(n-1); COM1 (UART0) carries the
        /// USB console and the debugger, so the meter uses COM2 (UART1) routed to free pins.</summary>
        public static readonly int ComPort = 2;

        /// <summary>GPIO receiving P1 data (P1 pin 5).</summary>
        public static readonly int RxPin = 16;

        /// <summary>GPIO given the UART TX function. P1 is receive-only; the pin is assigned anyway so that
        /// UART1 never drives its default TX pin (GPIO10, wired to the SPI flash on WROOM modules).</summary>
        public static readonly int TxPin = 17;

        /// <summary>Invert the RX line in the UART (SerialPort.InvertSignalLevels). P1 data is inverted
        /// open-collector; this board reads it directly with a pull-up, no transistor.</summary>
        public static readonly bool InvertRx = true;

        /// <summary>True when a transistor inverter sits between P1 data and RxPin (then InvertRx is false).</summary>
        public static readonly bool HasHardwareInverter = false;

        /// <summary>Status LED GPIO, or -1. The Espressif DevKitC has no user LED (only power); many
        /// "ESP32 DevKit V1" clones have one on GPIO2. Not driven by the firmware yet.</summary>
        public static readonly int LedPin = -1;

        /// <summary>GPIO driving P1 pin 2 (Data Request) high, or -1 when pin 2 is tied to P1 pin 1 (+5 V)
        /// in the cable, which is how this board is wired (P1 wants 4.0-5.5 V on the request line).</summary>
        public static readonly int RequestPin = -1;

        /// <summary>Button that, held while the board starts, opens the setup access point even when a Wi-Fi
        /// network is stored (active low), or -1: the DevKitC's BOOT button (GPIO0, pulled up, low while pressed). Read once, after boot, so its strapping role is over.</summary>
        public static readonly int SetupButtonPin = 0;
    }
}
