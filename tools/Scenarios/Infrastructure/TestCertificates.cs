using System;
using System.IO;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>
/// A throw-away CA and a broker certificate for 127.0.0.1/localhost, made with the openssl command line
/// (EC P-256, valid two days), plus an unrelated second CA for "wrong CA" cases.
/// </summary>
public sealed class TestCertificates
{
    public TestCertificates(string dir)
    {
        Dir = dir;
        Run("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=nodemqtt-test-ca");
        Run("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout other.key -out other-ca.pem -days 2 -subj /CN=nodemqtt-other-ca");
        Run("req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr -subj /CN=localhost");
        File.WriteAllText(Path.Combine(dir, "san.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        Run("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile san.cnf");
    }

    public string Dir { get; }
    public string CaFile => Path.Combine(Dir, "ca.pem");
    public string OtherCaFile => Path.Combine(Dir, "other-ca.pem");
    public string ServerCert => Path.Combine(Dir, "server.pem");
    public string ServerKey => Path.Combine(Dir, "server.key");

    /// <summary>mosquitto.conf lines for a TLS-only listener on <paramref name="port"/> with this certificate.</summary>
    public string ListenerConfig(int port) =>
        $"listener {port} 127.0.0.1\ncafile {CaFile}\ncertfile {ServerCert}\nkeyfile {ServerKey}\n";

    private void Run(string args)
    {
        using var p = new ManagedProcess("openssl", args.Split(' '), Dir);
        if (!p.WaitForExit(30000) || p.ExitCode != 0) throw new InvalidOperationException("openssl " + args + " failed:\n" + p.Output.Dump());
    }
}
