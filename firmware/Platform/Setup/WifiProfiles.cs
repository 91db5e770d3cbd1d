using System;
using System.Net.NetworkInformation;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// The device's stored Wi-Fi configurations (network configuration block, kept by nanoCLR across reboots):
    /// the station profile the node joins, and the soft access point it opens for setup. The soft AP only starts
    /// when nanoCLR boots with it enabled, so switching between the two modes is "save, then reboot".
    /// </summary>
    internal static class WifiProfiles
    {
        /// <summary>True when a station profile with a network name is stored.</summary>
        public static bool HasStationProfile()
        {
            try
            {
                Wireless80211Configuration[] all = Wireless80211Configuration.GetAllWireless80211Configurations();
                return all.Length > 0 && all[0].Ssid != null && all[0].Ssid.Length > 0;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Stores the station profile (open network when the password is empty) and lets it auto-connect.</summary>
        public static bool SaveStation(string ssid, string password, ILog log)
        {
            try
            {
                Wireless80211Configuration c = Wireless80211Configuration.GetAllWireless80211Configurations()[0];
                bool open = password == null || password.Length == 0;
                c.Ssid = ssid;
                c.Password = open ? string.Empty : password;
                c.Authentication = open ? AuthenticationType.Open : AuthenticationType.WPA2;
                c.Encryption = open ? EncryptionType.None : EncryptionType.WPA2_PSK;
                c.Options = Wireless80211Configuration.ConfigurationOptions.AutoConnect;
                c.SaveConfiguration();
                log.Line("setup", "Wi-Fi network saved: " + ssid);
                return true;
            }
            catch (Exception ex)
            {
                log.Line("setup", "could not save the Wi-Fi network: " + ex.Message);
                return false;
            }
        }

        /// <summary>Configures the open setup access point on <see cref="SetupAddress"/>; true when the stored
        /// configuration changed (it takes effect after a reboot).</summary>
        public static bool EnableAccessPoint(string ssid, ILog log)
        {
            try
            {
                NetworkInterface ap = Find(NetworkInterfaceType.WirelessAP);
                if (ap != null && ap.IPv4Address != SetupAddress.Text)
                {
                    ap.EnableStaticIPv4(SetupAddress.Text, "255.255.255.0", SetupAddress.Text);
                }

                WirelessAPConfiguration c = WirelessAPConfiguration.GetAllWirelessAPConfigurations()[0];
                bool changed = c.Options != WirelessAPConfiguration.ConfigurationOptions.AutoStart || c.Ssid != ssid;
                if (changed)
                {
                    c.Ssid = ssid;
                    c.Password = string.Empty;
                    c.Authentication = AuthenticationType.Open;
                    c.MaxConnections = 2;
                    c.Options = WirelessAPConfiguration.ConfigurationOptions.AutoStart;
                    c.SaveConfiguration();
                }

                return changed;
            }
            catch (Exception ex)
            {
                log.Line("setup", "could not configure the access point: " + ex.Message);
                return false;
            }
        }

        /// <summary>Stops the access point from starting at the next boot.</summary>
        public static void DisableAccessPoint(ILog log)
        {
            try
            {
                WirelessAPConfiguration c = WirelessAPConfiguration.GetAllWirelessAPConfigurations()[0];
                c.Options = WirelessAPConfiguration.ConfigurationOptions.Disable;
                c.SaveConfiguration();
            }
            catch (Exception ex)
            {
                log.Line("setup", "could not disable the access point: " + ex.Message);
            }
        }

        private static NetworkInterface Find(NetworkInterfaceType type)
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == type) return all[i];
            }

            return null;
        }
    }
}
