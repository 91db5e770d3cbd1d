namespace NodeMqtt.Meter.Dlms
{
    /// <summary>Receives each complete APDU a DLMS framer (HDLC, M-Bus, raw ciphered) reassembled.</summary>
    public interface IApduListener
    {
        /// <summary>An APDU passed its frame checks (FCS or checksum). <paramref name="buffer"/> is the
        /// framer's own and is reused after this call returns.</summary>
        void OnApdu(byte[] buffer, int offset, int length, long nowMs);
    }
}
