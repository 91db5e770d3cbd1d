namespace NodeMqtt.Setup
{
    /// <summary>
    /// The access point's DNS: every name resolves to the node (RFC 1035 message layout), so a phone that joins
    /// the setup network and checks its connectivity lands on the setup page. Only standard queries with one
    /// question are answered; anything else is dropped. No allocation per query: the reply goes into the
    /// caller's buffer.
    /// </summary>
    public static class CaptiveDns
    {
        /// <summary>UDP port.</summary>
        public const int Port = 53;

        /// <summary>Largest query handled (a classic UDP DNS message).</summary>
        public const int MaxMessageBytes = 512;

        /// <summary>TTL of the answers: short, so the phone asks the real DNS again soon after setup.</summary>
        public const int TtlSeconds = 30;

        private const int HeaderBytes = 12;
        private const int AnswerBytes = 16;

        /// <summary>Writes the reply to <paramref name="query"/> into <paramref name="reply"/> (at least
        /// <see cref="MaxMessageBytes"/> long) and returns its length, or 0 when the query is not answered.</summary>
        public static int Answer(byte[] query, int length, byte[] address, byte[] reply)
        {
            if (length < HeaderBytes + 5 || length > MaxMessageBytes) return 0;
            int flags = (query[2] << 8) | query[3];
            bool isQuery = (flags & 0x8000) == 0;
            int opcode = (flags >> 11) & 0xF;
            int questions = (query[4] << 8) | query[5];
            if (!isQuery || opcode != 0 || questions != 1) return 0;

            // The question: labels up to a zero byte (no compression in a question), then type and class.
            int pos = HeaderBytes;
            while (true)
            {
                if (pos >= length) return 0;
                int label = query[pos];
                if (label == 0) break;
                if (label > 63) return 0;
                pos += label + 1;
            }

            int end = pos + 5;
            if (end > length) return 0;
            int qtype = (query[pos + 1] << 8) | query[pos + 2];
            int qclass = (query[pos + 3] << 8) | query[pos + 4];
            bool answer = (qtype == 1 || qtype == 255) && qclass == 1;
            if (end + (answer ? AnswerBytes : 0) > reply.Length) return 0;

            for (int i = 0; i < end; i++) reply[i] = query[i];
            reply[2] = (byte)(0x84 | (query[2] & 0x01)); // response, authoritative, recursion desired copied
            reply[3] = 0;                                  // no recursion available, no error
            reply[6] = 0;
            reply[7] = (byte)(answer ? 1 : 0);
            reply[8] = 0; reply[9] = 0; reply[10] = 0; reply[11] = 0; // no authority, no additional (EDNS dropped)
            if (!answer) return end;

            int a = end;
            reply[a] = 0xC0; reply[a + 1] = HeaderBytes;     // the name: pointer to the question's
            reply[a + 2] = 0; reply[a + 3] = 1;              // type A
            reply[a + 4] = 0; reply[a + 5] = 1;              // class IN
            reply[a + 6] = 0; reply[a + 7] = 0; reply[a + 8] = 0; reply[a + 9] = TtlSeconds;
            reply[a + 10] = 0; reply[a + 11] = 4;
            for (int i = 0; i < 4; i++) reply[a + 12 + i] = address[i];
            return a + AnswerBytes;
        }
    }
}
