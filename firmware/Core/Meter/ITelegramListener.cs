namespace NodeMqtt.Meter
{
    /// <summary>Receives each complete telegram the <see cref="TelegramFramer"/> accepts.</summary>
    public interface ITelegramListener
    {
        /// <summary>
        /// A telegram passed its checks. <paramref name="buffer"/> is the framer's own buffer, holding the
        /// telegram from '/' through '!' and, when <paramref name="hasCrc"/>, the four CRC hex digits
        /// (no trailing CR LF). It is overwritten by the next telegram: use it before returning.
        /// <paramref name="hasCrc"/> is false only for DSMR 2.2/3 telegrams, which carry no checksum.
        /// </summary>
        void OnTelegram(byte[] buffer, int length, bool hasCrc, long nowMs);
    }
}
