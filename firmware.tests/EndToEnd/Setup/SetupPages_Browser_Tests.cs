using System;
using System.IO;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Setup;

/// <summary>
/// The setup and status pages in a real browser (Debian's headless Chromium) against the virtual board and two
/// real mosquittos: first setup, a bad field refused with its message, a saved broker change taking effect
/// (the node reconnects to the second broker), the status page showing that broker's outage and its cause,
/// diag.json, and no secret in any page. Screenshots of each page go to TestResults/setup-pages/.
/// </summary>
[TestClass]
[TestCategory("EndToEnd")]
public class SetupPages_Browser_Tests
{
    private const string Node = "e2e-web";
    private const string Status = "nodemqtt/" + Node + "/status";
    private const string Admin = "correct-horse-42";
    private const string Canary = "CANARY-5f3a";

    [TestMethod]
    [Timeout(240000)]
    public void Browser_SetupChangeAndOutage_PagesTellTheTruth()
    {
        using var brokerA = new Broker();
        using var brokerB = new Broker();
        using var onB = new Observer(brokerB, Status);
        using var state = new TempDir();
        int http = FreePort.Next();
        using var board = new VirtualBoardProcess(brokerA, state.Path, "--http-port", http.ToString(), "--set", "node_id=" + Node,
            "--set", "mqtt.username=meter", "--set", "mqtt.password=" + Canary);
        Assert.IsTrue(board.WaitForLine("setup and status pages on http://127.0.0.1:" + http, 30000) >= 0, board.Log.Dump());
        string site = "http://127.0.0.1:" + http;
        string shots = ShotDir();
        using var browser = new HeadlessChromium();

        // 1. First setup: the open setup page, with the scanned networks.
        browser.Open(site + "/");
        StringAssert.Contains(browser.Eval("location.pathname"), "/setup");
        StringAssert.Contains(browser.Eval("document.title"), "Set up this node");
        NoSecret(browser.Html, "first setup page");
        browser.Screenshot(Path.Combine(shots, "1-setup.png"));

        // 2. A bad field is refused with its message and nothing is saved.
        FillSetup(browser, "nodemqtt-lab", "99999");
        browser.Fill("admin.new_password", Admin);
        browser.Fill("admin.confirm", Admin);
        browser.RunAndWaitForPage("document.getElementById('save').click()");
        StringAssert.Contains(browser.TextOf("err-mqtt.port"), "mqtt.port: must be 1..65535");
        StringAssert.Contains(browser.TextOf("message"), "Nothing was saved");
        NoSecret(browser.Html, "refused page");
        browser.Screenshot(Path.Combine(shots, "2-setup-refused.png"));
        Assert.IsTrue(board.WaitForLine("settings saved", 0) < 0, "a refused form was saved");

        // 3. Corrected and saved: the node restarts on broker A.
        FillSetup(browser, "nodemqtt-lab", brokerA.Port.ToString());
        browser.Fill("admin.new_password", Admin);
        browser.Fill("admin.confirm", Admin);
        browser.RunAndWaitForPage("document.getElementById('save').click()");
        StringAssert.Contains(browser.TextOf("message"), "Saved");
        browser.Screenshot(Path.Combine(shots, "3-saved.png"));
        Assert.IsTrue(board.WaitForLine("boot #2", 20000) >= 0, board.Log.Dump());

        // 4. A change of broker takes effect: the node reconnects to broker B.
        browser.Open(site + "/setup");
        StringAssert.Contains(browser.Eval("document.title"), "Settings");
        NoSecret(browser.Html, "settings page");
        FillSetup(browser, "nodemqtt-lab", brokerB.Port.ToString());
        browser.Fill("admin.password", Admin);
        browser.RunAndWaitForPage("document.getElementById('save').click()");
        StringAssert.Contains(browser.TextOf("message"), "Saved");
        Assert.IsTrue(onB.WaitFor(Status, "online", 30000) >= 0, "the node did not connect to the new broker\n" + board.Log.Dump());

        browser.Open(site + "/status");
        Assert.IsTrue(WaitForText(browser, site, "link-state", "Online", 20000), browser.TextOf("link-state"));
        StringAssert.Contains(browser.TextOf("broker"), "127.0.0.1:" + brokerB.Port);
        browser.Screenshot(Path.Combine(shots, "4-status-online.png"));

        // 5. Broker B goes down: the status page shows the outage and its cause in words.
        brokerB.Stop();
        Assert.IsTrue(WaitFor(browser, site, () => !browser.TextOf("link-state").StartsWith("Online") &&
            !browser.TextOf("drop-cause").Contains("no drop since boot"), 30000), browser.TextOf("link-state") + " / " + browser.TextOf("drop-cause"));
        // The words come from the diagnosis (issue 11 refines them); here: a cause is named, not "no drop".
        string cause = browser.TextOf("drop-cause");
        Assert.IsTrue(cause.Length > 10 && !cause.Contains("no drop since boot") && cause != "none", cause);
        Console.WriteLine("status page during the outage: link " + browser.TextOf("link-state") + "; last drop: " + cause);
        StringAssert.Contains(browser.TextOf("timeline"), "dropped");
        // The drop timeline picture (inline SVG) draws the open outage as a rect over the online bar.
        string outages = browser.Eval("'' + document.querySelectorAll('#drop-timeline rect.outage').length");
        Assert.IsTrue(outages != "0" && outages != "", "outage rects in the drop timeline: " + outages);
        NoSecret(browser.Html, "status page");
        browser.Screenshot(Path.Combine(shots, "5-status-outage.png"));

        // 6. diag.json downloads (with the session) and carries no secret.
        Assert.AreEqual("200 attachment; filename=\"diag.json\"",
            browser.Eval("fetch('/diag.json').then(r => r.status + ' ' + r.headers.get('content-disposition'))"));
        string diag = browser.Eval("fetch('/diag.json').then(r => r.text())");
        StringAssert.Contains(diag, "\"link_state\"");
        NoSecret(diag, "diag.json");

        // 7. Logged out, no page works without the admin password.
        browser.RunAndWaitForPage("document.querySelector('form[action=\"/logout\"] button').click()");
        StringAssert.Contains(browser.Eval("document.title"), "Log in");
        browser.Open(site + "/status");
        Assert.IsNull(browser.TextOf("link-state"), "status shown without the admin password");
        browser.Screenshot(Path.Combine(shots, "6-login.png"));
        Assert.AreEqual("401", browser.Eval("fetch('/diag.json').then(r => '' + r.status)"));
    }

    private static void FillSetup(HeadlessChromium b, string ssid, string port)
    {
        b.Fill("wifi.ssid", ssid);
        b.Fill("mqtt.host", "127.0.0.1");
        b.Fill("mqtt.port", port);
    }

    private static bool WaitForText(HeadlessChromium b, string site, string id, string text, int timeoutMs) =>
        WaitFor(b, site, () => (b.TextOf(id) ?? "").Contains(text), timeoutMs);

    // Reloads the status page until the condition holds (bounded).
    private static bool WaitFor(HeadlessChromium b, string site, Func<bool> condition, int timeoutMs)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (condition()) return true;
            if (sw.ElapsedMilliseconds > timeoutMs) return false;
            Thread.Sleep(1000);
            b.Open(site + "/status");
        }
    }

    private static void NoSecret(string text, string what)
    {
        Assert.IsFalse(text.Contains(Canary), what + " shows the broker password");
        Assert.IsFalse(text.Contains(Admin), what + " shows the admin password");
        Assert.IsFalse(text.Contains("pbkdf2"), what + " shows the admin password hash");
    }

    private static string ShotDir()
    {
        string dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "NodeMqtt.sln"))) dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? Path.GetTempPath(), "TestResults", "setup-pages");
    }
}
