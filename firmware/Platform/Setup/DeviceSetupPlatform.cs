using System;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// The device's side of the setup pages. In access-point mode there is no node (no network to reach a broker);
    /// on the LAN it is the running node. A save stores the Wi-Fi network in the device's network configuration,
    /// switches the access point off and asks for a reboot into station mode.
    /// </summary>
    internal sealed class DeviceSetupPlatform : ISetupPlatform
    {
        private readonly Node _node;
        private readonly bool _accessPoint;
        private readonly string[] _networks;
        private readonly IStore _store;
        private readonly ILog _log;
        private readonly Random _random;
        private readonly ISystem _system;
        private SetupHandler _handler;
        private bool _rebootPending;

        public DeviceSetupPlatform(Node node, bool accessPoint, string[] networks, IStore store, ILog log, ISystem system)
        {
            _system = system;
            string chipIdHex = system.ChipIdHex;
            _node = node;
            _accessPoint = accessPoint;
            _networks = networks;
            _store = store;
            _log = log;
            // Salts and session tokens: nanoFramework's Random mixed with the chip id and the boot time.
            int seed = (int)Environment.TickCount64;
            for (int i = 0; i < chipIdHex.Length; i++) seed = seed * 31 + chipIdHex[i];
            _random = new Random(seed ^ new Random().Next());
        }

        /// <summary>Set once the handler exists (it reads the saved Wi-Fi network from it).</summary>
        public SetupHandler Handler
        {
            set { _handler = value; }
        }

        /// <summary>Store blob that keeps setup mode across reboots until a save.</summary>
        public string PendingBlob;

        /// <summary>A save asked for a reboot; the web server does it after the response.</summary>
        public bool RebootPending
        {
            get { return _rebootPending; }
        }

        public Node Node
        {
            get { return _node; }
        }

        public bool AccessPointMode
        {
            get { return _accessPoint; }
        }

        public long FreeMemoryBytes
        {
            get { return _system.FreeMemoryBytes; }
        }

        public string[] NetworkNames()
        {
            return _networks;
        }

        public void FillRandom(byte[] buffer)
        {
            _random.NextBytes(buffer);
        }

        public NodeConfig NewBaseConfig()
        {
            NodeConfig config = new NodeConfig();
            DeviceConfigFile.Apply(config, _store, _log);
            return config;
        }

        public void OnSettingsSaved()
        {
            SetupSettings s = _handler.Settings;
            string ssid = s.Get(SetupSettings.WifiSsidKey);
            if (ssid != null && WifiProfiles.SaveStation(ssid, s.Get(SetupSettings.WifiPasswordKey), _log))
            {
                WifiProfiles.DisableAccessPoint(_log);
                if (PendingBlob != null) _store.Delete(PendingBlob);
            }

            _rebootPending = true;
        }
    }
}
