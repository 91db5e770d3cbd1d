using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

/// <summary>
/// Credentials, will and TLS for one libmosquitto client, failing closed (issue 12): every call's result is
/// checked, and when TLS is asked for and cannot be set up the session does not connect at all. Before, a
/// missing CA file made <c>mosquitto_tls_set</c> fail unnoticed and the password went out in plaintext, and a
/// 70,000-character user name silently connected without one. Errors are one line and never contain the
/// password or the user name's value.
/// </summary>
internal static class MosquittoSecurity
{
    private const string Lib = "libmosquitto.so.1";
    private const int SslVerifyPeer = 1;

    [DllImport(Lib)]
    private static extern int mosquitto_tls_opts_set(IntPtr mosq, int certReqs, [MarshalAs(UnmanagedType.LPUTF8Str)] string tlsVersion, [MarshalAs(UnmanagedType.LPUTF8Str)] string ciphers);

    [DllImport(Lib)]
    private static extern int mosquitto_tls_insecure_set(IntPtr mosq, [MarshalAs(UnmanagedType.U1)] bool insecure);

    /// <summary>Where the system's CA certificates are, used when no CA file is given.</summary>
    public const string SystemCaPath = "/etc/ssl/certs";

    /// <summary>
    /// Applies user name/password, will and TLS to <paramref name="mosq"/>. Returns null on success, else a
    /// one-line reason and sets <paramref name="failure"/> (<see cref="ConnectFailure.Tls"/> for TLS problems);
    /// the caller must then not connect.
    /// </summary>
    public static string Apply(IntPtr mosq, SessionOptions o, string caFile, out ConnectFailure failure)
    {
        failure = ConnectFailure.Other;
        if (o.Username != null || o.Password != null)
        {
            int rc = MosquittoNative.mosquitto_username_pw_set(mosq, o.Username, o.Password);
            if (rc != MosquittoNative.Success) return "credentials refused by the client library (" + MosquittoNative.ErrorText(rc) + "); not connecting without them";
        }

        if (o.WillTopic != null)
        {
            byte[] will = o.WillPayload ?? Array.Empty<byte>();
            int rc = MosquittoNative.mosquitto_will_set(mosq, o.WillTopic, will.Length, will, o.WillQos, o.WillRetain);
            if (rc != MosquittoNative.Success) return "will refused by the client library (" + MosquittoNative.ErrorText(rc) + ")";
        }

        if (!o.Tls) return null;
        failure = ConnectFailure.Tls;
        string problem = CaProblem(caFile);
        if (problem != null) return problem;
        int r = MosquittoNative.mosquitto_tls_set(mosq, caFile, caFile == null ? SystemCaPath : null, null, null, IntPtr.Zero);
        if (r != MosquittoNative.Success) return "TLS setup failed (" + MosquittoNative.ErrorText(r) + "); not connecting without TLS";
        // Verify the broker's chain and its name (libmosquitto checks the host name unless told insecure).
        r = mosquitto_tls_opts_set(mosq, SslVerifyPeer, null, null);
        if (r != MosquittoNative.Success) return "TLS peer verification could not be enabled (" + MosquittoNative.ErrorText(r) + "); not connecting";
        r = mosquitto_tls_insecure_set(mosq, false);
        if (r != MosquittoNative.Success) return "TLS host name verification could not be enabled (" + MosquittoNative.ErrorText(r) + "); not connecting";
        return null;
    }

    /// <summary>Null when <paramref name="caFile"/> (null = the system store) can serve as trust anchors,
    /// else a one-line reason. Also used at start so a bad path is a config error, not a silent retry.</summary>
    public static string CaProblem(string caFile)
    {
        if (caFile == null)
        {
            return Directory.Exists(SystemCaPath) ? null : "TLS requested but no CA file is set and " + SystemCaPath + " does not exist; not connecting";
        }

        byte[] head;
        try
        {
            using var f = File.OpenRead(caFile);
            head = new byte[(int)Math.Min(f.Length, 65536)];
            int n = f.Read(head, 0, head.Length);
            Array.Resize(ref head, n);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "TLS CA file " + caFile + " cannot be read (" + e.GetType().Name.Replace("Exception", string.Empty) + "); not connecting";
        }

        if (Encoding.ASCII.GetString(head).IndexOf("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal) < 0)
        {
            return "TLS CA file " + caFile + " holds no PEM certificate; not connecting";
        }

        return null;
    }
}
