using System;
using System.Device.Gpio;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>The board's button (<c>Board.SetupButtonPin</c>, active low) held at boot asks for setup mode even
    /// when a Wi-Fi network is stored.</summary>
    internal static class SetupButton
    {
        /// <summary>True when the button is pressed now.</summary>
        public static bool IsHeld(ILog log)
        {
            if (Board.SetupButtonPin < 0) return false;
            try
            {
                using (GpioController gpio = new GpioController())
                {
                    GpioPin pin = gpio.OpenPin(Board.SetupButtonPin, PinMode.InputPullUp);
                    bool held = (int)pin.Read() == 0; // low while pressed
                    pin.Dispose();
                    return held;
                }
            }
            catch (Exception ex)
            {
                log.Line("setup", "button GPIO " + Board.SetupButtonPin.ToString() + " not readable: " + ex.Message);
                return false;
            }
        }
    }
}
