using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>
/// A TCP listener on 127.0.0.1 that records the first bytes a client sends on each connection and then
/// closes it: enough to tell a TLS ClientHello (0x16 0x03 ..) from a plaintext MQTT CONNECT (0x10 ..).
/// </summary>
public sealed class WireSniffer : IDisposable
{
    /// <summary>First byte of a TLS handshake record.</summary>
    public const byte TlsHandshake = 0x16;
    /// <summary>First byte of an MQTT CONNECT packet.</summary>
    public const byte MqttConnect = 0x10;

    private readonly TcpListener _listener;
    private readonly Thread _thread;
    private readonly List<byte[]> _firstBytes = new();
    private volatile bool _stopping;

    public WireSniffer()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _thread = new Thread(Accept) { IsBackground = true, Name = "wire-sniffer" };
        _thread.Start();
    }

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port;

    /// <summary>The first bytes (up to 16) of each connection so far.</summary>
    public byte[][] Connections
    {
        get { lock (_firstBytes) return _firstBytes.ToArray(); }
    }

    private void Accept()
    {
        while (!_stopping)
        {
            Socket s;
            try
            {
                s = _listener.AcceptSocket();
            }
            catch (Exception)
            {
                return;
            }

            using (s)
            {
                var buf = new byte[16];
                int n = 0;
                s.ReceiveTimeout = 3000;
                try
                {
                    n = s.Receive(buf);
                }
                catch (SocketException)
                {
                }

                Array.Resize(ref buf, n);
                lock (_firstBytes) _firstBytes.Add(buf);
            }
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _listener.Stop();
        _thread.Join(5000);
    }
}
