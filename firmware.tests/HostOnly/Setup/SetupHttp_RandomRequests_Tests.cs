using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Ports;
using NodeMqtt.Setup;
using NodeMqtt.VirtualBoard.Http;

namespace NodeMqtt.Tests.HostOnly.Setup;

/// <summary>
/// 1,000 seeded random and malformed requests over real sockets to the virtual board's HTTP server and Core's
/// handler, after a first setup: every one gets a 4xx with a message, the saved settings stay byte for byte
/// the same, and no response carries a secret.
/// </summary>
[TestClass]
public class SetupHttp_RandomRequests_Tests
{
    private const string Canary = "CANARY-7e1f";
    private const int Seed = 1414;

    [TestMethod]
    public void RandomRequests_AfterSetup_All4xxNothingChangedNoSecret()
    {
        var store = new DictStore();
        var platform = new TestPlatform();
        var handler = new SetupHandler(store, platform, new NullLog());
        var first = Form("wifi.ssid=home&wifi.password=" + Canary + "wifi&mqtt.host=broker.lan&mqtt.port=1883&mqtt.password=" + Canary +
            "&telemetry.profile=generic&meter.protocol=auto&admin.new_password=" + Canary + "admin&admin.confirm=" + Canary + "admin");
        var sink = new NullSink();
        handler.Handle(first, sink, 0);
        Assert.AreEqual(200, handler.LastStatus);
        byte[] before = (byte[])store.Read(SetupSettings.BlobName).Clone();

        using var server = new SetupHttpServer(0, new NullLog());
        using var stop = new CancellationTokenSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var serving = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                server.Serve(handler, clock.ElapsedMilliseconds);
                Thread.Sleep(1);
            }
        });
        serving.Start();
        try
        {
            var rng = new Random(Seed);
            var counts = new SortedDictionary<int, int>();
            for (int i = 0; i < 1000; i++)
            {
                byte[] request = RandomRequest(rng, out string kind);
                string response = Exchange(server.Port, request);
                int status = StatusOf(response);
                counts[status] = counts.GetValueOrDefault(status) + 1;
                Assert.IsTrue(status >= 400 && status <= 499, $"seed {Seed} request {i} ({kind}) got {status}: {Head(response)}");
                Assert.IsTrue(response.Contains("error: ") || response.Contains("class=\"err\""), $"request {i} ({kind}): no message in {Head(response)}");
                Assert.IsFalse(response.Contains("CANARY"), $"request {i} ({kind}) leaked a secret");
            }

            CollectionAssert.AreEqual(before, store.Read(SetupSettings.BlobName));
            Assert.AreEqual(1, platform.Saves);
            Console.WriteLine("statuses: " + string.Join(", ", counts.Select(kv => kv.Key + "×" + kv.Value)));
        }
        finally
        {
            stop.Cancel();
            serving.Join(5000);
        }
    }

    private static readonly string[] Paths = { "/../etc/passwd", "/%2e%2e/", "/setup/../x", "//status", "/a\\b", "/nope", "/status.php", "/x y", "*", "http://x/", "/\u00e9", "/setup%00", "/diag.json/..", "/favicon.ico" };
    private static readonly string[] Methods = { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "FOO", "get" };

    private static byte[] RandomRequest(Random rng, out string kind)
    {
        switch (rng.Next(9))
        {
            case 0:
                kind = "random bytes";
                var b = new byte[rng.Next(1, 3000)];
                rng.NextBytes(b);
                b[0] = (byte)'Z'; // never accidentally a valid method
                return b;
            case 1:
                kind = "bad path";
                return Ascii($"GET {Paths[rng.Next(Paths.Length)]} HTTP/1.1\r\nHost: x\r\n\r\n");
            case 2:
                kind = "setup form without the admin password";
                return Post("/setup", RandomForm(rng));
            case 3:
                kind = "oversize head";
                return Ascii("GET /status HTTP/1.1\r\nX-Big: " + new string('a', SetupLimits.MaxHeadBytes + rng.Next(1, 5000)) + "\r\n\r\n");
            case 4:
                kind = "oversize body";
                return Ascii($"POST /setup HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {SetupLimits.MaxBodyBytes + rng.Next(1, 100000)}\r\n\r\nabc");
            case 5:
                kind = "bad method";
                return Ascii($"{Methods[rng.Next(Methods.Length)]} /setup HTTP/1.1\r\n\r\n");
            case 6:
                kind = "wrong password";
                return Post("/login", "admin.password=" + Uri.EscapeDataString("guess" + rng.Next()));
            case 7:
                kind = "bad encoding";
                return Post(rng.Next(2) == 0 ? "/setup" : "/login", "admin.password=%" + (char)('G' + rng.Next(10)) + "1&mqtt.host=%C0%AF");
            default:
                kind = "status without login";
                return Ascii("GET " + (rng.Next(2) == 0 ? "/status" : "/diag.json") + " HTTP/1.1\r\nCookie: nm_session=" + rng.Next() + "\r\n\r\n");
        }
    }

    private static string RandomForm(Random rng)
    {
        var sb = new StringBuilder();
        string[] keys = { "mqtt.host", "mqtt.port", "wifi.ssid", "telemetry.profile", "mqtt.password", "junk", "admin.new_password" };
        int n = rng.Next(1, 8);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append('&');
            sb.Append(keys[rng.Next(keys.Length)]).Append('=');
            int len = rng.Next(0, 40);
            for (int k = 0; k < len; k++) sb.Append((char)rng.Next(0x21, 0x7F) switch { '&' => 'a', '%' => 'b', var c => c });
        }

        return sb.ToString();
    }

    private static byte[] Post(string path, string form)
    {
        byte[] body = Encoding.ASCII.GetBytes(form);
        return Ascii($"POST {path} HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\n\r\n" + form);
    }

    private static byte[] Ascii(string s) => Encoding.UTF8.GetBytes(s);

    private static string Exchange(int port, byte[] request)
    {
        using var c = new TcpClient();
        c.Connect("127.0.0.1", port);
        c.ReceiveTimeout = 10000;
        var s = c.GetStream();
        try
        {
            s.Write(request, 0, request.Length);
            c.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is System.IO.IOException or SocketException)
        {
            // The server may answer and close before taking all of an oversize request.
        }

        var ms = new System.IO.MemoryStream();
        var buf = new byte[8192];
        try
        {
            int n;
            while ((n = s.Read(buf, 0, buf.Length)) > 0) ms.Write(buf, 0, n);
        }
        catch (System.IO.IOException)
        {
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static int StatusOf(string response) =>
        response.StartsWith("HTTP/1.1 ") && response.Length >= 12 && int.TryParse(response.AsSpan(9, 3), out int s) ? s : -1;

    private static string Head(string r) => r.Length > 200 ? r.Substring(0, 200) : r;

    private static SetupRequest Form(string body)
    {
        var r = new SetupRequest { Method = "POST", Path = "/setup", ContentType = "application/x-www-form-urlencoded", Body = Encoding.UTF8.GetBytes(body) };
        r.BodyLength = r.Body.Length;
        return r;
    }

    private sealed class DictStore : IStore
    {
        private readonly Dictionary<string, byte[]> _blobs = new();
        public byte[] Read(string name) => _blobs.TryGetValue(name, out var b) ? b : null;
        public bool Write(string name, byte[] data, int count) { _blobs[name] = data.AsSpan(0, count).ToArray(); return true; }
        public void SetAside(string name) => _blobs.Remove(name);
        public void Delete(string name) => _blobs.Remove(name);
    }

    private sealed class TestPlatform : ISetupPlatform
    {
        public int Saves;
        public Node Node => null;
        public bool AccessPointMode => false;
        public long FreeMemoryBytes => -1;
        public string[] NetworkNames() => new[] { "home" };
        public void FillRandom(byte[] buffer) => System.Security.Cryptography.RandomNumberGenerator.Fill(buffer);
        public NodeConfig NewBaseConfig() => new NodeConfig();
        public void OnSettingsSaved() => Saves++;
    }

    private sealed class NullLog : ILog
    {
        public void Line(string component, string message) { }
    }

    private sealed class NullSink : IResponseSink
    {
        public void Begin(int status, string contentType) { }
        public void Header(string name, string value) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void End() { }
    }
}
