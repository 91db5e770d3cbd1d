namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Reassembles <c>general-block-transfer</c> APDUs (0xE0, IEC 62056-5-3 §9.3.5: control with the
    /// last-block bit 0x80, block number, acknowledged block number, A-XDR length, block data), which some
    /// meters use to push a list longer than one frame. Blocks must arrive numbered 1, 2, 3, …; a gap or an
    /// overflow drops the transfer. One preallocated buffer.
    /// </summary>
    public sealed class BlockTransfer
    {
        private readonly byte[] _buf;
        private int _length;
        private int _lastBlock;

        /// <summary>Creates the reassembler with room for <paramref name="maxBytes"/>.</summary>
        public BlockTransfer(int maxBytes)
        {
            _buf = new byte[maxBytes];
        }

        /// <summary>Transfers dropped for a gap in the numbering, a bad header or overflow.</summary>
        public int Dropped { get; private set; }
        /// <summary>The reassembled APDU after <see cref="Add"/> returned true.</summary>
        public byte[] Buffer { get { return _buf; } }
        /// <summary>Its length.</summary>
        public int Length { get { return _length; } }

        /// <summary>Adds one block APDU; true when it was the last block and <see cref="Buffer"/> holds the whole APDU.</summary>
        public bool Add(byte[] a, int offset, int length)
        {
            int end = offset + length;
            int p = offset + 6; // tag, control, block number (2), acknowledged block number (2)
            int n;
            if (length < 7 || !AxdrItems.Length(a, ref p, end, out n) || n > end - p)
            {
                Drop();
                return false;
            }

            bool last = (a[offset + 1] & 0x80) != 0;
            int block = (a[offset + 2] << 8) | a[offset + 3];
            if (block == 1) _length = 0;
            else if (block != _lastBlock + 1 || _lastBlock == 0)
            {
                Drop();
                return false;
            }

            if (n > _buf.Length - _length)
            {
                Drop();
                return false;
            }

            for (int i = 0; i < n; i++) _buf[_length + i] = a[p + i];
            _length += n;
            _lastBlock = last ? 0 : block;
            return last;
        }

        private void Drop()
        {
            Dropped++;
            _length = 0;
            _lastBlock = 0;
        }
    }
}
