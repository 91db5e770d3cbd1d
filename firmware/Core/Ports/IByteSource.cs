namespace NodeMqtt.Ports
{
    /// <summary>
    /// A stream of bytes from the meter (UART on the device; simulator, pty, TCP or file on the host).
    /// The platform reads it and hands the bytes to <c>Node.OnMeterBytes</c>; Core never reads it itself.
    /// </summary>
    public interface IByteSource
    {
        /// <summary>Copies up to <paramref name="count"/> available bytes into <paramref name="buffer"/>.
        /// Returns the number copied, 0 when nothing is available now, or -1 when the source has ended.
        /// Never blocks for long and never throws.</summary>
        int Read(byte[] buffer, int offset, int count);
    }
}
