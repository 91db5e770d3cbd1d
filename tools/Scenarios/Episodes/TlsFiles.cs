using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NodeMqtt.Scenarios.Episodes;

/// <summary>
/// Certificates the harness makes for the TLS episodes: a CA, a second CA the board does not trust, and server
/// certificates signed by them (right name, wrong name, expired). Made with .NET's CertificateRequest rather than
/// openssl so that "expired" needs no clock tricks; written as PEM where mosquitto and the board read them.
/// </summary>
public sealed class TlsFiles
{
    public TlsFiles(string dir)
    {
        Dir = dir;
        using RSA caKey = RSA.Create(2048);
        using X509Certificate2 ca = MakeCa("NodeMqtt episodes CA", caKey);
        using RSA otherKey = RSA.Create(2048);
        using X509Certificate2 other = MakeCa("Somebody else's CA", otherKey);
        CaFile = WriteCert("ca.pem", ca);
        OtherCaFile = WriteCert("other-ca.pem", other);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        Good = MakeServer("good", ca, caKey, "localhost", true, now.AddDays(-1), now.AddDays(30));
        WrongName = MakeServer("wrong-name", ca, caKey, "broker.example.org", false, now.AddDays(-1), now.AddDays(30));
        Expired = MakeServer("expired", ca, caKey, "localhost", true, now.AddDays(-60), now.AddDays(-30));
    }

    public string Dir { get; }

    public string CaFile { get; }

    public string OtherCaFile { get; }

    public (string Cert, string Key) Good { get; }

    public (string Cert, string Key) WrongName { get; }

    public (string Cert, string Key) Expired { get; }

    private static X509Certificate2 MakeCa(string name, RSA key)
    {
        var req = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        req.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-400), DateTimeOffset.UtcNow.AddDays(400));
    }

    private (string, string) MakeServer(string file, X509Certificate2 ca, RSA caKey, string dns, bool withIp, DateTimeOffset from, DateTimeOffset to)
    {
        using RSA key = RSA.Create(2048);
        var req = new CertificateRequest("CN=" + dns, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(dns);
        if (withIp) san.AddIpAddress(IPAddress.Loopback);
        req.CertificateExtensions.Add(san.Build());
        req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        byte[] serial = new byte[8];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7F;
        using X509Certificate2 cert = req.Create(ca, from, to, serial);
        string certFile = WriteCert(file + ".pem", cert);
        string keyFile = Path.Combine(Dir, file + ".key");
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certFile, keyFile);
    }

    private string WriteCert(string file, X509Certificate2 cert)
    {
        string path = Path.Combine(Dir, file);
        File.WriteAllText(path, cert.ExportCertificatePem());
        return path;
    }
}
