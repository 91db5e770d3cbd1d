namespace NodeMqtt.Meter
{
    /// <summary>Where readings go: the one interface between the meter path and the rest of the node.</summary>
    public interface IReadingSink
    {
        /// <summary>A telegram passed its CRC and was parsed. <paramref name="reading"/> is reused after
        /// this call returns; copy what you keep.</summary>
        void OnReading(Reading reading, long nowMs);
    }
}
