using System;
using System.Runtime.InteropServices;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

// libmosquitto's callbacks (on the session's loop thread) and the mapping of its errors to Core's outcomes.
// The v5 callbacks serve both protocols: on 3.1.1 libmosquitto passes the 3.1.1 return code and no properties.
internal sealed unsafe partial class MosquittoSession
{
    private static ConnectFailure MapConnectFailure(int rc, int errno)
    {
        if (rc == MosquittoNative.ErrEai || rc == MosquittoNative.ErrLookup) return ConnectFailure.Dns;
        if (rc == MosquittoNative.ErrTls || rc == MosquittoNative.ErrTlsHandshake) return ConnectFailure.Tls;
        if (rc == MosquittoNative.ErrTimeout) return ConnectFailure.Timeout;
        if (rc == MosquittoNative.ErrErrno || rc == MosquittoNative.ErrConnLost || rc == MosquittoNative.ErrNoConn)
        {
            if (errno == Econnrefused) return ConnectFailure.TcpRefused;
            if (errno == Enetunreach || errno == Ehostunreach) return ConnectFailure.NetworkDown;
            if (errno == Etimedout) return ConnectFailure.Timeout;
            // The broker accepted TCP and then hung up before CONNACK: busy, over max_connections, or not MQTT. mosquitto
            // closes such a socket with our CONNECT unread, so the kernel sends RST as often as FIN (measured).
            return rc == MosquittoNative.ErrConnLost || errno == Econnreset ? ConnectFailure.ClosedBeforeConnack : ConnectFailure.Other;
        }

        return ConnectFailure.Other;
    }

    // TLS failures and closes before CONNACK say little by themselves: a second, bounded handshake with .NET's
    // SslStream names the cause (untrusted, name, dates, plain/TLS port mismatch). Runs on the session thread.
    private ConnectFailure Classify(ConnectFailure kind, SessionOptions o)
    {
        if (o == null || _closeRequested) return kind;
        if (kind == ConnectFailure.Tls && o.Tls) return TlsProbe.Classify(o.Host, o.Port, _owner.TlsCaFile, kind);
        // A TLS listener answers plain MQTT with a reset or a close: ask it for a certificate.
        if ((kind == ConnectFailure.ClosedBeforeConnack || kind == ConnectFailure.Other) && !o.Tls && TlsProbe.SpeaksTls(o.Host, o.Port))
        {
            return ConnectFailure.TlsPortMismatch;
        }
        return kind;
    }

    private static MosquittoSession From(IntPtr obj) => (MosquittoSession)GCHandle.FromIntPtr(obj).Target;

    [UnmanagedCallersOnly]
    private static void OnConnectNative(IntPtr mosq, IntPtr obj, int rc, int flags, IntPtr props)
    {
        MosquittoSession s = From(obj);
        bool v5 = s._protocol == MosquittoNative.ProtocolV5;
        if (rc == 0)
        {
            s._connected = true;
            if (!s._closeRequested) s._listener.OnConnected(s, (flags & 1) != 0, ReadConnack(props, v5));
            return;
        }

        // Refusals: 3.1.1 return codes (§3.2.2.3) are mapped onto MQTT 5 reason codes so Core reads one set. A 3.1.1
        // broker answers an MQTT 5 CONNECT with return code 1 (unacceptable protocol version), which stays 1.
        int code = v5 ? rc : ReasonCodes.FromV311Connack(rc);
        s._refusalReported = true;
        bool auth = code == ReasonCodes.BadCredentials || code == ReasonCodes.NotAuthorized;
        if (!s._closeRequested)
        {
            s._listener.OnConnectFailed(s, auth ? ConnectFailure.NotAuthorized : ConnectFailure.Refused, code);
        }
    }

    private static ConnackInfo ReadConnack(IntPtr props, bool v5)
    {
        ConnackInfo info = new ConnackInfo { ProtocolVersion = v5 ? 5 : 4 };
        if (!v5 || props == IntPtr.Zero) return info;
        if (MosquittoNative.mosquitto_property_read_int32(props, MosquittoNative.PropMaximumPacketSize, out uint max, false) != IntPtr.Zero)
        {
            info.MaximumPacketSize = max > int.MaxValue ? int.MaxValue : (int)max;
        }

        if (MosquittoNative.mosquitto_property_read_int16(props, MosquittoNative.PropReceiveMaximum, out ushort rm, false) != IntPtr.Zero)
        {
            info.ReceiveMaximum = rm;
        }

        if (MosquittoNative.mosquitto_property_read_int16(props, MosquittoNative.PropServerKeepAlive, out ushort ka, false) != IntPtr.Zero)
        {
            info.ServerKeepAliveSeconds = ka;
        }

        return info;
    }

    [UnmanagedCallersOnly]
    private static void OnDisconnectNative(IntPtr mosq, IntPtr obj, int rc, IntPtr props)
    {
        // rc is the reason code of a DISCONNECT the broker sent (MQTT 5), or a MOSQ_ERR_* (< 0x80) when the socket
        // just closed; the loop reports the loss itself, this only keeps the broker's reason for it.
        MosquittoSession s = From(obj);
        if (rc >= 0x80) s._disconnectCode = rc;
    }

    [UnmanagedCallersOnly]
    private static void OnPublishNative(IntPtr mosq, IntPtr obj, int mid, int reasonCode, IntPtr props)
    {
        MosquittoSession s = From(obj);
        bool qos1;
        lock (s._gate)
        {
            qos1 = s._qos1InFlight.Remove(mid);
        }

        if (qos1 && !s._closeRequested)
        {
            s._listener.OnPublished(s, mid, true, reasonCode);
        }
    }

    [UnmanagedCallersOnly]
    private static void OnSubscribeNative(IntPtr mosq, IntPtr obj, int mid, int qosCount, int* granted, IntPtr props)
    {
        MosquittoSession s = From(obj);
        bool ok = qosCount > 0;
        int code = 0;
        for (int i = 0; i < qosCount; i++)
        {
            // 3.1.1: 0x80 is failure; MQTT 5: every reason code from 0x80 up is (0x87 not authorised).
            if (granted[i] >= 0x80)
            {
                ok = false;
                code = granted[i];
            }
        }

        if (!s._closeRequested) s._listener.OnSubscribed(s, mid, ok, code);
    }

    [UnmanagedCallersOnly]
    private static void OnMessageNative(IntPtr mosq, IntPtr obj, MosquittoNative.Message* msg)
    {
        MosquittoSession s = From(obj);
        if (s._closeRequested) return;
        string topic = Marshal.PtrToStringUTF8(msg->Topic) ?? string.Empty;
        byte[] payload = new byte[msg->PayloadLen];
        if (msg->PayloadLen > 0) Marshal.Copy(msg->Payload, payload, 0, msg->PayloadLen);
        s._listener.OnMessage(s, topic, payload);
    }
}
