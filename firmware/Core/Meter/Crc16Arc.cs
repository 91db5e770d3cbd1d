namespace NodeMqtt.Meter
{
    /// <summary>
    /// CRC-16/ARC as DSMR 4/5 uses it for the telegram checksum: polynomial 0x8005 reflected (0xA001),
    /// initial value 0, no final xor, computed over every byte from '/' through '!' inclusive
    /// (DSMR 5.0.2 §6.6 "CRC16"; FIELD-FACTS.md "DSMR P1"). Check value of "123456789" is 0xBB3D.
    /// </summary>
    public static class Crc16Arc
    {
        // Four 256-entry tables, one after the other (2 KB): Table[0..255] is the classic byte table,
        // Table[256k + i] the CRC of byte i followed by k zero bytes. A run of bytes is then taken four at a
        // time ("slicing-by-4"): four independent lookups instead of a chain of four dependent ones, which
        // made the checksum of a 1.1 KB telegram about 3x faster than byte by byte (issue 9's 150,000/s).
        private static readonly ushort[] Table = BuildTable();

        /// <summary>The CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static ushort Compute(byte[] data, int offset, int count)
        {
            return Update(0, data, offset, count);
        }

        /// <summary>Feeds one more byte into a running CRC (start with 0).</summary>
        public static ushort Update(ushort crc, byte b)
        {
            return (ushort)((crc >> 8) ^ Table[(crc ^ b) & 0xFF]);
        }

        /// <summary>Feeds <paramref name="count"/> more bytes from <paramref name="offset"/> into a running CRC;
        /// the same result as <see cref="Update(ushort, byte)"/> byte by byte.</summary>
        public static ushort Update(ushort crc, byte[] data, int offset, int count)
        {
            ushort[] t = Table;
            int c = crc;
            int i = offset;
            int end = offset + count;
            for (int last = end - 4; i <= last; i += 4)
            {
                // The CRC register is 16 bits: it mixes into the first two bytes only.
                int x = c ^ (data[i] | (data[i + 1] << 8));
                c = t[768 + (x & 0xFF)] ^ t[512 + (x >> 8)] ^ t[256 + data[i + 2]] ^ t[data[i + 3]];
            }

            for (; i < end; i++)
            {
                c = (c >> 8) ^ t[(c ^ data[i]) & 0xFF];
            }

            return (ushort)c;
        }

        private static ushort[] BuildTable()
        {
            ushort[] table = new ushort[1024];
            for (int i = 0; i < 256; i++)
            {
                int c = i;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? (c >> 1) ^ 0xA001 : c >> 1;
                }

                table[i] = (ushort)c;
            }

            for (int i = 256; i < 1024; i++)
            {
                int previous = table[i - 256];
                table[i] = (ushort)((previous >> 8) ^ table[previous & 0xFF]);
            }

            return table;
        }
    }
}
