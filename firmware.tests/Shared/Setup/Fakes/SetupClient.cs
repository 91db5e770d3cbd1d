#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Setup;
using NodeMqtt.Tests.Fakes;

namespace NodeMqtt.Tests.Setup.Fakes
{
    /// <summary>Drives a <see cref="SetupHandler"/> like a browser: GET and form POSTs, keeping the session cookie.</summary>
    public sealed class SetupClient
    {
        public readonly MemoryStore Store = new MemoryStore();
        public readonly FakeSetupPlatform Platform = new FakeSetupPlatform();
        public readonly RecordingLog Log = new RecordingLog();
        public readonly RecordingSink Sink = new RecordingSink();
        public readonly SetupHandler Handler;
        public string Cookie;
        public long NowMs = 1000;

        public SetupClient()
        {
            Handler = new SetupHandler(Store, Platform, Log);
        }

        public RecordingSink Get(string path)
        {
            return Send("GET", path, null);
        }

        public RecordingSink Post(string path, string form)
        {
            return Send("POST", path, form);
        }

        public RecordingSink Send(string method, string path, string form)
        {
            SetupRequest r = new SetupRequest();
            r.Method = method;
            r.Path = path;
            r.Cookie = Cookie;
            if (form != null)
            {
                r.ContentType = "application/x-www-form-urlencoded";
                r.Body = Encoding.UTF8.GetBytes(form);
                r.BodyLength = r.Body.Length;
            }

            Handler.Handle(r, Sink, NowMs);
            string set = Sink.HeaderValue("Set-Cookie");
            if (set != null) Cookie = set.Substring(0, set.IndexOf(';'));
            return Sink;
        }

        /// <summary>A complete first-setup form with the given broker port and admin password.</summary>
        public static string FirstSetup(string port, string admin)
        {
            return "wifi.ssid=home&wifi.password=wifi-secret-1&mqtt.host=broker.lan&mqtt.port=" + port +
                "&mqtt.username=meter&mqtt.password=CANARY-MQTT&telemetry.profile=generic&meter.protocol=auto" +
                "&admin.new_password=" + admin + "&admin.confirm=" + admin;
        }
    }
}
