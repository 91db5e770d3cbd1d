namespace NodeMqtt.Setup
{
    /// <summary>
    /// The node's own address in access-point mode: fixed, so the DHCP server, the captive DNS answers and
    /// the portal redirect agree. 192.168.4.1/24 is what ESP32 soft APs conventionally use.
    /// </summary>
    public static class SetupAddress
    {
        /// <summary>Dotted form.</summary>
        public const string Text = "192.168.4.1";

        /// <summary>The address as four bytes (a new array each call: callers may keep it).</summary>
        public static byte[] Bytes()
        {
            return new byte[] { 192, 168, 4, 1 };
        }

        /// <summary>The subnet mask, 255.255.255.0.</summary>
        public static byte[] Mask()
        {
            return new byte[] { 255, 255, 255, 0 };
        }
    }
}
