namespace NodeMqtt.Setup
{
    /// <summary>
    /// A minimal DHCP server (RFC 2131/2132) for the setup access point: DISCOVER gets an OFFER, REQUEST an ACK
    /// (or a NAK for an address that is not this client's), from a small pool after the node's own address.
    /// Router and DNS are the node itself, so every name reaches the captive DNS. Leases are kept by hardware
    /// address in a fixed table; when it is full the oldest is reused. No allocation per message.
    /// </summary>
    public sealed class SetupDhcp
    {
        /// <summary>Server port.</summary>
        public const int ServerPort = 67;

        /// <summary>Client port (replies are broadcast there).</summary>
        public const int ClientPort = 68;

        /// <summary>Smallest reply buffer.</summary>
        public const int ReplyBytes = 300;

        /// <summary>Lease time handed out.</summary>
        public const int LeaseSeconds = 3600;

        /// <summary>Clients at once (the pool: node address + 1 .. + this).</summary>
        public const int PoolSize = 8;

        private const int OptionsAt = 240;

        private readonly byte[] _server;
        private readonly byte[][] _macs = new byte[PoolSize][];
        private readonly long[] _usedMs = new long[PoolSize];

        /// <summary>A server at <paramref name="serverAddress"/> (the pool follows it in the same /24).</summary>
        public SetupDhcp(byte[] serverAddress)
        {
            _server = serverAddress;
            for (int i = 0; i < PoolSize; i++) _macs[i] = new byte[6];
        }

        /// <summary>Answers <paramref name="request"/>; returns the reply length in <paramref name="reply"/>, or 0.</summary>
        public int Handle(byte[] request, int length, byte[] reply, long nowMs)
        {
            if (length < OptionsAt + 4 || request[0] != 1 || request[1] != 1 || request[2] != 6) return 0;
            if (request[236] != 99 || request[237] != 130 || request[238] != 83 || request[239] != 99) return 0;
            int type = Option(request, length, 53, 1);
            if (type < 0) return 0;
            int kind = request[type];
            if (kind != 1 && kind != 3) return 0; // DISCOVER, REQUEST; the rest needs no answer here

            int lease = Lease(request, nowMs);
            int replyType = kind == 1 ? 2 : 5;   // OFFER or ACK
            if (kind == 3)
            {
                int asked = Option(request, length, 50, 4);
                int at = asked >= 0 ? asked : 12; // requested address option, else ciaddr
                bool any = request[at] == 0 && request[at + 1] == 0 && request[at + 2] == 0 && request[at + 3] == 0;
                if (!any && (request[at] != _server[0] || request[at + 1] != _server[1] || request[at + 2] != _server[2] || request[at + 3] != PoolAddress(lease)))
                {
                    replyType = 6; // NAK: the client asks for an address from another network
                }
            }

            for (int i = 0; i < OptionsAt; i++) reply[i] = 0;
            reply[0] = 2; reply[1] = 1; reply[2] = 6;
            for (int i = 4; i < 8; i++) reply[i] = request[i];       // xid
            reply[10] = request[10]; reply[11] = request[11];        // flags (broadcast bit)
            for (int i = 28; i < 44; i++) reply[i] = request[i];     // chaddr
            if (replyType != 6)
            {
                reply[16] = _server[0]; reply[17] = _server[1]; reply[18] = _server[2]; reply[19] = (byte)PoolAddress(lease);
            }

            for (int i = 0; i < 4; i++) reply[20 + i] = _server[i];  // siaddr
            reply[236] = 99; reply[237] = 130; reply[238] = 83; reply[239] = 99;
            int p = OptionsAt;
            reply[p++] = 53; reply[p++] = 1; reply[p++] = (byte)replyType;
            p = Address(reply, p, 54, _server);
            if (replyType != 6)
            {
                reply[p++] = 51; reply[p++] = 4;
                reply[p++] = 0; reply[p++] = 0; reply[p++] = (byte)(LeaseSeconds >> 8); reply[p++] = (byte)(LeaseSeconds & 0xFF);
                reply[p++] = 1; reply[p++] = 4; reply[p++] = 255; reply[p++] = 255; reply[p++] = 255; reply[p++] = 0;
                p = Address(reply, p, 3, _server);
                p = Address(reply, p, 6, _server);
            }

            reply[p++] = 255;
            while (p < ReplyBytes) reply[p++] = 0;
            return p;
        }

        private int PoolAddress(int lease)
        {
            return _server[3] + 1 + lease;
        }

        // The client's lease index: its own if known, else a free or the least recently used slot.
        private int Lease(byte[] request, long nowMs)
        {
            int oldest = 0;
            for (int i = 0; i < PoolSize; i++)
            {
                bool same = true;
                for (int k = 0; k < 6; k++) same &= _macs[i][k] == request[28 + k];
                if (same && _usedMs[i] != 0)
                {
                    _usedMs[i] = nowMs + 1;
                    return i;
                }

                if (_usedMs[i] < _usedMs[oldest]) oldest = i;
            }

            for (int k = 0; k < 6; k++) _macs[oldest][k] = request[28 + k];
            _usedMs[oldest] = nowMs + 1;
            return oldest;
        }

        private static int Address(byte[] reply, int p, int code, byte[] address)
        {
            reply[p++] = (byte)code;
            reply[p++] = 4;
            for (int i = 0; i < 4; i++) reply[p++] = address[i];
            return p;
        }

        // Index of the value of option <code> (at least minLength bytes), or -1.
        private static int Option(byte[] m, int length, int code, int minLength)
        {
            int p = OptionsAt;
            while (p < length)
            {
                int c = m[p];
                if (c == 255) return -1;
                if (c == 0) { p++; continue; }
                if (p + 1 >= length) return -1;
                int len = m[p + 1];
                if (p + 2 + len > length) return -1;
                if (c == code) return len >= minLength ? p + 2 : -1;
                p += 2 + len;
            }

            return -1;
        }
    }
}
