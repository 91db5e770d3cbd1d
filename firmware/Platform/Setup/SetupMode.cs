using System.Threading;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// Which way the device starts: the setup access point (no Wi-Fi network stored, the button held at boot, or
    /// a setup asked for earlier and not finished yet), or station mode with the status pages on the LAN.
    /// Also applies what the setup page saved over the configuration file, by the same key rules.
    /// </summary>
    internal static class SetupMode
    {
        // Present while the device should come back in setup mode: the button's wish survives the reboot that
        // starts the access point, and a save clears it.
        private const string PendingBlob = "setup.pending";

        /// <summary>Starts the access point, its DHCP and DNS, and the setup page when setup mode is due; returns
        /// false (doing nothing) otherwise. May reboot once to bring the access point up.</summary>
        public static bool RunAccessPointIfDue(IStore store, ISystem system, ILog log, object coreLock)
        {
            bool held = SetupButton.IsHeld(log);
            bool pending = store.Read(PendingBlob) != null;
            if (WifiProfiles.HasStationProfile() && !held && !pending) return false;

            log.Line("setup", held ? "button held: setup mode" : (pending ? "setup not finished: setup mode" : "no Wi-Fi network stored: setup mode"));
            if (!pending) store.Write(PendingBlob, new byte[] { 1 }, 1);
            string chip = system.ChipIdHex;
            string ssid = "NodeMqtt-" + chip.Substring(chip.Length - 4);
            if (WifiProfiles.EnableAccessPoint(ssid, log))
            {
                log.Line("setup", "access point " + ssid + " configured; restarting to open it");
                Thread.Sleep(500);
                system.Reboot();
            }

            string[] networks = WifiScan.Run(log);
            new CaptiveDnsResponder(log).Start();
            new DhcpResponder(log).Start();
            Start(null, true, networks, store, system, log, coreLock);
            log.Line("setup", "join the open Wi-Fi network " + ssid + " and open http://" + SetupAddress.Text + "/");
            return true;
        }

        /// <summary>The status page (and settings) on the LAN for the running node.</summary>
        public static void StartStatusPages(Node node, IStore store, ISystem system, ILog log, object coreLock)
        {
            Start(node, false, new string[0], store, system, log, coreLock);
        }

        /// <summary>The settings saved by the setup page applied over <paramref name="config"/>; when they no longer
        /// validate they are reported and <paramref name="config"/> is kept as it was.</summary>
        public static NodeConfig ApplySaved(NodeConfig config, IStore store, ILog log)
        {
            SetupSettings saved = new SetupSettings();
            if (!saved.Load(store) || saved.Count == 0) return config;
            NodeConfig withSaved = new NodeConfig();
            DeviceConfigFile.Apply(withSaved, store, log);
            string problem = saved.ApplyTo(withSaved);
            if (problem != null)
            {
                log.Line("config", "settings from the setup page not applied: " + problem);
                return config;
            }

            return withSaved;
        }

        private static void Start(Node node, bool accessPoint, string[] networks, IStore store, ISystem system, ILog log, object coreLock)
        {
            DeviceSetupPlatform platform = new DeviceSetupPlatform(node, accessPoint, networks, store, log, system);
            SetupHandler handler = new SetupHandler(store, platform, log);
            platform.Handler = handler;
            platform.PendingBlob = PendingBlob;
            new SetupWebServer(handler, platform, coreLock, system, log).Start();
        }
    }
}
