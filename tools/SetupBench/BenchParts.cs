using System;
using System.Collections.Generic;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.SetupBench;

/// <summary>Counts a response without keeping it: body bytes and the largest chunk handed over at once.</summary>
public sealed class CountingSink : IResponseSink
{
    public int Status;
    public int BodyBytes;
    public int LargestChunk;
    public string Cookie;
    public void Begin(int status, string contentType) { Status = status; BodyBytes = 0; LargestChunk = 0; }
    public void Header(string name, string value) { if (name == "Set-Cookie") Cookie = value.Substring(0, value.IndexOf(';')); }
    public void Write(byte[] buffer, int offset, int count) { BodyBytes += count; LargestChunk = Math.Max(LargestChunk, count); }
    public void End() { }
}

/// <summary>A node on stub ports whose link is down (it never opens a session), for the status pages.</summary>
public sealed class BenchPlatform : ISetupPlatform, IStore, ILog, ISystem, INetworkLink, IMqttSessionFactory
{
    private readonly Dictionary<string, byte[]> _blobs = new();
    private readonly Random _random = new(14);

    public BenchPlatform()
    {
        Node = new Node(new NodeConfig { NodeId = "bench" }, this, this, this, this, this, 14);
        Node.Start(0);
        Node.OnLinkChanged(false, 0);
    }

    public Node Node { get; }
    public bool AccessPointMode => false;
    long ISetupPlatform.FreeMemoryBytes => -1;
    public string[] NetworkNames() => new[] { "home-2g", "home-5g", "neighbour", "cafe-guest", "printer-direct" };
    public void FillRandom(byte[] buffer) => _random.NextBytes(buffer);
    public NodeConfig NewBaseConfig() => new NodeConfig { NodeId = "bench" };
    public void OnSettingsSaved() { }

    public byte[] Read(string name) => _blobs.TryGetValue(name, out var b) ? b : null;
    public bool Write(string name, byte[] data, int count) { _blobs[name] = data.AsSpan(0, count).ToArray(); return true; }
    public void SetAside(string name) => _blobs.Remove(name);
    public void Delete(string name) => _blobs.Remove(name);
    public void Forget() => _blobs.Clear();

    public void Line(string component, string message) { }
    public string ChipIdHex => "0a1b2c3d4e5f";
    public long FreeMemoryBytes => -1;
    public void Reboot() { }
    public bool IsUp => false;
    public void RequestReconnect() { }
    public IMqttSession Create(IMqttSessionListener listener) => throw new InvalidOperationException("the bench node has no network");
}
