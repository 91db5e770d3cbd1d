// nanoFramework.System.Device.Gpio 1.1.57 — assembly System.Device.Gpio; checked against nanoframework/System.Device.Gpio@v1.1.57
// Declarations only (tools/NanoSurface/README.md): System.Device.Gpio/GpioController.cs, GpioPin.cs, PinMode.cs,
// PinValue.cs.
namespace System.Device.Gpio
{
    public sealed class GpioController : IDisposable
    {
        public GpioController() { throw null; }
        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw null; }
        public void Dispose() { throw null; }
    }

    public sealed class GpioPin : IDisposable
    {
        // internal in the real assembly; private here (see README: non-public members).
        private GpioPin(int pinNumber) { throw null; }
        public PinValue Read() { throw null; }
        public void Write(PinValue value) { throw null; }
        public void Dispose() { throw null; }
    }

    public enum PinMode
    {
        InputPullUp = 2,
        Output = 3,
    }

    public readonly struct PinValue
    {
        public static PinValue High { get { throw null; } }
        public static explicit operator int(PinValue value) { throw null; }
    }
}
