namespace NodeMqtt.Meter
{
    /// <summary>
    /// CRC-16/ARC as DSMR 4/5 uses it for the telegram checksum: polynomial 0x8005 reflected (0xA001),
    /// initial value 0, no final xor, computed over every byte from '/' through '!' inclusive
    /// (DSMR 5.0.2 §6.6 "CRC16"; FIELD-FACTS.md "DSMR P1"). Check value of "123456789" is 0xBB3D.
    /// </summary>
    public static class Crc16Arc
    {
        // 256 entries (512 bytes of flash): one lookup per byte instead of eight shifts, because the
        // framer runs this on every byte of a 1.1 KB telegram each second.
        private static readonly ushort[] Table = BuildTable();

        /// <summary>The CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static ushort Compute(byte[] data, int offset, int count)
        {
            ushort crc = 0;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = (ushort)((crc >> 8) ^ Table[(crc ^ data[i]) & 0xFF]);
            }

            return crc;
        }

        /// <summary>Feeds one more byte into a running CRC (start with 0).</summary>
        public static ushort Update(ushort crc, byte b)
        {
            return (ushort)((crc >> 8) ^ Table[(crc ^ b) & 0xFF]);
        }

        private static ushort[] BuildTable()
        {
            ushort[] table = new ushort[256];
            for (int i = 0; i < 256; i++)
            {
                int c = i;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ 0xA001 : c >> 1;
                }

                table[i] = (ushort)c;
            }

            return table;
        }
    }
}
