using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Mqtt;

/// <summary>
/// Names a TLS failure libmosquitto only reports as "TLS error" (issue 11: every untrusted CA, wrong host name and
/// expired certificate read "connect failed: tls"). A second handshake with .NET's SslStream, bounded by
/// <see cref="TimeoutMs"/>, checks the chain against the same CA file, the name and the dates; it sends no MQTT
/// and no credentials, and whatever it finds the connection is still refused (fail closed).
/// </summary>
internal static class TlsProbe
{
    public const int TimeoutMs = 3000;

    /// <summary>The specific TLS failure for <paramref name="host"/>:<paramref name="port"/>, or <paramref name="fallback"/>.</summary>
    public static ConnectFailure Classify(string host, int port, string caFile, ConnectFailure fallback)
    {
        ConnectFailure found = fallback;
        try
        {
            using var tcp = new TcpClient();
            if (!tcp.ConnectAsync(host, port).Wait(TimeoutMs)) return fallback;
            tcp.ReceiveTimeout = TimeoutMs;
            tcp.SendTimeout = TimeoutMs;
            using var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) =>
            {
                found = Judge(cert as X509Certificate2 ?? (cert != null ? new X509Certificate2(cert) : null), errors, caFile);
                return false; // never used for anything: refuse so nothing goes over it
            });
            ssl.AuthenticateAsClientAsync(host).Wait(TimeoutMs);
        }
        catch (AggregateException e) when (e.InnerException is IOException && found == fallback)
        {
            // The peer hung up on our ClientHello without a TLS alert: it does not speak TLS on this port.
            return ConnectFailure.TlsPortMismatch;
        }
        catch (Exception)
        {
            // AuthenticationException after our own refusal, or a handshake failure: `found` says which.
        }

        return found;
    }

    /// <summary>True when <paramref name="host"/>:<paramref name="port"/> answers a TLS ClientHello with a certificate.</summary>
    public static bool SpeaksTls(string host, int port)
    {
        bool sawCertificate = false;
        try
        {
            using var tcp = new TcpClient();
            if (!tcp.ConnectAsync(host, port).Wait(TimeoutMs)) return false;
            tcp.ReceiveTimeout = TimeoutMs;
            using var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) =>
            {
                sawCertificate = cert != null;
                return false;
            });
            ssl.AuthenticateAsClientAsync(host).Wait(TimeoutMs);
        }
        catch (Exception)
        {
            // expected: we refuse the certificate ourselves
        }

        return sawCertificate;
    }

    private static ConnectFailure Judge(X509Certificate2 cert, SslPolicyErrors errors, string caFile)
    {
        if (cert == null) return ConnectFailure.Tls;
        DateTime now = DateTime.Now;
        if (now < cert.NotBefore || now > cert.NotAfter) return ConnectFailure.TlsExpired;
        if (!ChainsToCa(cert, caFile)) return ConnectFailure.TlsUntrusted;
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return ConnectFailure.TlsNameMismatch;
        return ConnectFailure.Tls;
    }

    private static bool ChainsToCa(X509Certificate2 cert, string caFile)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (caFile != null)
        {
            try
            {
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.ImportFromPemFile(caFile);
            }
            catch (Exception)
            {
                return false; // an unreadable CA trusts nothing
            }
        }

        return chain.Build(cert);
    }
}
