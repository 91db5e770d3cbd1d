using System;
using System.Device.Wifi;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>One scan for the setup page's network list, bounded in time; an empty list when the radio cannot
    /// scan (the page then lets the user type the name).</summary>
    internal static class WifiScan
    {
        private const int MaxNetworks = 16;
        private const int WaitMs = 8000;

        private static string[] s_names = new string[0];
        private static bool s_done;

        /// <summary>Scans and returns the distinct network names seen.</summary>
        public static string[] Run(ILog log)
        {
            try
            {
                WifiAdapter adapter = WifiAdapter.FindAllAdapters()[0];
                adapter.AvailableNetworksChanged += OnScanned;
                adapter.ScanAsync();
                for (int waited = 0; !s_done && waited < WaitMs; waited += 100) Thread.Sleep(100);
                adapter.AvailableNetworksChanged -= OnScanned;
            }
            catch (Exception ex)
            {
                log.Line("setup", "Wi-Fi scan failed: " + ex.Message);
            }

            return s_names;
        }

        private static void OnScanned(WifiAdapter sender, object e)
        {
            WifiAvailableNetwork[] found = sender.NetworkReport.AvailableNetworks;
            string[] names = new string[found.Length < MaxNetworks ? found.Length : MaxNetworks];
            int count = 0;
            for (int i = 0; i < found.Length && count < names.Length; i++)
            {
                string ssid = found[i].Ssid;
                if (ssid == null || ssid.Length == 0 || Contains(names, count, ssid)) continue;
                names[count++] = ssid;
            }

            string[] exact = new string[count];
            Array.Copy(names, exact, count);
            s_names = exact;
            s_done = true;
        }

        private static bool Contains(string[] names, int count, string ssid)
        {
            for (int i = 0; i < count; i++)
            {
                if (names[i] == ssid) return true;
            }

            return false;
        }
    }
}
