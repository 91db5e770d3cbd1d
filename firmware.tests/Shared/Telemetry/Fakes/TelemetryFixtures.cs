#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Text;
using NodeMqtt.Meter;
using NodeMqtt.Supervision;
using NodeMqtt.Telemetry;

namespace NodeMqtt.Tests.Telemetry.Fakes
{
    /// <summary>Hand-made field rows and readings (the DSMR parser is built elsewhere), plus helpers.</summary>
    public static class TelemetryFixtures
    {
        /// <summary>2026-01-02T03:04:05Z.</summary>
        public const long MeterTime = 1767323045000;

        public static readonly MeterField Energy1 = new MeterField("1-0:1.8.1", "energy_delivered_tariff1_kwh", "kWh", FieldKind.Counter, 3, "energy");
        public static readonly MeterField Power = new MeterField("1-0:1.7.0", "power_delivered_kw", "kW", FieldKind.Measurement, 3, "power");
        public static readonly MeterField Voltage = new MeterField("1-0:32.7.0", "voltage_l1_v", "V", FieldKind.Measurement, 1, "voltage");
        public static readonly MeterField Tariff = new MeterField("0-0:96.14.0", "electricity_tariff", null, FieldKind.Integer, 0, null);
        public static readonly MeterField Message = new MeterField("0-0:96.13.0", "text_message", null, FieldKind.Text, 0, null);
        public static readonly MeterField Gas = new MeterField("0-1:24.2.1", "gas_delivered_m3", "m3", FieldKind.Counter, 3, "gas");

        /// <summary>energy 1431.297, power 0.123, voltage 230.1 at MeterTime.</summary>
        public static Reading Basic(double power)
        {
            Reading r = new Reading();
            r.MeterTimeUtcMs = MeterTime;
            r.Header = "ISK5\\2M550T-1012";
            r.Add(Energy1, 1431.297, null, 0);
            r.Add(Power, power, null, 0);
            r.Add(Voltage, 230.1, null, 0);
            return r;
        }

        public static TelemetryConfig Config(string profile)
        {
            TelemetryConfig c = new TelemetryConfig();
            c.Profile = profile;
            c.TopicPrefix = "nodemqtt";
            return c;
        }

        public static OutboxConfig Roomy()
        {
            OutboxConfig c = new OutboxConfig();
            c.FlushBurst = 1000;
            c.FlushPerSecond = 1000;
            return c;
        }

        public static string Text(byte[] payload)
        {
            return Encoding.UTF8.GetString(payload, 0, payload.Length);
        }

        public static byte[] Bytes(string s)
        {
            return Encoding.UTF8.GetBytes(s);
        }

        public static OutboundMessage Msg(string topic, string payload, int kind, long nowMs)
        {
            return new OutboundMessage(topic, Bytes(payload), 1, false, kind, nowMs);
        }

        /// <summary>Payload text of the held message on <paramref name="topic"/> (the newest), or null.</summary>
        public static string Find(Outbox outbox, string topic)
        {
            for (int i = outbox.Count - 1; i >= 0; i--)
            {
                if (outbox.At(i).Topic == topic) return Text(outbox.At(i).Payload);
            }

            return null;
        }

        /// <summary>Held messages on <paramref name="topic"/>.</summary>
        public static int CountOn(Outbox outbox, string topic)
        {
            int n = 0;
            for (int i = 0; i < outbox.Count; i++)
            {
                if (outbox.At(i).Topic == topic) n++;
            }

            return n;
        }

        /// <summary>Delivers everything held (for policy tests that count what was published).</summary>
        public static void DrainAll(Outbox outbox, long nowMs)
        {
            OutboundMessage m = outbox.TakeNext(nowMs);
            while (m != null)
            {
                outbox.OnDelivered(m, nowMs);
                m = outbox.TakeNext(nowMs);
            }
        }
    }
}
