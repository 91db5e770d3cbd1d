using System;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Tests.EndToEnd.Setup;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol (one page, flat session): navigate, run
/// script, wait for the next document, take screenshots. Started with a fresh profile and everything that
/// would reach the internet switched off; stopped on Dispose.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private const int CommandTimeoutMs = 30000;

    private readonly ManagedProcess _process;
    private readonly TempDir _profile = new();
    private readonly ClientWebSocket _ws = new();
    private readonly string _session;
    private int _nextId;

    public HeadlessChromium(int width = 480, int height = 1000)
    {
        _process = new ManagedProcess("/usr/bin/chromium", new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + _profile.Path, "--remote-debugging-port=0", "about:blank",
        });
        int line = _process.Output.WaitFor(l => l.Contains("DevTools listening on ws://"), 30000);
        if (line < 0) throw new InvalidOperationException("chromium did not start:\n" + _process.Output.Dump());
        string text = _process.Output.Snapshot()[line].Text;
        string url = text.Substring(text.IndexOf("ws://", StringComparison.Ordinal)).Trim();
        using (var cts = new CancellationTokenSource(10000)) _ws.ConnectAsync(new Uri(url), cts.Token).GetAwaiter().GetResult();
        string target = Send(null, "Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!.GetValue<string>();
        _session = Send(null, "Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true })["sessionId"]!.GetValue<string>();
        Send(_session, "Page.enable", new JsonObject());
        Send(_session, "Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = true,
        });
    }

    /// <summary>Opens <paramref name="url"/> and waits for the page to load.</summary>
    public void Open(string url) => Navigate(() => Send(_session, "Page.navigate", new JsonObject { ["url"] = url }));

    /// <summary>Runs <paramref name="script"/> that leads to a new document (a form submit) and waits for it.</summary>
    public void RunAndWaitForPage(string script) => Navigate(() => Eval(script));

    /// <summary>Evaluates an expression (promises awaited) and returns its value as a string.</summary>
    public string Eval(string expression)
    {
        JsonNode r = Send(_session, "Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true,
        });
        if (r["exceptionDetails"] != null) throw new InvalidOperationException("script failed: " + r["exceptionDetails"]!.ToJsonString());
        JsonNode v = r["result"]?["value"];
        return v == null ? null : v is JsonValue jv && jv.TryGetValue(out string s) ? s : v.ToJsonString();
    }

    /// <summary>Text of the element with <paramref name="id"/>, or null when there is none.</summary>
    public string TextOf(string id) => Eval($"(function(){{var e=document.getElementById({JsonSerializer.Serialize(id)});return e?e.textContent:null;}})()");

    /// <summary>Sets a form field's value.</summary>
    public void Fill(string id, string value) =>
        Eval($"document.getElementById({JsonSerializer.Serialize(id)}).value={JsonSerializer.Serialize(value)}");

    /// <summary>The whole current document as HTML.</summary>
    public string Html => Eval("document.documentElement.outerHTML");

    /// <summary>Saves a PNG of the whole page.</summary>
    public void Screenshot(string path)
    {
        JsonNode r = Send(_session, "Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Convert.FromBase64String(r["data"]!.GetValue<string>()));
    }

    private void Navigate(Action start)
    {
        Eval("window.__nodemqttOld = true");
        start();
        // The new document has no marker; bounded wait for it to finish loading.
        for (int i = 0; i < 300; i++)
        {
            Thread.Sleep(100);
            try
            {
                if (Eval("(typeof window.__nodemqttOld === 'undefined' && document.readyState === 'complete') ? 'yes' : 'no'") == "yes") return;
            }
            catch (InvalidOperationException)
            {
                // The context went away mid-navigation; ask again.
            }
        }

        throw new TimeoutException("page did not load within 30 s");
    }

    private JsonNode Send(string session, string method, JsonObject parameters)
    {
        int id = ++_nextId;
        var msg = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session != null) msg["sessionId"] = session;
        byte[] bytes = Encoding.UTF8.GetBytes(msg.ToJsonString());
        using var cts = new CancellationTokenSource(CommandTimeoutMs);
        _ws.SendAsync(bytes, WebSocketMessageType.Text, true, cts.Token).GetAwaiter().GetResult();
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var ms = new MemoryStream();
            WebSocketReceiveResult rr;
            do
            {
                rr = _ws.ReceiveAsync(buffer, cts.Token).GetAwaiter().GetResult();
                ms.Write(buffer, 0, rr.Count);
            }
            while (!rr.EndOfMessage);
            JsonNode reply = JsonNode.Parse(ms.ToArray());
            if (reply?["id"] == null || reply["id"]!.GetValue<int>() != id) continue; // an event
            if (reply["error"] != null) throw new InvalidOperationException(method + ": " + reply["error"]!.ToJsonString());
            return reply["result"];
        }
    }

    public void Dispose()
    {
        try { _ws.Abort(); } catch (Exception) { }
        _ws.Dispose();
        _process.Stop(3000);
        _process.Dispose();
        _profile.Dispose();
    }
}
