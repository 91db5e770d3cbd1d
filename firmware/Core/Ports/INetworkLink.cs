namespace NodeMqtt.Ports
{
    /// <summary>
    /// The node's network link (Wi-Fi on the device, a switchable simulated link on the host).
    /// Link changes reach Core as <c>Node.OnLinkChanged</c>, delivered on Core's thread.
    /// </summary>
    public interface INetworkLink
    {
        /// <summary>Whether the link has an address now.</summary>
        bool IsUp { get; }

        /// <summary>Asks the platform to tear down and re-establish the link (escalation step 2).
        /// Returns at once; never throws. The result arrives as link events.</summary>
        void RequestReconnect();
    }
}
