using System.Threading;
using NodeMqtt.Ports;
using NodeMqtt.VirtualBoard.Mqtt;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// The virtual board's "Wi-Fi": up or down as the control channel says. Going down cuts every live MQTT
/// socket and makes new connects fail, as losing the radio would. A reconnect request (escalation step 2)
/// is logged and, when the link is up, takes it down and up again after a short pause.
/// </summary>
public sealed class SimulatedLink : INetworkLink
{
    private readonly MosquittoSessionFactory _sessions;
    private readonly ILog _log;
    private int _up = 1;
    private int _changed;
    private int _reconnects;

    internal SimulatedLink(MosquittoSessionFactory sessions, ILog log)
    {
        _sessions = sessions;
        _log = log;
    }

    public bool IsUp => Volatile.Read(ref _up) == 1;

    /// <summary>Wi-Fi reconnects the node asked for.</summary>
    public int ReconnectRequests => Volatile.Read(ref _reconnects);

    public void RequestReconnect()
    {
        Interlocked.Increment(ref _reconnects);
        _log.Line("wifi", "reconnect requested");
        if (!IsUp) return;
        Set(false);
        var t = new Thread(() => { Thread.Sleep(500); Set(true); }) { IsBackground = true };
        t.Start();
    }

    /// <summary>Switches the link; the runner reports the change to the node on its next tick.</summary>
    public void Set(bool up)
    {
        if (Interlocked.Exchange(ref _up, up ? 1 : 0) == (up ? 1 : 0)) return;
        _sessions.SetLinkDown(!up);
        Interlocked.Exchange(ref _changed, 1);
        _log.Line("wifi", up ? "link up" : "link down");
    }

    /// <summary>True once after each change (read by the tick thread).</summary>
    public bool TakeChange() => Interlocked.Exchange(ref _changed, 0) == 1;
}
