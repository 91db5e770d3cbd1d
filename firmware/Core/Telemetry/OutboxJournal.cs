using System.Collections;
using NodeMqtt.Supervision;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The outbox's write-ahead journal (blob <c>outbox.journal</c>), appended between snapshots so an
    /// accepted reading reaches flash within seconds at the cost of its own bytes only. Record: magic 0xA5,
    /// type (1 = add, 2 = remove), body length (u32), CRC-32 of the body (u32), body. An add's body is one
    /// <see cref="OutboxCodec"/> entry (with its sequence); a remove's is a count (u16) and that many
    /// sequences (i64). Replay is idempotent by sequence: an add at or below the last sequence held is
    /// skipped, a remove of an absent sequence is ignored, so a crash between a snapshot and the journal's
    /// deletion replays harmlessly. A torn or corrupt record ends the replay (a crash mid-append).
    /// </summary>
    internal static class OutboxJournal
    {
        internal const string BlobName = "outbox.journal";
        internal const int RecordHeaderBytes = 10;
        internal const byte Magic = 0xA5;
        internal const byte TypeAdd = 1;
        internal const byte TypeRemove = 2;
        internal const int MaxRemovesPerRecord = 4096;

        /// <summary>Bytes an add record for <paramref name="m"/> takes.</summary>
        internal static int AddSize(OutboundMessage m)
        {
            return RecordHeaderBytes + OutboxCodec.EntrySize(m);
        }

        /// <summary>Bytes a remove record for <paramref name="count"/> sequences takes.</summary>
        internal static int RemoveSize(int count)
        {
            return RecordHeaderBytes + 2 + 8 * count;
        }

        internal static int WriteAdd(OutboundMessage m, long nowMs, byte[] buf, int o)
        {
            int end = OutboxCodec.EncodeEntry(m, nowMs, buf, o + RecordHeaderBytes);
            return Seal(buf, o, TypeAdd, end);
        }

        internal static int WriteRemove(long[] sequences, int start, int count, byte[] buf, int o)
        {
            int b = o + RecordHeaderBytes;
            buf[b] = (byte)count;
            buf[b + 1] = (byte)(count >> 8);
            b += 2;
            for (int i = 0; i < count; i++)
            {
                long s = sequences[start + i];
                b = OutboxCodec.PutU32(buf, b, (uint)(s & 0xFFFFFFFF));
                b = OutboxCodec.PutU32(buf, b, (uint)(s >> 32));
            }

            return Seal(buf, o, TypeRemove, b);
        }

        /// <summary>
        /// Applies the records of <paramref name="data"/> to <paramref name="items"/> (OutboundMessage sorted by
        /// sequence). Returns the count of bytes that held valid records; less than the length means a torn
        /// or corrupt tail, which the caller reports and compacts away.
        /// </summary>
        internal static int Replay(byte[] data, long nowMs, ArrayList items)
        {
            int o = 0;
            while (data.Length - o >= RecordHeaderBytes)
            {
                if (data[o] != Magic) return o;
                int type = data[o + 1];
                uint length = OutboxCodec.GetU32(data, o + 2);
                if (length > (uint)(data.Length - o - RecordHeaderBytes)) return o;
                int body = o + RecordHeaderBytes;
                int end = body + (int)length;
                if (Crc32.Compute(data, body, (int)length) != OutboxCodec.GetU32(data, o + 6)) return o;
                if (type == TypeAdd)
                {
                    OutboundMessage m;
                    int next;
                    if (OutboxCodec.DecodeEntry(data, body, end, nowMs, out m, out next) != null || next != end) return o;
                    long last = items.Count == 0 ? long.MinValue : ((OutboundMessage)items[items.Count - 1]).Sequence;
                    if (m.Sequence > last) items.Add(m);
                }
                else if (type == TypeRemove)
                {
                    if (length < 2) return o;
                    int count = data[body] | (data[body + 1] << 8);
                    if (length != (uint)(2 + 8 * count)) return o;
                    for (int i = 0; i < count; i++)
                    {
                        int p = body + 2 + 8 * i;
                        Remove(items, (long)OutboxCodec.GetU32(data, p) | ((long)OutboxCodec.GetU32(data, p + 4) << 32));
                    }
                }
                else return o;

                o = end;
            }

            return o;
        }

        private static void Remove(ArrayList items, long sequence)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (((OutboundMessage)items[i]).Sequence == sequence)
                {
                    items.RemoveAt(i);
                    return;
                }
            }
        }

        private static int Seal(byte[] buf, int o, byte type, int end)
        {
            int length = end - o - RecordHeaderBytes;
            buf[o] = Magic;
            buf[o + 1] = type;
            OutboxCodec.PutU32(buf, o + 2, (uint)length);
            OutboxCodec.PutU32(buf, o + 6, Crc32.Compute(buf, o + RecordHeaderBytes, length));
            return end;
        }
    }
}
