using System;
using System.Diagnostics;
using System.Text;
using NodeMqtt.Setup;
using NodeMqtt.SetupBench;

// Figures for issue 14: what one setup/status request costs in managed memory on the host (bytes allocated
// while Core's handler answers it: an upper bound of what it holds at once), the page sizes, and the largest
// chunk handed to the socket. The handler's own long-lived buffers are reported apart.
const int Runs = 20;
const string Admin = "bench-admin-pw";
var sink = new CountingSink();

long before = GC.GetAllocatedBytesForCurrentThread();
var platform = new BenchPlatform();
long nodeBytes = GC.GetAllocatedBytesForCurrentThread() - before;
before = GC.GetAllocatedBytesForCurrentThread();
var handler = new SetupHandler(platform, platform, platform);
long handlerBytes = GC.GetAllocatedBytesForCurrentThread() - before;

string first = "wifi.ssid=home-2g&wifi.password=wifi-pass-1&mqtt.host=broker.lan&mqtt.port=1883&mqtt.username=meter&mqtt.password=pw" +
    "&telemetry.profile=homeassistant&meter.protocol=auto&admin.new_password=" + Admin + "&admin.confirm=" + Admin;
string bad = first.Replace("mqtt.port=1883", "mqtt.port=99999");
string change = "wifi.ssid=home-2g&mqtt.host=broker2.lan&mqtt.port=1883&telemetry.profile=homeassistant&meter.protocol=auto&admin.password=" + Admin;

Console.WriteLine("request                          status  page bytes  largest chunk  allocated bytes/request");
Measure("GET /setup (first setup)", () => Send("GET", "/setup", null));
Measure("POST /setup, bad port", () => Send("POST", "/setup", bad));
Measure("POST /setup, first save", () => Send("POST", "/setup", first), () => { platform.Forget(); handler = new SetupHandler(platform, platform, platform); });
Measure("POST /login", () => Send("POST", "/login", "admin.password=" + Admin));
string cookie = sink.Cookie;
Measure("GET /setup (settings)", () => Send("GET", "/setup", null, cookie));
Measure("POST /setup, change", () => Send("POST", "/setup", change, cookie));
cookie = sink.Cookie;
Measure("GET /status", () => Send("GET", "/status", null, cookie));
Measure("GET /diag.json", () => Send("GET", "/diag.json", null, cookie));
Measure("GET /login", () => Send("GET", "/login", null));
Measure("GET /../etc/passwd", () => Send("GET", "/../etc/passwd", null));
Measure("GET /status, no session", () => Send("GET", "/status", null));

var sw = Stopwatch.StartNew();
new PasswordHash().Derive(Admin, new byte[16], PasswordHash.DefaultIterations);
Console.WriteLine();
Console.WriteLine($"node on stub ports: {nodeBytes} B; setup handler (long-lived buffers): {handlerBytes} B");
Console.WriteLine($"chunk buffer {SetupLimits.ChunkBytes} B, head limit {SetupLimits.MaxHeadBytes} B, body limit {SetupLimits.MaxBodyBytes} B");
Console.WriteLine($"admin password hash: PBKDF2-HMAC-SHA256, {PasswordHash.DefaultIterations} iterations, {sw.Elapsed.TotalMilliseconds:F1} ms here");

void Send(string method, string path, string form, string cookieHeader = null)
{
    var r = new SetupRequest { Method = method, Path = path, Cookie = cookieHeader };
    if (form != null)
    {
        r.ContentType = "application/x-www-form-urlencoded";
        r.Body = Encoding.ASCII.GetBytes(form);
        r.BodyLength = r.Body.Length;
    }

    handler.Handle(r, sink, 100000);
}

// The request object and its body are the platform's (the device's HttpListener makes them): built outside
// the measured span by sending once first; what is measured is the handler's own allocation.
void Measure(string name, Action send, Action prepare = null)
{
    long total = 0;
    for (int i = -2; i < Runs; i++)
    {
        prepare?.Invoke();
        long a = GC.GetAllocatedBytesForCurrentThread();
        send();
        if (i >= 0) total += GC.GetAllocatedBytesForCurrentThread() - a;
        handler.Throttle.OnSuccess();
    }

    Console.WriteLine($"{name,-32} {sink.Status,6}  {sink.BodyBytes,10}  {sink.LargestChunk,13}  {total / Runs,23}");
}
