#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Setup;
using NodeMqtt.Tests.Setup.Fakes;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>First setup, a refused field, the admin password on every change, sessions and the delay.</summary>
    [TestClass]
    public class SetupHandler_Flow_Tests
    {
        private static string Saved(SetupClient c)
        {
            byte[] b = c.Store.Read(SetupSettings.BlobName);
            return b == null ? null : Encoding.UTF8.GetString(b, 0, b.Length);
        }

        private static SetupClient AfterFirstSetup()
        {
            SetupClient c = new SetupClient();
            Assert.AreEqual(200, c.Post("/setup", SetupClient.FirstSetup("1883", "admin-pass-1")).Status);
            c.Cookie = null;
            return c;
        }

        [TestMethod]
        public void Root_BeforeSetup_RedirectsToOpenSetupPage()
        {
            SetupClient c = new SetupClient();
            Assert.AreEqual(303, c.Get("/").Status);
            Assert.AreEqual("/setup", c.Sink.HeaderValue("Location"));
            RecordingSink page = c.Get("/setup");
            Assert.AreEqual(200, page.Status);
            Assert.IsTrue(page.Text.IndexOf("Set up this node") >= 0);
            Assert.IsTrue(page.Text.IndexOf("lab") >= 0);
            Assert.IsTrue(page.LargestChunk <= SetupLimits.ChunkBytes);
            Assert.IsTrue(page.Writes > 1);
        }

        [TestMethod]
        public void Save_BadPort_RefusedWithMessageAndNothingSaved()
        {
            SetupClient c = new SetupClient();
            RecordingSink r = c.Post("/setup", SetupClient.FirstSetup("99999", "admin-pass-1"));
            Assert.AreEqual(400, r.Status);
            Assert.IsTrue(r.Text.IndexOf("mqtt.port: must be 1..65535") >= 0);
            Assert.IsTrue(r.Text.IndexOf("CANARY-MQTT") < 0);
            Assert.AreEqual(0, c.Store.Writes);
            Assert.AreEqual(0, c.Platform.Saves);
            Assert.IsFalse(c.Handler.Settings.HasAdmin);
        }

        [TestMethod]
        public void Save_FirstSetupWithoutAdminPassword_Refused()
        {
            SetupClient c = new SetupClient();
            RecordingSink r = c.Post("/setup", SetupClient.FirstSetup("1883", ""));
            Assert.AreEqual(400, r.Status);
            Assert.IsTrue(r.Text.IndexOf("choose an admin password") >= 0);
            Assert.AreEqual(0, c.Store.Writes);
        }

        [TestMethod]
        public void Save_FirstSetup_StoresHashNotPasswordAndNeverEchoesSecrets()
        {
            SetupClient c = AfterFirstSetup();
            Assert.AreEqual(1, c.Platform.Saves);
            string blob = Saved(c);
            Assert.IsTrue(blob.IndexOf("admin.hash=pbkdf2-sha256$") >= 0);
            Assert.IsTrue(blob.IndexOf("admin-pass-1") < 0);
            Assert.IsTrue(blob.IndexOf("mqtt.port=1883") >= 0);
            Assert.AreEqual(303, c.Post("/login", "admin.password=admin-pass-1").Status);
            string page = c.Get("/setup").Text;
            Assert.AreEqual(200, c.Sink.Status);
            Assert.IsTrue(page.IndexOf("broker.lan") >= 0);
            Assert.IsTrue(page.IndexOf("CANARY-MQTT") < 0);
            Assert.IsTrue(page.IndexOf("wifi-secret-1") < 0);
            Assert.IsTrue(page.IndexOf("pbkdf2") < 0);
        }

        [TestMethod]
        public void SetupPage_DlmsMeter_ProtocolOfferedAndKeptOnSave()
        {
            // Before, the list held auto/dsmr5/dsmr22 only: the browser sent "auto" for a dlms node, and the next
            // save of any field switched its HAN port to 115200 8N1.
            SetupClient c = new SetupClient();
            string form = "wifi.ssid=home&mqtt.host=broker.lan&mqtt.port=1883&telemetry.profile=generic" +
                "&meter.protocol=dlms&admin.new_password=admin-pass-1&admin.confirm=admin-pass-1";
            Assert.AreEqual(200, c.Post("/setup", form).Status);
            Assert.IsTrue(Saved(c).IndexOf("meter.protocol=dlms") >= 0);
            string page = c.Get("/setup").Text;
            Assert.IsTrue(page.IndexOf("<option selected>dlms</option>") >= 0, page);
            Assert.IsTrue(page.IndexOf("<option>dlms-mbus</option>") >= 0);
            Assert.IsTrue(page.IndexOf("<option>smarty</option>") >= 0);
        }

        [TestMethod]
        public void SetupPage_ThingsBoardProfile_TokenNeverShownAndBlankKeepsIt()
        {
            SetupClient c = new SetupClient();
            // (string.Replace is not in nanoFramework's mscorlib: the form is spelled out.)
            string form = "wifi.ssid=home&mqtt.host=broker.lan&mqtt.port=1883&mqtt.username=TOKEN-CANARY&telemetry.profile=thingsboard" +
                "&meter.protocol=auto&admin.new_password=admin-pass-1&admin.confirm=admin-pass-1";
            Assert.AreEqual(200, c.Post("/setup", form).Status);
            string page = c.Get("/setup").Text;
            Assert.IsTrue(page.IndexOf("TOKEN-CANARY") < 0);
            c.NowMs += 1000;
            string change = "wifi.ssid=home&mqtt.host=broker.lan&mqtt.port=1884&mqtt.username=&telemetry.profile=thingsboard&meter.protocol=auto&admin.password=admin-pass-1";
            Assert.AreEqual(200, c.Post("/setup", change).Status);
            Assert.IsTrue(Saved(c).IndexOf("mqtt.username=TOKEN-CANARY") >= 0);
        }

        [TestMethod]
        public void Pages_AfterSetup_NeedTheAdminPassword()
        {
            SetupClient c = AfterFirstSetup();
            Assert.AreEqual(401, c.Get("/status").Status);
            Assert.AreEqual(401, c.Get("/setup").Status);
            Assert.AreEqual(401, c.Get("/diag.json").Status);
            Assert.AreEqual(303, c.Get("/").Status);
            Assert.AreEqual("/login", c.Sink.HeaderValue("Location"));
            Assert.AreEqual(303, c.Post("/login", "admin.password=admin-pass-1").Status);
            Assert.AreEqual(200, c.Get("/status").Status);
            Assert.AreEqual(200, c.Get("/diag.json").Status);
        }

        [TestMethod]
        public void Login_WrongPasswords_GrowingDelayThenRightOneWorks()
        {
            SetupClient c = AfterFirstSetup();
            Assert.AreEqual(403, c.Post("/login", "admin.password=nope").Status);
            Assert.AreEqual(429, c.Post("/login", "admin.password=admin-pass-1").Status);
            Assert.IsNotNull(c.Sink.HeaderValue("Retry-After"));
            c.NowMs += 1000;
            Assert.AreEqual(403, c.Post("/login", "admin.password=nope").Status);
            c.NowMs += 1000;
            Assert.AreEqual(429, c.Post("/login", "admin.password=admin-pass-1").Status);
            c.NowMs += 1000;
            Assert.AreEqual(303, c.Post("/login", "admin.password=admin-pass-1").Status);
            Assert.AreEqual(0, c.Handler.Throttle.Failures);
        }

        [TestMethod]
        public void Save_AfterSetup_NeedsAdminPasswordAndKeepsBlankSecrets()
        {
            SetupClient c = AfterFirstSetup();
            c.Post("/login", "admin.password=admin-pass-1");
            string change = "wifi.ssid=home&mqtt.host=other.lan&mqtt.port=1884&mqtt.password=&telemetry.profile=generic&meter.protocol=auto";
            Assert.AreEqual(403, c.Post("/setup", change).Status);
            Assert.IsTrue(Saved(c).IndexOf("other.lan") < 0);
            c.NowMs += 2000;
            Assert.AreEqual(200, c.Post("/setup", change + "&admin.password=admin-pass-1").Status);
            string blob = Saved(c);
            Assert.IsTrue(blob.IndexOf("mqtt.host=other.lan") >= 0);
            Assert.IsTrue(blob.IndexOf("mqtt.password=CANARY-MQTT") >= 0);
            Assert.IsTrue(blob.IndexOf("wifi.password=wifi-secret-1") >= 0);
            Assert.AreEqual(2, c.Platform.Saves);
        }

        [TestMethod]
        public void Requests_Malformed_Get4xxAndChangeNothing()
        {
            SetupClient c = AfterFirstSetup();
            int writes = c.Store.Writes;
            Assert.AreEqual(400, c.Get("/../etc/passwd").Status);
            Assert.AreEqual(400, c.Get("/%2e%2e/setup").Status);
            Assert.AreEqual(400, c.Get("setup").Status);
            Assert.AreEqual(404, c.Get("/nothing").Status);
            Assert.AreEqual(405, c.Send("DELETE", "/setup", null).Status);
            Assert.AreEqual(405, c.Send("POST", "/status", "a=1").Status);
            Assert.AreEqual(415, c.Send("POST", "/login", null).Status);
            Assert.AreEqual(400, c.Post("/setup", "mqtt.host=%ZZ").Status);
            Assert.AreEqual(writes, c.Store.Writes);
        }

        [TestMethod]
        public void UnknownPage_AccessPointMode_RedirectsToSetup()
        {
            SetupClient c = new SetupClient();
            c.Platform.ApMode = true;
            Assert.AreEqual(303, c.Get("/generate_204").Status);
            Assert.AreEqual("http://192.168.4.1/setup", c.Sink.HeaderValue("Location"));
        }
    }
}
