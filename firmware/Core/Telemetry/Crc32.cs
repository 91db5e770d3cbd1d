namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// CRC-32 (IEEE 802.3: reflected polynomial 0xEDB88320, init and final xor 0xFFFFFFFF; check value of
    /// "123456789" is 0xCBF43926). Used to detect a torn or corrupted outbox file. A 16-entry nibble table
    /// keeps it small in flash and RAM while being 4x faster than bit-by-bit.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Nibble =
        {
            0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
            0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C
        };

        /// <summary>CRC-32 of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc ^= data[i];
                crc = (crc >> 4) ^ Nibble[crc & 0x0F];
                crc = (crc >> 4) ^ Nibble[crc & 0x0F];
            }

            return crc ^ 0xFFFFFFFF;
        }
    }
}
