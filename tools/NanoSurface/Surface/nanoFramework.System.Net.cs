// nanoFramework.System.Net 1.11.60 — assembly System.Net; checked against nanoframework/System.Net@v1.11.54 (newest tag stored; 1.11.60 is not in the snapshot)
// Declarations only (tools/NanoSurface/README.md): nanoFramework.System.Net/NetworkInformation/*.cs,
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
        public string IPv4Address { get { throw null; } }
        public byte[] PhysicalAddress { get { throw null; } set { throw null; } }
        public NetworkInterfaceType NetworkInterfaceType { get { throw null; } }
    }

    public enum NetworkInterfaceType
    {
        Wireless80211 = 71,
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { throw null; }
        public string Password { get { throw null; } set { throw null; } }
        public string Ssid { get { throw null; } set { throw null; } }
        public static Wireless80211Configuration[] GetAllWireless80211Configurations() { throw null; }
    }
}

namespace System.Net.Sockets
{
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
    // Only as a parameter type of MqttClient's constructor (the device passes null).
    public class X509Certificate
    {
    }
}

namespace nanoFramework.Networking
{
    // Only read as a number ((int)WifiNetworkHelper.Status).
    public enum NetworkHelperStatus
    {
    }
}
