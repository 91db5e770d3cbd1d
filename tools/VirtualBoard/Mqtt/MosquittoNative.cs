using System;
using System.Runtime.InteropServices;

namespace NodeMqtt.VirtualBoard.Mqtt;

/// <summary>
/// The part of libmosquitto 2.0 (Debian package libmosquitto1) the virtual board uses, declared from
/// mosquitto.h. Strings are UTF-8; C <c>bool</c> is one byte. Callbacks are unmanaged function pointers
/// to static methods, so no delegate can be collected while the library still holds it.
/// </summary>
internal static unsafe class MosquittoNative
{
    private const string Lib = "libmosquitto.so.1";

    public const int Success = 0;
    public const int ErrNoConn = 4;
    public const int ErrConnRefused = 5;
    public const int ErrConnLost = 7;
    public const int ErrTls = 8;
    public const int ErrErrno = 14;
    public const int ErrEai = 15;
    public const int ErrKeepalive = 19;
    public const int ErrLookup = 20;
    public const int ErrProtocol = 2;
    public const int ErrMalformedPacket = 21;
    public const int ErrTlsHandshake = 23;
    public const int ErrTimeout = 27;

    /// <summary>mosq_opt_t MOSQ_OPT_PROTOCOL_VERSION.</summary>
    public const int OptProtocolVersion = 1;
    /// <summary>MQTT_PROTOCOL_V311.</summary>
    public const int ProtocolV311 = 4;
    /// <summary>MQTT_PROTOCOL_V5.</summary>
    public const int ProtocolV5 = 5;
    /// <summary>mqtt5_property: MQTT_PROP_SERVER_KEEP_ALIVE (two-byte integer).</summary>
    public const int PropServerKeepAlive = 19;
    /// <summary>mqtt5_property: MQTT_PROP_RECEIVE_MAXIMUM (two-byte integer).</summary>
    public const int PropReceiveMaximum = 33;
    /// <summary>mqtt5_property: MQTT_PROP_MAXIMUM_PACKET_SIZE (four-byte integer).</summary>
    public const int PropMaximumPacketSize = 39;

    [StructLayout(LayoutKind.Sequential)]
    public struct Message
    {
        public int Mid;
        public IntPtr Topic;
        public IntPtr Payload;
        public int PayloadLen;
        public int Qos;
        [MarshalAs(UnmanagedType.U1)] public bool Retain;
    }

    [DllImport(Lib)] public static extern int mosquitto_lib_init();

    [DllImport(Lib, SetLastError = true)]
    public static extern IntPtr mosquitto_new([MarshalAs(UnmanagedType.LPUTF8Str)] string id, [MarshalAs(UnmanagedType.U1)] bool cleanSession, IntPtr obj);

    [DllImport(Lib)] public static extern void mosquitto_destroy(IntPtr mosq);

    [DllImport(Lib)] public static extern int mosquitto_threaded_set(IntPtr mosq, [MarshalAs(UnmanagedType.U1)] bool threaded);

    [DllImport(Lib)] public static extern int mosquitto_int_option(IntPtr mosq, int option, int value);

    [DllImport(Lib)] public static extern int mosquitto_max_inflight_messages_set(IntPtr mosq, uint max);

    [DllImport(Lib)]
    public static extern int mosquitto_username_pw_set(IntPtr mosq, [MarshalAs(UnmanagedType.LPUTF8Str)] string username, [MarshalAs(UnmanagedType.LPUTF8Str)] string password);

    [DllImport(Lib)]
    public static extern int mosquitto_will_set(IntPtr mosq, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int payloadLen, byte[] payload, int qos, [MarshalAs(UnmanagedType.U1)] bool retain);

    [DllImport(Lib)]
    public static extern int mosquitto_tls_set(IntPtr mosq, [MarshalAs(UnmanagedType.LPUTF8Str)] string caFile, [MarshalAs(UnmanagedType.LPUTF8Str)] string caPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string certFile, [MarshalAs(UnmanagedType.LPUTF8Str)] string keyFile, IntPtr passwordCallback);

    [DllImport(Lib, SetLastError = true)]
    public static extern int mosquitto_connect_async(IntPtr mosq, [MarshalAs(UnmanagedType.LPUTF8Str)] string host, int port, int keepalive);

    [DllImport(Lib, SetLastError = true)] public static extern int mosquitto_loop(IntPtr mosq, int timeoutMs, int maxPackets);

    [DllImport(Lib)] public static extern int mosquitto_disconnect(IntPtr mosq);

    [DllImport(Lib)] public static extern int mosquitto_socket(IntPtr mosq);

    [DllImport(Lib)]
    public static extern int mosquitto_publish(IntPtr mosq, out int mid, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int payloadLen, byte[] payload, int qos, [MarshalAs(UnmanagedType.U1)] bool retain);

    [DllImport(Lib)]
    public static extern int mosquitto_subscribe(IntPtr mosq, out int mid, [MarshalAs(UnmanagedType.LPUTF8Str)] string sub, int qos);

    [DllImport(Lib)] public static extern void mosquitto_connect_with_flags_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, int, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_publish_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_message_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, Message*, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_subscribe_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, int, int*, void> cb);

    [DllImport(Lib)] public static extern IntPtr mosquitto_strerror(int err);

    // MQTT 5 callbacks (mosquitto.h, libmosquitto 2.0): libmosquitto calls them for 3.1.1 sessions too, with the
    // 3.1.1 return code and no properties, so one set serves both protocols.
    [DllImport(Lib)] public static extern void mosquitto_connect_v5_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, int, IntPtr, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_disconnect_v5_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, IntPtr, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_publish_v5_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, int, IntPtr, void> cb);

    [DllImport(Lib)] public static extern void mosquitto_subscribe_v5_callback_set(IntPtr mosq, delegate* unmanaged<IntPtr, IntPtr, int, int, int*, IntPtr, void> cb);

    /// <summary>Returns the property found (or NULL); skipFirst false searches from the start.</summary>
    [DllImport(Lib)] public static extern IntPtr mosquitto_property_read_int32(IntPtr proplist, int identifier, out uint value, [MarshalAs(UnmanagedType.U1)] bool skipFirst);

    [DllImport(Lib)] public static extern IntPtr mosquitto_property_read_int16(IntPtr proplist, int identifier, out ushort value, [MarshalAs(UnmanagedType.U1)] bool skipFirst);

    /// <summary>shutdown(2): used to cut a live socket when the simulated link goes down.</summary>
    [DllImport("libc", SetLastError = true)] public static extern int shutdown(int fd, int how);

    public static string ErrorText(int rc)
    {
        IntPtr p = mosquitto_strerror(rc);
        return p == IntPtr.Zero ? "error " + rc : Marshal.PtrToStringUTF8(p);
    }

    private static int _initialised;

    /// <summary>Initialises the library once per process. Throws DllNotFoundException when libmosquitto1 is not installed.</summary>
    public static void EnsureInitialised()
    {
        if (System.Threading.Interlocked.Exchange(ref _initialised, 1) == 0)
        {
            mosquitto_lib_init();
        }
    }
}
