using NodeMqtt.Json;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// Writes a page to an <see cref="IResponseSink"/> through one small reused buffer
    /// (<see cref="SetupLimits.ChunkBytes"/>): text is encoded to UTF-8 straight into it and sent whenever it
    /// fills, so no page ever exists whole in memory (the device has ~100 KB of heap). Counts what it sent,
    /// which is the page size the bench reports.
    /// </summary>
    public sealed class PageWriter
    {
        private readonly byte[] _buffer = new byte[SetupLimits.ChunkBytes];
        private IResponseSink _sink;
        private int _used;
        private int _total;

        /// <summary>Bytes sent since <see cref="Start"/> (including what is still buffered).</summary>
        public int TotalBytes
        {
            get { return _total; }
        }

        /// <summary>Begins a page on <paramref name="sink"/>.</summary>
        public void Start(IResponseSink sink)
        {
            _sink = sink;
            _used = 0;
            _total = 0;
        }

        /// <summary>Appends trusted markup or text as is.</summary>
        public PageWriter Raw(string text)
        {
            if (text == null) return this;
            for (int i = 0; i < text.Length; i++) Char(text[i], text, ref i);
            return this;
        }

        /// <summary>Appends text with HTML's special characters escaped (safe inside elements and quoted attributes).</summary>
        public PageWriter Text(string text)
        {
            if (text == null) return this;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': Raw("&amp;"); break;
                    case '<': Raw("&lt;"); break;
                    case '>': Raw("&gt;"); break;
                    case '"': Raw("&quot;"); break;
                    case '\'': Raw("&#39;"); break;
                    default: Char(c, text, ref i); break;
                }
            }

            return this;
        }

        /// <summary>Appends a whole number.</summary>
        public PageWriter Number(long value)
        {
            if (value < 0)
            {
                Byte((byte)'-');
                if (value == long.MinValue)
                {
                    return Raw("9223372036854775808");
                }

                value = -value;
            }

            long div = 1;
            while (value / div >= 10) div *= 10;
            while (div > 0)
            {
                Byte((byte)('0' + (int)(value / div % 10)));
                div /= 10;
            }

            return this;
        }

        /// <summary>Appends raw bytes (an already-encoded document).</summary>
        public void Bytes(byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++) Byte(data[offset + i]);
        }

        /// <summary>Sends what is buffered.</summary>
        public void Flush()
        {
            if (_used > 0 && _sink != null)
            {
                _sink.Write(_buffer, 0, _used);
            }

            _used = 0;
        }

        /// <summary>Sends what is buffered and ends the response.</summary>
        public void Finish()
        {
            Flush();
            if (_sink != null) _sink.End();
            _sink = null;
        }

        // UTF-8 without allocating (Utf8Text's encoder); a lone surrogate becomes U+FFFD.
        private void Char(char c, string text, ref int i)
        {
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (_buffer.Length - _used < 4) Flush();
            int end = Utf8Text.Put(c, next, _buffer, _used);
            if (Utf8Text.IsPair(c, next)) i++;
            _total += end - _used;
            _used = end;
        }

        private void Byte(byte b)
        {
            if (_used == _buffer.Length) Flush();
            _buffer[_used++] = b;
            _total++;
        }
    }
}
