using System;
using System.Net.NetworkInformation;
using nanoFramework.Runtime.Native;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="ISystem"/> for the ESP32: chip id from the Wi-Fi MAC, free heap from the runtime's GC,
    /// reboot through <see cref="Power.RebootDevice()"/>. Never throws.
    /// </summary>
    internal sealed class DeviceSystem : ISystem
    {
        private const string HexDigits = "0123456789abcdef";
        private const string UnknownChipId = "000000000000";

        private readonly string _chipIdHex;

        /// <summary>Reads the chip id once; the MAC does not change while the device runs.</summary>
        public DeviceSystem(ILog log)
        {
            _chipIdHex = ReadChipId();
            if (_chipIdHex == UnknownChipId)
            {
                log.Line("system", "no Wi-Fi MAC found; chip id " + UnknownChipId + " (client ids may collide)");
            }
        }

        /// <inheritdoc />
        public string ChipIdHex
        {
            get { return _chipIdHex; }
        }

        /// <inheritdoc />
        /// <remarks>nanoFramework.Runtime.Native.GC.Run(false) runs a collection (without compaction) and
        /// returns the free bytes, so this costs a GC pass: read it for diagnostics, not every tick.</remarks>
        public long FreeMemoryBytes
        {
            get
            {
                try
                {
                    return nanoFramework.Runtime.Native.GC.Run(false);
                }
                catch
                {
                    return -1;
                }
            }
        }

        /// <inheritdoc />
        public void Reboot()
        {
            try
            {
                // The bounded overload: OnRebootEvent handlers get at most 1 s before the reset.
                Power.RebootDevice(1000);
            }
            catch
            {
                // Nothing left to do; the supervisor counts the attempt.
            }
        }

        private static string ReadChipId()
        {
            try
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                    {
                        byte[] mac = interfaces[i].PhysicalAddress;
                        if (mac != null && mac.Length > 0)
                        {
                            return ToHex(mac);
                        }
                    }
                }
            }
            catch
            {
                // Fall through to the placeholder.
            }

            return UnknownChipId;
        }

        // Hand-rolled: lower-case hex without relying on custom format strings.
        private static string ToHex(byte[] bytes)
        {
            char[] text = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                text[2 * i] = HexDigits[bytes[i] >> 4];
                text[(2 * i) + 1] = HexDigits[bytes[i] & 0x0F];
            }

            return new string(text);
        }
    }
}
