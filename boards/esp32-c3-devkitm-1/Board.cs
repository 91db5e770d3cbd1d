namespace NodeMqtt.Platform
{
    /// <summary>
    /// Board profile: Espressif ESP32-C3-DevKitM-1 reading a DSMR P1 port through a transistor inverter.
    /// Compiled into the device app when NodeMqttBoard = esp32-c3-devkitm-1.
    /// Wiring and the reasons behind each value: boards/esp32-c3-devkitm-1/README.md.
    /// </summary>
    internal static class Board
    {
        // Numbers and flags are static readonly, not const: the platform branches on them, and a const
        // condition would raise CS0162 (unreachable code), which TreatWarningsAsErrors turns into an error.

        /// <summary>Profile name, printed at start-up.</summary>
        public const string Name = "esp32-c3-devkitm-1";

        /// <summary>nanoff --target for this board's firmware.</summary>
        public const string NanoffTarget = "ESP32_C3";

        /// <summary>Serial port number n of "COMn". The C3 has only UART0 and UART1; COM1 (UART0) is the
        /// console, so the meter uses COM2 = UART1. Any free GPIO can carry it through the GPIO matrix.</summary>
        public static readonly int ComPort = 2;

        /// <summary>GPIO receiving P1 data from the inverter's collector. GPIO4/5 avoid the strapping pins
        /// (2, 8, 9), the USB pins (18, 19) and UART0 (20, 21).</summary>
        public static readonly int RxPin = 4;

        /// <summary>GPIO given the UART TX function (unused by P1, assigned so UART1 owns a known pin).</summary>
        public static readonly int TxPin = 5;

        /// <summary>The transistor already inverts the P1 signal, so the UART must not.</summary>
        public static readonly bool InvertRx = false;

        /// <summary>A transistor inverter (NPN, e.g. BC547/2N3904) sits between P1 data and RxPin.</summary>
        public static readonly bool HasHardwareInverter = true;

        /// <summary>Status LED GPIO, or -1. The DevKitM-1 LED is an addressable RGB LED on GPIO8 (needs a
        /// WS2812 driver, not a plain GPIO write), so no plain LED is declared.</summary>
        public static readonly int LedPin = -1;

        /// <summary>GPIO driving P1 pin 2 (Data Request), or -1 when pin 2 is tied to P1 pin 1 (+5 V).</summary>
        public static readonly int RequestPin = -1;

        /// <summary>Button that, held while the board starts, opens the setup access point even when a Wi-Fi
        /// network is stored (active low), or -1: the DevKitM-1's BOOT button (GPIO9, pulled up, low while pressed). Read once, after boot, so its strapping role is over.</summary>
        public static readonly int SetupButtonPin = 9;
    }
}
