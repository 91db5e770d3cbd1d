// nanoFramework.Hardware.Esp32 1.6.37 — assembly nanoFramework.Hardware.Esp32; checked against nanoframework/nanoFramework.Hardware.Esp32@v1.6.37
// Declarations only (tools/NanoSurface/README.md): nanoFramework.Hardware.Esp32/Configuration.cs,
// DeviceTypePins.cs. The real COMn_TX/RX values are DeviceTypes.SERIAL (3 * 0x10000) + n * 0x100 (+1 for RX).
namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) { throw null; }
    }

    public enum DeviceFunction
    {
        COM1_TX = 0x30100,
        COM1_RX = 0x30101,
        COM2_TX = 0x30200,
        COM2_RX = 0x30201,
        COM3_TX = 0x30300,
        COM3_RX = 0x30301,
    }
}
