using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// The CA certificate the device trusts for its broker: a PEM file on the internal flash, path in
    /// <c>mqtt.tls_ca_file</c> (e.g. <c>I:\ca.pem</c>). Without a usable one, a TLS node does not connect at all
    /// (issue 12: MqttClient was created with no CA certificate).
    /// </summary>
    /// <remarks>
    /// Checked in public source: <c>MqttClient(string brokerHostName, int brokerPort, bool secure,
    /// X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol)</c>
    /// (nanoframework/nanoFramework.m2mqtt v5.1.220, commit 8208787, M2Mqtt/MqttClient.cs) hands <c>caCert</c> to
    /// <c>SslStream.AuthenticateAsClient(string targetHost, X509Certificate clientCertificate, X509Certificate ca,
    /// SslProtocols enabledSslProtocols)</c> with the configured host name as <c>targetHost</c>
    /// (M2Mqtt/Net/MqttNetworkChannel.cs), and <c>SslStream.SslVerification</c> defaults to
    /// <c>CertificateRequired</c> (nanoframework/System.Net v1.11.54 and main, Security/SslStream.cs; the 1.11.60
    /// tag was not in the mirror): the chain and the broker's
    /// name are verified by mbedTLS. <c>X509Certificate(string certificate)</c> (X509Certificates/X509Certificate.cs)
    /// keeps the NUL terminator mbedTLS needs to parse PEM, so the file is read as text.
    /// Pinning the server key is not possible through this API (SslStream exposes no peer certificate and no
    /// validation callback); pin by putting only the broker's own CA (or its self-signed certificate) in the file.
    /// </remarks>
    internal static class TlsTrust
    {
        private const int MaxPemBytes = 16384;

        /// <summary>The CA certificate, or null with <paramref name="problem"/> set to one line saying why.</summary>
        public static X509Certificate Load(string path, out string problem)
        {
            problem = null;
            if (path == null)
            {
                problem = "mqtt.tls=true needs mqtt.tls_ca_file (a PEM CA certificate on flash, e.g. I:\\ca.pem); not connecting";
                return null;
            }

            try
            {
                if (!File.Exists(path))
                {
                    problem = "TLS CA file " + path + " does not exist; not connecting";
                    return null;
                }

                byte[] data;
                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    if (stream.Length > MaxPemBytes)
                    {
                        problem = "TLS CA file " + path + " is larger than " + MaxPemBytes.ToString() + " bytes; not connecting";
                        return null;
                    }

                    data = new byte[(int)stream.Length];
                    int done = 0;
                    while (done < data.Length)
                    {
                        int n = stream.Read(data, done, data.Length - done);
                        if (n <= 0)
                        {
                            break;
                        }

                        done += n;
                    }
                }

                string pem = Encoding.UTF8.GetString(data, 0, data.Length);
                if (pem.IndexOf("-----BEGIN CERTIFICATE-----") < 0)
                {
                    problem = "TLS CA file " + path + " holds no PEM certificate; not connecting";
                    return null;
                }

                return new X509Certificate(pem);
            }
            catch (Exception)
            {
                problem = "TLS CA file " + path + " cannot be read or parsed; not connecting";
                return null;
            }
        }
    }
}
