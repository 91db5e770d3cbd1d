// nanoFramework.Runtime.Events 1.11.37 — assembly nanoFramework.Runtime.Events; checked against nanoframework/nanoFramework.Runtime.Events@v1.11.37
// Nothing declared: no NodeMqtt source calls this assembly. NodeMqtt.nfproj references it because M2Mqtt 5.1.220,
// System.Net, System.Device.Wifi, System.IO.Ports, System.Device.Gpio, System.IO.FileSystem and
// Hardware.Esp32 depend on it (their nuspecs), and a nanoFramework app must reference every assembly it deploys.
