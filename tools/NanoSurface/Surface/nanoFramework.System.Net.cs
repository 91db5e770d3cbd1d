// nanoFramework.System.Net 1.11.60 — assembly System.Net; checked against nanoframework/System.Net@v1.11.54 (newest tag stored; 1.11.60 is not in the snapshot)
// Declarations only (tools/NanoSurface/README.md): nanoFramework.System.Net/NetworkInformation/*.cs, IPAddress.cs,
// IPEndPoint.cs, EndPoint.cs, Sockets/Socket.cs and the Sockets enums (setup access point: DHCP and DNS over UDP),
// NetworkHelper/NetworkHelperStatus.cs, SocketException.cs, Sockets/SocketErrors.cs,
// X509Certificates/X509Certificate.cs. Enum members carry their real values (compared as numbers).
using System;

namespace System.Net.NetworkInformation
{
    public class NetworkAvailabilityEventArgs : EventArgs
    {
        // internal in the real assembly; private here (see README: non-public members).
        private NetworkAvailabilityEventArgs(bool isAvailable) { throw null; }
    }

    public delegate void NetworkAddressChangedEventHandler(object sender, EventArgs e);

    public delegate void NetworkAvailabilityChangedEventHandler(object sender, NetworkAvailabilityEventArgs e);

    public static class NetworkChange
    {
        public static event NetworkAddressChangedEventHandler NetworkAddressChanged { add { } remove { } }
        public static event NetworkAvailabilityChangedEventHandler NetworkAvailabilityChanged { add { } remove { } }
    }

    public class NetworkInterface
    {
        protected NetworkInterface(int interfaceIndex) { throw null; }
        public static NetworkInterface[] GetAllNetworkInterfaces() { throw null; }
        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { throw null; }
        public string IPv4Address { get { throw null; } }
        public byte[] PhysicalAddress { get { throw null; } set { throw null; } }
        public NetworkInterfaceType NetworkInterfaceType { get { throw null; } }
    }

    public enum NetworkInterfaceType
    {
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public enum AuthenticationType : byte
    {
        Open = 4,
        WPA2 = 8,
    }

    public enum EncryptionType : byte
    {
        None = 0,
        WPA2_PSK = 5,
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { throw null; }
        public AuthenticationType Authentication { get { throw null; } set { throw null; } }
        public EncryptionType Encryption { get { throw null; } set { throw null; } }
        public ConfigurationOptions Options { get { throw null; } set { throw null; } }
        public string Password { get { throw null; } set { throw null; } }
        public string Ssid { get { throw null; } set { throw null; } }
        public void SaveConfiguration() { throw null; }
        public static Wireless80211Configuration[] GetAllWireless80211Configurations() { throw null; }

        [Flags]
        public enum ConfigurationOptions : byte
        {
            Enable = 0x02,
            AutoConnect = 0x04 | Enable,
        }
    }

    public class WirelessAPConfiguration
    {
        public WirelessAPConfiguration(uint id) { throw null; }
        public AuthenticationType Authentication { get { throw null; } set { throw null; } }
        public string Password { get { throw null; } set { throw null; } }
        public string Ssid { get { throw null; } set { throw null; } }
        public ConfigurationOptions Options { get { throw null; } set { throw null; } }
        public byte MaxConnections { get { throw null; } set { throw null; } }
        public void SaveConfiguration() { throw null; }
        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations() { throw null; }

        [Flags]
        public enum ConfigurationOptions : byte
        {
            Disable = 0x01,
            Enable = 0x02,
            AutoStart = 0x04 | Enable,
        }
    }
}

namespace System.Net
{
    public abstract class EndPoint
    {
    }

    public class IPAddress
    {
        public static readonly IPAddress Any;
        public static readonly IPAddress Broadcast;
        public IPAddress(long newAddress) { throw null; }
        public IPAddress(byte[] address) { throw null; }
        public IPAddress(byte[] address, long scopeid) { throw null; }
        private IPAddress(ushort[] address, uint scopeid) { throw null; }
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(long address, int port) { throw null; }
        public IPEndPoint(IPAddress address, int port) { throw null; }
    }
}

namespace System.Net.Sockets
{
    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { throw null; }
        public void Bind(EndPoint localEP) { throw null; }
        public void Close() { throw null; }
        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP) { throw null; }
        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) { throw null; }
        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, bool optionValue) { throw null; }
        void IDisposable.Dispose() { throw null; }
    }

    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Udp = 17,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0x0000,
    }

    public enum SocketOptionLevel
    {
        Socket = 0xffff,
    }

    public enum SocketOptionName
    {
        ReuseAddress = 0x0004,
        Broadcast = 0x0020,
    }

    public class SocketException : Exception
    {
        public SocketException(SocketError errorCode) { throw null; }
        public int ErrorCode { get { throw null; } }
    }

    public enum SocketError : int
    {
        NetworkDown = 10000 + 50,
        NetworkUnreachable = 10000 + 51,
        ConnectionReset = 10000 + 54,
        TimedOut = 10000 + 60,
        ConnectionRefused = 10000 + 61,
        HostDown = 10000 + 64,
        HostUnreachable = 10000 + 65,
        SystemNotReady = 10000 + 91,
        HostNotFound = 10000 + 1001,
        TryAgain = 10000 + 1002,
        NoRecovery = 10000 + 1003,
        NoData = 10000 + 1004,
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    // The broker's CA for MqttClient's constructor (firmware/Platform/TlsTrust.cs builds it from PEM text). Both
    // one-argument constructors are declared so overload resolution sees what the device sees.
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) { throw null; }

        public X509Certificate(string certificate) { throw null; }
    }
}

namespace nanoFramework.Networking
{
    // Only read as a number ((int)WifiNetworkHelper.Status).
    public enum NetworkHelperStatus
    {
    }
}
