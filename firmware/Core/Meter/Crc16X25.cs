namespace NodeMqtt.Meter
{
    /// <summary>
    /// CRC-16/X.25 for the HDLC frames of DLMS/COSEM push meters (HCS and FCS): polynomial 0x1021
    /// reflected (0x8408), initial value 0xFFFF, final xor 0xFFFF, sent low byte first
    /// (FIELD-FACTS.md "DLMS/COSEM push over HDLC"). Check value of "123456789" is 0x906E.
    /// Bitwise (no table): HDLC frames are short and arrive every few seconds, so flash wins over speed.
    /// </summary>
    public static class Crc16X25
    {
        /// <summary>The CRC (final xor applied) of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static ushort Compute(byte[] data, int offset, int count)
        {
            int crc = 0xFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = Step(crc, data[i]);
            }

            return (ushort)(crc ^ 0xFFFF);
        }

        /// <summary>One byte into a running CRC (start 0xFFFF, no final xor): a framer checks as bytes arrive; over
        /// data plus its own two check bytes the register ends at the residue 0xF0B8.</summary>
        public static int Step(int crc, byte c)
        {
            crc ^= c;
            for (int bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x8408 : crc >> 1;
            return crc;
        }
    }
}
