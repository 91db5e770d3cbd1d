using System.Collections;
using System.Text;
using NodeMqtt.Supervision;
using NodeMqtt.Json;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The outbox file format (blob <c>outbox</c>), little-endian:
    /// header (20 bytes) = magic "NMOB", version (1), reserved (0), entry count (u32, at offset 8),
    /// body length (u32), CRC-32 of the body (u32); then per entry: kind (u8), flags (u8: bit 0 retain,
    /// bits 1-2 QoS), age at persist time in ms (u32), sequence (i64), topic length (u16) + UTF-8 topic,
    /// payload length (u32) + payload. Ages, not node times, are stored because node time restarts at 0
    /// on every boot.
    /// </summary>
    internal static class OutboxCodec
    {
        internal const int HeaderBytes = 20;
        internal const int EntryOverheadBytes = 20;
        internal const byte Version = 1;

        /// <summary>Writes <paramref name="count"/> entries into <paramref name="buf"/> (sized by the caller
        /// with <see cref="HeaderBytes"/> + per entry <see cref="EntryOverheadBytes"/> + size); returns the length.</summary>
        internal static int Encode(OutboundMessage[] items, int count, long nowMs, byte[] buf)
        {
            int o = HeaderBytes;
            for (int i = 0; i < count; i++) o = EncodeEntry(items[i], nowMs, buf, o);
            buf[0] = (byte)'N';
            buf[1] = (byte)'M';
            buf[2] = (byte)'O';
            buf[3] = (byte)'B';
            buf[4] = Version;
            buf[5] = 0;
            buf[6] = 0;
            buf[7] = 0;
            PutU32(buf, 8, (uint)count);
            PutU32(buf, 12, (uint)(o - HeaderBytes));
            PutU32(buf, 16, Crc32.Compute(buf, HeaderBytes, o - HeaderBytes));
            return o;
        }

        /// <summary>Bytes <see cref="EncodeEntry"/> writes for <paramref name="m"/>.</summary>
        internal static int EntrySize(OutboundMessage m)
        {
            return EntryOverheadBytes + Utf8Text.ByteCount(m.Topic) + (m.Payload == null ? 0 : m.Payload.Length);
        }

        /// <summary>Writes one entry at <paramref name="o"/>; returns the offset after it.</summary>
        internal static int EncodeEntry(OutboundMessage m, long nowMs, byte[] buf, int o)
        {
            buf[o++] = (byte)m.Kind;
            buf[o++] = (byte)((m.Retain ? 1 : 0) | ((m.Qos & 3) << 1));
            long age = nowMs - m.CreatedMs;
            if (age < 0) age = 0;
            if (age > 0x7FFFFFFF) age = 0x7FFFFFFF;
            o = PutU32(buf, o, (uint)age);
            o = PutU32(buf, o, (uint)(m.Sequence & 0xFFFFFFFF));
            o = PutU32(buf, o, (uint)(m.Sequence >> 32));
            int topicLen = Utf8Text.Encode(m.Topic, buf, o + 2);
            buf[o] = (byte)topicLen;
            buf[o + 1] = (byte)(topicLen >> 8);
            o += 2 + topicLen;
            int payloadLen = m.Payload == null ? 0 : m.Payload.Length;
            o = PutU32(buf, o, (uint)payloadLen);
            for (int k = 0; k < payloadLen; k++) buf[o++] = m.Payload[k];
            return o;
        }

        /// <summary>Parses a stored outbox into <paramref name="into"/> (OutboundMessage, created at
        /// <paramref name="nowMs"/> minus the stored age, with its stored sequence, in stored order). Returns
        /// null when the whole file is valid, else a short reason; nothing is added to <paramref name="into"/> on failure.</summary>
        internal static string Decode(byte[] data, long nowMs, ArrayList into)
        {
            if (data.Length < HeaderBytes) return "truncated header (" + data.Length.ToString() + " bytes)";
            if (data[0] != 'N' || data[1] != 'M' || data[2] != 'O' || data[3] != 'B') return "bad magic";
            if (data[4] != Version) return "unsupported version " + data[4].ToString();
            uint count = GetU32(data, 8);
            uint bodyLen = GetU32(data, 12);
            if (bodyLen != (uint)(data.Length - HeaderBytes))
            {
                return "length mismatch (body " + (data.Length - HeaderBytes).ToString() + " of " + bodyLen.ToString() + " bytes)";
            }

            if (Crc32.Compute(data, HeaderBytes, (int)bodyLen) != GetU32(data, 16)) return "checksum mismatch";

            ArrayList parsed = new ArrayList();
            int o = HeaderBytes;
            long lastSequence = long.MinValue;
            for (uint i = 0; i < count; i++)
            {
                OutboundMessage m;
                string problem = DecodeEntry(data, o, data.Length, nowMs, out m, out o);
                if (problem != null) return "entry " + i.ToString() + " " + problem;
                if (m.Sequence <= lastSequence) return "entry " + i.ToString() + " out of order";
                lastSequence = m.Sequence;
                parsed.Add(m);
            }

            if (o != data.Length) return "trailing bytes after " + count.ToString() + " entries";
            for (int i = 0; i < parsed.Count; i++) into.Add(parsed[i]);
            return null;
        }

        /// <summary>Parses one entry from <paramref name="o"/> (not past <paramref name="end"/>); null or the problem.</summary>
        internal static string DecodeEntry(byte[] data, int o, int end, long nowMs, out OutboundMessage m, out int next)
        {
            m = null;
            next = o;
            if (end - o < EntryOverheadBytes) return "truncated";
            int kind = data[o];
            int flags = data[o + 1];
            int qos = (flags >> 1) & 3;
            if (!MessageKind.IsKnown(kind) || qos > 1 || (flags & 0xF8) != 0) return "has bad kind or flags";
            long age = GetU32(data, o + 2);
            long sequence = (long)GetU32(data, o + 6) | ((long)GetU32(data, o + 10) << 32);
            int topicLen = data[o + 14] | (data[o + 15] << 8);
            o += 16;
            if (topicLen == 0 || end - o < topicLen + 4) return "truncated";
            string topic = Encoding.UTF8.GetString(data, o, topicLen);
            o += topicLen;
            uint payloadLen = GetU32(data, o);
            o += 4;
            if (payloadLen > (uint)(end - o)) return "truncated";
            byte[] payload = new byte[payloadLen];
            for (int k = 0; k < payload.Length; k++) payload[k] = data[o + k];
            o += payload.Length;
            m = new OutboundMessage(topic, payload, qos, (flags & 1) != 0, kind, nowMs - age);
            m.Sequence = sequence;
            next = o;
            return null;
        }

        internal static int PutU32(byte[] b, int o, uint v)
        {
            b[o] = (byte)v;
            b[o + 1] = (byte)(v >> 8);
            b[o + 2] = (byte)(v >> 16);
            b[o + 3] = (byte)(v >> 24);
            return o + 4;
        }

        internal static uint GetU32(byte[] b, int o)
        {
            return (uint)(b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));
        }
    }
}
