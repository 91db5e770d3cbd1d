using System;
using System.Collections.Generic;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

/// <summary>
/// Builds a new <see cref="MosquittoSession"/> for every connect attempt and keeps track of the live ones,
/// so the board can cut them when its simulated link drops and wait for them on shutdown.
/// Every session reports to the board's <see cref="SessionEventQueue"/>, never to the listener Core passes
/// to <see cref="Create"/>: libmosquitto raises events on its own loop thread, and Core may only be called
/// from the tick thread, which drains the queue into that listener before every Tick.
/// </summary>
internal sealed class MosquittoSessionFactory : IMqttSessionFactory
{
    private readonly object _gate = new();
    private readonly List<MosquittoSession> _live = new();
    private readonly ILog _log;
    private readonly SessionEventQueue _events;
    private int _created;
    private volatile bool _linkDown;

    public MosquittoSessionFactory(SessionEventQueue events, ILog log, int maxInflight, string tlsCaFile)
    {
        MosquittoNative.EnsureInitialised();
        _events = events;
        _log = log;
        MaxInflight = maxInflight;
        TlsCaFile = tlsCaFile;
    }

    public int MaxInflight { get; }

    public string TlsCaFile { get; }

    /// <summary>Sessions created so far.</summary>
    public int Created => Volatile.Read(ref _created);

    /// <summary>Sessions whose native client still exists (at most one when the supervisor is right).</summary>
    public int Live
    {
        get { lock (_gate) return _live.Count; }
    }

    public IMqttSession Create(IMqttSessionListener listener)
    {
        // listener is where the tick thread delivers drained events; the session itself only enqueues.
        var s = new MosquittoSession(this, _events, Interlocked.Increment(ref _created));
        lock (_gate)
        {
            _live.Add(s);
        }

        if (_linkDown)
        {
            // With the simulated radio off, connecting fails at once, as it would on the device.
            s.CutNetwork();
        }

        return s;
    }

    /// <summary>Simulated link state: down cuts every live socket and makes new sessions fail.</summary>
    public void SetLinkDown(bool down)
    {
        _linkDown = down;
        if (!down) return;
        MosquittoSession[] live;
        lock (_gate) live = _live.ToArray();
        foreach (var s in live) s.CutNetwork();
    }

    /// <summary>Drops every live session without DISCONNECT (a simulated reset: the broker publishes the will).</summary>
    public void AbortAll()
    {
        MosquittoSession[] live;
        lock (_gate) live = _live.ToArray();
        foreach (var s in live) s.Close(false);
    }

    /// <summary>Waits (bounded) until every session has released its native client. True if all did.</summary>
    public bool WaitIdle(int timeoutMs)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (true)
        {
            MosquittoSession[] live;
            lock (_gate) live = _live.ToArray();
            if (live.Length == 0) return true;
            long left = deadline - Environment.TickCount64;
            if (left <= 0) return false;
            live[0].Finished.WaitOne((int)Math.Min(left, 200));
        }
    }

    internal void OnSessionFinished(MosquittoSession s)
    {
        lock (_gate) _live.Remove(s);
    }

    internal void Log(string component, string message) => _log.Line(component, message);
}
