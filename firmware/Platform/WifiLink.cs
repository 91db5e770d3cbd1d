using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="INetworkLink"/> over the ESP32 Wi-Fi station. Credentials are the ones stored on the device
    /// (network configuration block, written with the nanoFramework Device Explorer "Edit Network Configuration"
    /// or nanoff's network configuration option), never credentials in source.
    /// </summary>
    /// <remarks>
    /// Threading: NetworkChange events arrive on a runtime event thread; they only set a flag. The tick thread
    /// calls <see cref="PollChanged"/>, which re-reads the interface and tells the caller when "up" changed, so
    /// <c>Node.OnLinkChanged</c> runs on Core's thread. The address is also re-read every
    /// <see cref="PollIntervalMs"/> in case an event is missed. Up means the Wi-Fi interface has an IPv4 address
    /// other than 0.0.0.0 (NANOFRAMEWORK.md, loss detection).
    /// </remarks>
    internal sealed class WifiLink : INetworkLink
    {
        /// <summary>Fallback re-read period when no NetworkChange event arrives.</summary>
        public const int PollIntervalMs = 2000;

        /// <summary>Bound on one reconnect attempt (association, DHCP and, for TLS, the clock).</summary>
        public const int ReconnectTimeoutMs = 60000;

        private readonly ILog _log;
        private readonly bool _requiresDateTime;
        private bool _up;
        private int _dirty;
        private int _reconnecting;
        private long _nextPollMs;

        /// <summary>Creates the link and subscribes to NetworkChange. <paramref name="requiresDateTime"/> is true
        /// when TLS is used: certificates need a valid clock, so a connect also waits for SNTP.</summary>
        public WifiLink(ILog log, bool requiresDateTime)
        {
            _log = log;
            _requiresDateTime = requiresDateTime;
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
            _up = ReadUp();
        }

        /// <inheritdoc />
        /// <remarks>The value last read by <see cref="PollChanged"/>; reading it does not touch the interface.</remarks>
        public bool IsUp
        {
            get { return _up; }
        }

        /// <summary>Blocks until the stored network gives an address or <paramref name="timeoutMs"/> passes.
        /// Called once by Program before the timer starts. Never throws.</summary>
        public bool ConnectAtStartup(int timeoutMs)
        {
            bool ok = false;
            try
            {
                CancellationTokenSource cts = new CancellationTokenSource(timeoutMs);
                ok = WifiNetworkHelper.Reconnect(_requiresDateTime, 0, cts.Token);
                if (!ok)
                {
                    _log.Line("wifi", "no connection yet (helper status " + ((int)WifiNetworkHelper.Status).ToString() + ")"
                        + (WifiNetworkHelper.HelperException != null ? ": " + WifiNetworkHelper.HelperException.Message : ""));
                }
            }
            catch (Exception ex)
            {
                _log.Line("wifi", "connect failed: " + ex.Message);
            }

            _up = ReadUp();
            return ok;
        }

        /// <summary>Tick thread: re-reads the interface when an event arrived or the poll period passed and
        /// returns true when <see cref="IsUp"/> changed.</summary>
        public bool PollChanged(long nowMs)
        {
            bool dirty = Interlocked.Exchange(ref _dirty, 0) != 0;
            if (!dirty && nowMs < _nextPollMs)
            {
                return false;
            }

            _nextPollMs = nowMs + PollIntervalMs;
            bool up = ReadUp();
            if (up == _up)
            {
                return false;
            }

            _up = up;
            return true;
        }

        /// <inheritdoc />
        /// <remarks>Runs on its own short-lived thread: drop the association, then join again with the stored
        /// credentials. At most one attempt runs at a time; a request during an attempt is ignored.</remarks>
        public void RequestReconnect()
        {
            if (Interlocked.CompareExchange(ref _reconnecting, 1, 0) != 0)
            {
                return;
            }

            try
            {
                new Thread(ReconnectWorker).Start();
            }
            catch (Exception ex)
            {
                Interlocked.Exchange(ref _reconnecting, 0);
                _log.Line("wifi", "reconnect thread failed: " + ex.Message);
            }
        }

        private void ReconnectWorker()
        {
            try
            {
                _log.Line("wifi", "reconnecting");
                string ssid = null;
                string password = null;
                Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
                if (configs != null && configs.Length > 0)
                {
                    ssid = configs[0].Ssid;
                    password = configs[0].Password;
                }

                WifiNetworkHelper.Disconnect();
                CancellationTokenSource cts = new CancellationTokenSource(ReconnectTimeoutMs);
                bool ok = ssid != null && ssid.Length > 0
                    ? WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, _requiresDateTime, 0, cts.Token)
                    : WifiNetworkHelper.Reconnect(_requiresDateTime, 0, cts.Token);
                _log.Line("wifi", ok ? "reconnected" : "reconnect failed (helper status " + ((int)WifiNetworkHelper.Status).ToString() + ")");
            }
            catch (Exception ex)
            {
                _log.Line("wifi", "reconnect failed: " + ex.Message);
            }
            finally
            {
                Interlocked.Exchange(ref _dirty, 1);
                Interlocked.Exchange(ref _reconnecting, 0);
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            Interlocked.Exchange(ref _dirty, 1);
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            Interlocked.Exchange(ref _dirty, 1);
        }

        private static bool ReadUp()
        {
            try
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    if (interfaces[i].NetworkInterfaceType != NetworkInterfaceType.Wireless80211)
                    {
                        continue;
                    }

                    string address = interfaces[i].IPv4Address;
                    if (address != null && address.Length > 0 && address != "0.0.0.0")
                    {
                        return true;
                    }
                }
            }
            catch
            {
                // Treat an unreadable interface as down.
            }

            return false;
        }
    }
}
