// nanoFramework.System.Device.Wifi 1.5.149 — assembly System.Device.Wifi; checked against nanoframework/System.Device.Wifi@v1.5.147 (newest tag stored; 1.5.149 is not in the snapshot)
// Declarations only (tools/NanoSurface/README.md): System.Device.Wifi/NetworkHelper/WifiNetworkHelper.cs,
// System.Device.Wifi/WifiReconnectionKind.cs.
using System;
using System.Device.Wifi;
using System.Threading;

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status { get { throw null; } }
        public static Exception HelperException { get { throw null; } }
        public static void Disconnect() { throw null; }
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) { throw null; }
        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) { throw null; }
    }
}

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic = 0,
    }
}
