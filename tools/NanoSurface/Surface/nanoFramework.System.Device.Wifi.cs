// nanoFramework.System.Device.Wifi 1.5.149 — assembly System.Device.Wifi; checked against nanoframework/System.Device.Wifi@v1.5.147 (newest tag stored; 1.5.149 is not in the snapshot)
// Declarations only (tools/NanoSurface/README.md): System.Device.Wifi/NetworkHelper/WifiNetworkHelper.cs,
// WifiAdapter.cs, WifiNetworkReport.cs, WifiAvailableNetwork.cs (the setup page's network scan),
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
    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);

    public sealed class WifiAdapter : IDisposable
    {
        // internal in the real assembly; private here (see README: non-public members).
        private WifiAdapter(int NetworkInterface) { throw null; }
        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged { add { } remove { } }
        public WifiNetworkReport NetworkReport { get { throw null; } }
        public static WifiAdapter[] FindAllAdapters() { throw null; }
        public void ScanAsync() { throw null; }
        public void Dispose() { throw null; }
    }

    public class WifiNetworkReport
    {
        // internal in the real assembly; private here.
        private WifiNetworkReport(WifiAvailableNetwork[] WifiNetworks) { throw null; }
        public WifiAvailableNetwork[] AvailableNetworks { get { throw null; } }
    }

    public class WifiAvailableNetwork
    {
        public string Ssid { get { throw null; } }
    }

    public enum WifiReconnectionKind
    {
        Automatic = 0,
    }
}
