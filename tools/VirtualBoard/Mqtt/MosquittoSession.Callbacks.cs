using System;
using System.Runtime.InteropServices;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

// libmosquitto's callbacks (on the session's loop thread) and the mapping of its errors to Core's outcomes.
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
            // The broker accepted TCP and then hung up before CONNACK: it is there but not answering.
            return rc == MosquittoNative.ErrConnLost ? ConnectFailure.Refused : ConnectFailure.Other;
        }

        return ConnectFailure.Other;
    }

    private static MosquittoSession From(IntPtr obj) => (MosquittoSession)GCHandle.FromIntPtr(obj).Target;

    [UnmanagedCallersOnly]
    private static void OnConnectNative(IntPtr mosq, IntPtr obj, int rc, int flags)
    {
        MosquittoSession s = From(obj);
        if (rc == 0)
        {
            s._connected = true;
            if (!s._closeRequested) s._listener.OnConnected(s, (flags & 1) != 0);
            return;
        }

        // CONNACK refusal codes (MQTT 3.1.1 §3.2.2.3): 4 bad user name or password, 5 not authorised.
        s._refusalReported = true;
        if (!s._closeRequested)
        {
            s._listener.OnConnectFailed(s, rc == 4 || rc == 5 ? ConnectFailure.NotAuthorized : ConnectFailure.Refused, rc);
        }
    }

    [UnmanagedCallersOnly]
    private static void OnPublishNative(IntPtr mosq, IntPtr obj, int mid)
    {
        MosquittoSession s = From(obj);
        bool qos1;
        lock (s._gate)
        {
            qos1 = s._qos1InFlight.Remove(mid);
        }

        if (qos1 && !s._closeRequested)
        {
            s._listener.OnPublished(s, mid, true);
        }
    }

    [UnmanagedCallersOnly]
    private static void OnSubscribeNative(IntPtr mosq, IntPtr obj, int mid, int qosCount, int* granted)
    {
        MosquittoSession s = From(obj);
        bool ok = qosCount > 0;
        for (int i = 0; i < qosCount; i++)
        {
            if (granted[i] == 0x80) ok = false;
        }

        if (!s._closeRequested) s._listener.OnSubscribed(s, mid, ok);
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
