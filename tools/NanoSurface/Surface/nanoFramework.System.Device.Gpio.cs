// nanoFramework.System.Device.Gpio 1.1.57 — assembly System.Device.Gpio; checked against nanoframework/System.Device.Gpio@v1.1.57
// Declarations only (tools/NanoSurface/README.md): System.Device.Gpio/GpioController.cs, GpioPin.cs, PinMode.cs,
// PinValue.cs. Both OpenPin overloads and PinValue's implicit conversions are declared: they take part in overload
// resolution of the calls the device code makes.
namespace System.Device.Gpio
{
    public sealed class GpioController : IDisposable
    {
        public GpioController() { throw null; }
        public GpioPin OpenPin(int pinNumber) { throw null; }
        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw null; }
        public void Dispose() { throw null; }
    }

    public sealed class GpioPin : IDisposable
    {
        public PinValue Read() { throw null; }
        public void Write(PinValue value) { throw null; }
        public void Dispose() { throw null; }
    }

    public enum PinMode
    {
        Input = 0,
        InputPullDown = 1,
        InputPullUp = 2,
        Output = 3,
    }

    public readonly struct PinValue
    {
        public static PinValue High { get { throw null; } }
        public static PinValue Low { get { throw null; } }
        public static implicit operator PinValue(int value) { throw null; }
        public static implicit operator PinValue(bool value) { throw null; }
        public static bool operator ==(PinValue a, PinValue b) { throw null; }
        public static bool operator !=(PinValue a, PinValue b) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
