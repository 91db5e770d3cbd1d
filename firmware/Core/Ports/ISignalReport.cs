namespace NodeMqtt.Ports
{
    /// <summary>
    /// Optional beside <see cref="INetworkLink"/>: a link that knows its radio signal (Wi-Fi on the device).
    /// The node publishes it as a health value and a Home Assistant sensor only when the link implements this.
    /// </summary>
    public interface ISignalReport
    {
        /// <summary>The signal of the current connection in dBm (negative), or 0 when not known now.</summary>
        int SignalDbm { get; }
    }
}
