using NodeMqtt.Meter;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>A MeterReader wired to a recording sink and log, fed from strings.</summary>
    public sealed class MeterHarness
    {
        /// <summary>The configuration the reader was built with.</summary>
        public readonly MeterConfig Config;
        /// <summary>Readings delivered.</summary>
        public readonly RecordingReadingSink Sink = new RecordingReadingSink();
        /// <summary>Log lines.</summary>
        public readonly RecordingLog Log = new RecordingLog();
        /// <summary>The reader under test.</summary>
        public readonly MeterReader Reader;

        /// <summary>A reader for <paramref name="protocol"/> (auto, dsmr5, dsmr22) with default limits.</summary>
        public MeterHarness(string protocol) : this(protocol, 2048) { }

        /// <summary>A reader with a given buffer size.</summary>
        public MeterHarness(string protocol, int maxTelegramBytes)
        {
            Config = new MeterConfig();
            Config.Protocol = protocol;
            Config.MaxTelegramBytes = maxTelegramBytes;
            Reader = new MeterReader(Config, Sink, Log);
        }

        /// <summary>Pushes the whole text in one chunk at <paramref name="nowMs"/>.</summary>
        public void Push(string text, long nowMs)
        {
            byte[] bytes = MeterTestBytes.Of(text);
            Reader.Push(bytes, 0, bytes.Length, nowMs);
        }

        /// <summary>True when the framer's byte accounting adds up.</summary>
        public bool BytesAddUp()
        {
            TelegramFramer f = Reader.Framer;
            return f.BytesIn == f.OkBytes + f.RejectedBytes + f.GarbageBytes + f.IdleBytes + f.PendingBytes;
        }
    }
}
