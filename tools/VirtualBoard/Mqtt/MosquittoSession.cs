using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

/// <summary>
/// One MQTT session on one libmosquitto client, used once (ARCHITECTURE.md: a new client after every loss).
/// A private thread connects and runs <c>mosquitto_loop</c>; libmosquitto's own reconnect logic is never
/// used, so a lost session stays lost and the supervisor decides what comes next. The thread owns the
/// native client and destroys it when it ends; the tick thread only publishes, subscribes and asks it to stop.
/// Events go to the listener (a <see cref="SessionEventQueue"/>), never straight into Core.
/// </summary>
internal sealed unsafe partial class MosquittoSession : IMqttSession
{
    private const int LoopTimeoutMs = 50;
    private const int GracefulDrainMs = 2000;
    private const int Econnrefused = 111;
    private const int Enetunreach = 101;
    private const int Ehostunreach = 113;
    private const int Etimedout = 110;
    private const int Econnreset = 104;

    private readonly IMqttSessionListener _listener;
    private readonly MosquittoSessionFactory _owner;
    private readonly object _gate = new();
    private readonly HashSet<int> _qos1InFlight = new();
    private readonly ManualResetEventSlim _finished = new(false);
    private IntPtr _mosq;
    private GCHandle _self;
    private Thread _thread;
    private volatile bool _connected;
    private volatile bool _closeRequested;
    private volatile bool _gracefulClose;
    private volatile bool _networkDown;
    private volatile bool _refusalReported;
    private volatile int _disconnectCode;
    private int _protocol = MosquittoNative.ProtocolV311;
    private SessionOptions _options;

    public MosquittoSession(MosquittoSessionFactory owner, IMqttSessionListener listener, int id)
    {
        _owner = owner;
        _listener = listener;
        Id = id;
    }

    /// <summary>Sequence number of this session in its factory (for logs and tests).</summary>
    public int Id { get; }

    public bool IsConnected => _connected && !_closeRequested;

    /// <summary>Set once the session thread has released the native client.</summary>
    public WaitHandle Finished => _finished.WaitHandle;

    public void Open(SessionOptions options)
    {
        lock (_gate)
        {
            if (_thread != null || _closeRequested)
            {
                return;
            }

            _thread = new Thread(() => Run(options)) { IsBackground = true, Name = "mosq-session-" + Id };
            _thread.Start();
        }
    }

    public int Publish(string topic, byte[] payload, int qos, bool retain)
    {
        lock (_gate)
        {
            if (_mosq == IntPtr.Zero || !_connected || _closeRequested)
            {
                return 0;
            }

            int rc = MosquittoNative.mosquitto_publish(_mosq, out int mid, topic, payload.Length, payload, qos, retain);
            if (rc != MosquittoNative.Success)
            {
                return 0;
            }

            if (qos == 0)
            {
                return 1;
            }

            _qos1InFlight.Add(mid);
            return mid;
        }
    }

    public int Subscribe(string topic, int qos)
    {
        lock (_gate)
        {
            if (_mosq == IntPtr.Zero || !_connected || _closeRequested)
            {
                return 0;
            }

            int rc = MosquittoNative.mosquitto_subscribe(_mosq, out int mid, topic, qos);
            return rc == MosquittoNative.Success ? mid : 0;
        }
    }

    public void Close(bool graceful)
    {
        lock (_gate)
        {
            if (_closeRequested)
            {
                return;
            }

            _gracefulClose = graceful && _connected;
            _closeRequested = true;
            if (_thread == null)
            {
                _finished.Set();
                _owner.OnSessionFinished(this);
            }
        }
    }

    /// <summary>Simulated Wi-Fi loss: cut the socket under the client, as a radio loss would.</summary>
    public void CutNetwork()
    {
        lock (_gate)
        {
            _networkDown = true;
            if (_mosq != IntPtr.Zero)
            {
                int fd = MosquittoNative.mosquitto_socket(_mosq);
                if (fd >= 0)
                {
                    MosquittoNative.shutdown(fd, 2);
                }
            }
        }
    }

    private void Run(SessionOptions o)
    {
        try
        {
            if (_networkDown)
            {
                // The simulated radio is off: loopback would still connect, the device could not.
                _listener.OnConnectFailed(this, ConnectFailure.NetworkDown, 0);
                return;
            }

            if (!Create(o))
            {
                return;
            }

            int rc = MosquittoNative.mosquitto_connect_async(_mosq, o.Host, o.Port, o.KeepAliveSeconds);
            int errno = Marshal.GetLastPInvokeError();
            if (rc != MosquittoNative.Success)
            {
                if (!_closeRequested)
                {
                    _listener.OnConnectFailed(this, Classify(MapConnectFailure(rc, errno), o), 0);
                }

                return;
            }

            while (!_closeRequested)
            {
                rc = MosquittoNative.mosquitto_loop(_mosq, LoopTimeoutMs, 1);
                errno = Marshal.GetLastPInvokeError();
                if (rc != MosquittoNative.Success)
                {
                    ReportLoss(rc, errno);
                    return;
                }
            }

            if (_gracefulClose)
            {
                // First let what is queued (the retained "offline" of a clean stop) be acknowledged, bounded:
                // a PUBACK read after mosquitto_disconnect makes libmosquitto drop the socket before it writes
                // DISCONNECT, and the broker would then publish the will after our own "offline".
                long deadline = Environment.TickCount64 + GracefulDrainMs;
                while (PendingAcks() > 0 && Environment.TickCount64 < deadline)
                {
                    if (MosquittoNative.mosquitto_loop(_mosq, LoopTimeoutMs, 1) != MosquittoNative.Success)
                    {
                        return;
                    }
                }

                // DISCONNECT goes out; libmosquitto then closes the socket and the loop reports NO_CONN.
                MosquittoNative.mosquitto_disconnect(_mosq);
                for (int i = 0; i < 40; i++)
                {
                    if (MosquittoNative.mosquitto_loop(_mosq, LoopTimeoutMs, 1) != MosquittoNative.Success)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception e)
        {
            // A protected call: nothing thrown here may escape the thread or reach Core as an exception.
            if (!_closeRequested)
            {
                if (_connected)
                {
                    _listener.OnClosed(this, CloseKind.Error, 0);
                }
                else
                {
                    _listener.OnConnectFailed(this, ConnectFailure.Other, 0);
                }
            }

            _owner.Log("mqtt", "session " + Id + " adapter error: " + e.Message);
        }
        finally
        {
            Release();
        }
    }

    private bool Create(SessionOptions o)
    {
        lock (_gate)
        {
            if (_closeRequested)
            {
                return false;
            }

            _self = GCHandle.Alloc(this);
            _mosq = MosquittoNative.mosquitto_new(o.ClientId, o.CleanSession, GCHandle.ToIntPtr(_self));
            if (_mosq == IntPtr.Zero)
            {
                _listener.OnConnectFailed(this, ConnectFailure.Other, 0);
                return false;
            }

            MosquittoNative.mosquitto_threaded_set(_mosq, true);
            _options = o;
            _protocol = o.ProtocolVersion == 5 ? MosquittoNative.ProtocolV5 : MosquittoNative.ProtocolV311;
            MosquittoNative.mosquitto_int_option(_mosq, MosquittoNative.OptProtocolVersion, _protocol);
            MosquittoNative.mosquitto_max_inflight_messages_set(_mosq, (uint)_owner.MaxInflight);
            string problem = MosquittoSecurity.Apply(_mosq, o, _owner.TlsCaFile, out ConnectFailure failure);
            if (problem != null)
            {
                // Fail closed: no connect at all rather than one without TLS or credentials (issue 12).
                _owner.Log("mqtt", "session " + Id + ": " + problem);
                _listener.OnConnectFailed(this, failure, 0);
                return false;
            }

            MosquittoNative.mosquitto_connect_v5_callback_set(_mosq, &OnConnectNative);
            MosquittoNative.mosquitto_disconnect_v5_callback_set(_mosq, &OnDisconnectNative);
            MosquittoNative.mosquitto_publish_v5_callback_set(_mosq, &OnPublishNative);
            MosquittoNative.mosquitto_message_callback_set(_mosq, &OnMessageNative);
            MosquittoNative.mosquitto_subscribe_v5_callback_set(_mosq, &OnSubscribeNative);
            return true;
        }
    }

    private void ReportLoss(int rc, int errno)
    {
        if (_closeRequested || _refusalReported)
        {
            return;
        }

        if (!_connected)
        {
            _listener.OnConnectFailed(this, _networkDown ? ConnectFailure.NetworkDown : Classify(MapConnectFailure(rc, errno), _options), 0);
            return;
        }

        _connected = false;
        CloseKind kind;
        int code = _disconnectCode;
        if (_networkDown) kind = CloseKind.NetworkDown;
        else if (code >= 0x80) kind = CloseKind.ServerDisconnect;
        else if (rc == MosquittoNative.ErrKeepalive) kind = CloseKind.KeepAliveTimeout;
        else if (rc == MosquittoNative.ErrProtocol || rc == MosquittoNative.ErrMalformedPacket) kind = CloseKind.ProtocolError;
        // libmosquitto returns MOSQ_ERR_CONN_LOST for EOF and for ECONNRESET alike; errno tells them apart
        // (read(2) leaves errno alone on EOF), so a reset is reported as a reset (issue 11: RST vs FIN).
        else if ((rc == MosquittoNative.ErrErrno || rc == MosquittoNative.ErrConnLost) && errno == Econnreset) kind = CloseKind.Reset;
        else if (rc == MosquittoNative.ErrConnLost || rc == MosquittoNative.ErrNoConn) kind = CloseKind.PeerClosed;
        else kind = CloseKind.Error;
        _listener.OnClosed(this, kind, kind == CloseKind.ServerDisconnect ? code : 0);
    }

    private int PendingAcks()
    {
        lock (_gate)
        {
            return _qos1InFlight.Count;
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _connected = false;
            if (_mosq != IntPtr.Zero)
            {
                MosquittoNative.mosquitto_destroy(_mosq);
                _mosq = IntPtr.Zero;
            }

            if (_self.IsAllocated)
            {
                _self.Free();
            }

            _qos1InFlight.Clear();
        }

        _finished.Set();
        _owner.OnSessionFinished(this);
    }
}
