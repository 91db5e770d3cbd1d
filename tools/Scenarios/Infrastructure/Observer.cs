using System;
using System.Collections.Generic;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>A mosquitto_sub watching topics; each line is "retain topic payload", timed on arrival.</summary>
public sealed class Observer : IDisposable
{
    private readonly ManagedProcess _p;

    public Observer(Broker broker, params string[] topics)
        : this(broker, false, topics)
    {
    }

    /// <summary>A <paramref name="persistent"/> observer keeps its session (clean session off, QoS 1), so with a
    /// persistent broker it also receives what was published while it was reconnecting after a restart.</summary>
    public Observer(Broker broker, bool persistent, params string[] topics)
    {
        var args = new List<string>
        {
            "-h", "127.0.0.1", "-p", broker.Port.ToString(), "-q", "1", "-F", "%r %t %p", "-i", "observer-" + Guid.NewGuid().ToString("N")[..8],
        };
        if (persistent) args.Add("-c");
        foreach (var t in topics)
        {
            args.Add("-t");
            args.Add(t);
        }

        _p = new ManagedProcess("mosquitto_sub", args.ToArray());
        // mosquitto_sub says nothing when subscribed: wait until the broker logs its SUBSCRIBE.
        broker.Log.WaitFor(l => l.Contains("Received SUBSCRIBE from " + args[9]), 5000);
    }

    public LineLog Lines => _p.Output;

    /// <summary>Waits for a message; returns its line index or -1. <paramref name="payload"/> null matches any.</summary>
    public int WaitFor(string topic, string payload, int timeoutMs, int from = 0, int retain = -1)
    {
        return Lines.WaitFor(l => Matches(l, topic, payload, retain), timeoutMs, from);
    }

    public static bool Matches(string line, string topic, string payload, int retain = -1)
    {
        int a = line.IndexOf(' ');
        if (a < 0) return false;
        int b = line.IndexOf(' ', a + 1);
        string r = line[..a];
        string t = b < 0 ? line[(a + 1)..] : line[(a + 1)..b];
        string p = b < 0 ? "" : line[(b + 1)..];
        return t == topic && (payload == null || p == payload) && (retain < 0 || r == retain.ToString());
    }

    public void Dispose() => _p.Dispose();
}
