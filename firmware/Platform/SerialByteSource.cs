using System;
using System.Device.Gpio;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using NodeMqtt.Meter;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="IByteSource"/> over the board's meter UART (<see cref="Board"/>). Reads only what the driver
    /// already holds (<see cref="SerialPort.BytesToRead"/>), so a call never waits. Never throws: a port that
    /// failed to open is retried every <see cref="ReopenIntervalMs"/> and reads as "nothing available".
    /// </summary>
    /// <remarks>
    /// Line settings come from the meter protocol (<see cref="MeterLine"/>, overridable with meter.baud and
    /// meter.parity): DSMR 4/5 and Smarty send 115200 8N1, DSMR 2.2/3 9600 7E1, the HAN ports and Austrian
    /// M-Bus interfaces 2400 8E1; "auto" opens at 115200 8N1, the common case, so a 2.2/3 meter needs
    /// meter.protocol = dsmr22 and a HAN-port meter dlms or dlms-mbus. The driver buffer holds several
    /// telegrams (a DSMR 5 telegram is up to ~1.1 KB every second) so a slow tick or a blocking teardown
    /// never drops bytes.
    /// </remarks>
    internal sealed class SerialByteSource : IByteSource
    {
        /// <summary>Driver receive buffer; several DSMR 5 telegrams.</summary>
        public const int DriverBufferBytes = 4096;

        /// <summary>How often a port that failed to open is tried again.</summary>
        public const int ReopenIntervalMs = 5000;

        private readonly int _baud;
        private readonly bool _even;
        private readonly int _dataBits;
        private readonly bool _invert;
        private readonly string _line;
        private readonly ILog _log;
        private SerialPort _port;
        private GpioController _gpio;
        private long _nextOpenMs;
        private bool _readFailureLogged;

        /// <summary>Creates the source for <paramref name="meter"/>; call <see cref="Open"/> once at start-up.</summary>
        public SerialByteSource(MeterConfig meter, ILog log)
        {
            _baud = MeterLine.Baud(meter);
            _even = MeterLine.EvenParity(meter);
            _dataBits = MeterLine.DataBits(meter);
            _line = MeterLine.Describe(meter);
            // P1 is inverted open-collector; a HAN/M-Bus adapter (TSS721 and the like) delivers a plain UART
            // signal, so the board's inversion applies to P1 protocols only.
            _invert = Board.InvertRx && meter.Protocol != "dlms" && meter.Protocol != "dlms-mbus";
            _log = log;
        }

        /// <summary>Routes the pins, opens the port and raises the request line. False on failure
        /// (logged); <see cref="Read"/> retries later.</summary>
        public bool Open(long nowMs)
        {
            _nextOpenMs = nowMs + ReopenIntervalMs;
            SerialPort port = null;
            try
            {
                // Pin functions must be assigned BEFORE the SerialPort is created (nanoFramework ESP32 rule).
                Configuration.SetPinFunction(Board.RxPin, RxFunction(Board.ComPort));
                Configuration.SetPinFunction(Board.TxPin, TxFunction(Board.ComPort));

                string name = "COM" + Board.ComPort.ToString();
                port = new SerialPort(name, _baud, _even ? Parity.Even : Parity.None, _dataBits, StopBits.One);
                port.Handshake = Handshake.None;
                port.ReadBufferSize = DriverBufferBytes;
                port.ReadTimeout = 100;

                // P1 data is inverted open-collector. The ESP32 driver accepts InvertSignalLevels only while
                // the port is closed (it returns CLR_E_INVALID_OPERATION once open).
                if (_invert)
                {
                    port.InvertSignalLevels = true;
                }

                port.Open();
                _port = port;
                _log.Line("meter", name + " open at " + _line + ", rx gpio " + Board.RxPin.ToString()
                    + (_invert ? ", inverted in the UART" : (Board.HasHardwareInverter ? ", hardware inverter" : "")));
                RaiseRequestLine();
                return true;
            }
            catch (Exception ex)
            {
                _log.Line("meter", "serial open failed: " + ex.Message);
                if (port != null)
                {
                    try { port.Dispose(); } catch { }
                }

                return false;
            }
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            SerialPort port = _port;
            if (port == null)
            {
                long now = Environment.TickCount64;
                if (now >= _nextOpenMs)
                {
                    Open(now);
                }

                return 0;
            }

            try
            {
                int available = port.BytesToRead;
                if (available <= 0)
                {
                    return 0;
                }

                int wanted = available < count ? available : count;
                return port.Read(buffer, offset, wanted);
            }
            catch (Exception ex)
            {
                if (!_readFailureLogged)
                {
                    _readFailureLogged = true;
                    _log.Line("meter", "serial read failed: " + ex.Message);
                }

                return 0;
            }
        }

        private void RaiseRequestLine()
        {
            if (Board.RequestPin < 0)
            {
                return;
            }

            try
            {
                // The meter sends only while Data Request (P1 pin 2) is high. Keep the controller referenced so
                // the pin stays configured for the life of the app.
                _gpio = new GpioController();
                GpioPin pin = _gpio.OpenPin(Board.RequestPin, PinMode.Output);
                pin.Write(PinValue.High);
            }
            catch (Exception ex)
            {
                _log.Line("meter", "request pin " + Board.RequestPin.ToString() + " failed: " + ex.Message);
            }
        }

        private static DeviceFunction RxFunction(int comPort)
        {
            switch (comPort)
            {
                case 1: return DeviceFunction.COM1_RX;
                case 3: return DeviceFunction.COM3_RX;
                default: return DeviceFunction.COM2_RX;
            }
        }

        private static DeviceFunction TxFunction(int comPort)
        {
            switch (comPort)
            {
                case 1: return DeviceFunction.COM1_TX;
                case 3: return DeviceFunction.COM3_TX;
                default: return DeviceFunction.COM2_TX;
            }
        }
    }
}
