namespace NodeMqtt.Setup
{
    /// <summary>
    /// Reads an HTTP/1.x request line and headers from raw bytes into a <see cref="SetupRequest"/>, within
    /// <see cref="SetupLimits"/>. The virtual board's socket server uses it; the device's HttpListener does this
    /// part itself. Returns 0 and the body length it announces, or a 4xx/5xx status with a reason.
    /// </summary>
    public sealed class HttpHead
    {
        /// <summary>Content-Length of the request (0 when absent), valid when <see cref="Parse"/> returned 0.</summary>
        public int ContentLength;

        /// <summary>Why the head was refused, when <see cref="Parse"/> returned a status.</summary>
        public string Problem;

        /// <summary>The index just past the blank line ending the head in <paramref name="data"/>, or -1 if not there yet.</summary>
        public static int FindEnd(byte[] data, int count)
        {
            for (int i = 3; i < count; i++)
            {
                if (data[i] == (byte)'\n' && data[i - 1] == (byte)'\r' && data[i - 2] == (byte)'\n' && data[i - 3] == (byte)'\r') return i + 1;
            }

            return -1;
        }

        /// <summary>Parses the head (<paramref name="length"/> bytes ending with CRLF CRLF) into <paramref name="into"/>.</summary>
        public int Parse(byte[] data, int length, SetupRequest into)
        {
            into.Clear();
            ContentLength = 0;
            Problem = null;
            if (length > SetupLimits.MaxHeadBytes) return Fail(431, "request head larger than " + SetupLimits.MaxHeadBytes + " bytes");
            int lineEnd = LineEnd(data, 0, length);
            if (lineEnd < 0) return Fail(400, "no request line");
            string line = Ascii(data, 0, lineEnd);
            if (line == null) return Fail(400, "request line is not printable ASCII");
            string[] parts = line.Split(' ');
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0) return Fail(400, "malformed request line");
            if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") return Fail(400, "unsupported protocol version");
            if (parts[1].Length > SetupLimits.MaxTargetChars) return Fail(414, "request target longer than " + SetupLimits.MaxTargetChars);
            into.Method = parts[0];
            string target = parts[1];
            int q = target.IndexOf('?');
            into.Path = q < 0 ? target : target.Substring(0, q);
            into.Query = q < 0 ? null : target.Substring(q + 1);

            int lines = 0;
            int pos = lineEnd + 2;
            while (pos < length)
            {
                int end = LineEnd(data, pos, length);
                if (end < 0) return Fail(400, "header line without CRLF");
                if (end == pos) break;
                if (++lines > SetupLimits.MaxHeaderLines) return Fail(431, "more than " + SetupLimits.MaxHeaderLines + " header lines");
                string header = Ascii(data, pos, end);
                if (header == null) return Fail(400, "header is not printable ASCII");
                int colon = header.IndexOf(':');
                if (colon <= 0) return Fail(400, "header without a name");
                string name = header.Substring(0, colon).ToLower();
                string value = header.Substring(colon + 1).Trim();
                int status = Header(name, value, into);
                if (status != 0) return status;
                pos = end + 2;
            }

            return 0;
        }

        private int Header(string name, string value, SetupRequest into)
        {
            if (name == "host") into.Host = value;
            else if (name == "cookie") into.Cookie = value;
            else if (name == "content-type") into.ContentType = value;
            else if (name == "transfer-encoding") return Fail(501, "transfer encodings are not supported; send Content-Length");
            else if (name == "content-length")
            {
                if (value.Length == 0 || value.Length > 9) return Fail(value.Length > 9 ? 413 : 400, "bad Content-Length");
                int n = 0;
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    if (c < '0' || c > '9') return Fail(400, "bad Content-Length");
                    n = n * 10 + (c - '0');
                }

                if (n > SetupLimits.MaxBodyBytes) return Fail(413, "body larger than " + SetupLimits.MaxBodyBytes + " bytes");
                ContentLength = n;
            }

            return 0;
        }

        private int Fail(int status, string problem)
        {
            Problem = problem;
            return status;
        }

        private static int LineEnd(byte[] data, int from, int length)
        {
            for (int i = from; i + 1 < length; i++)
            {
                if (data[i] == (byte)'\r' && data[i + 1] == (byte)'\n') return i;
            }

            return -1;
        }

        // Printable ASCII (and tab) only: anything else in a head is refused rather than guessed at.
        private static string Ascii(byte[] data, int from, int to)
        {
            char[] chars = new char[to - from];
            for (int i = from; i < to; i++)
            {
                byte b = data[i];
                if ((b < 0x20 && b != 0x09) || b > 0x7E) return null;
                chars[i - from] = (char)b;
            }

            return new string(chars);
        }
    }
}
