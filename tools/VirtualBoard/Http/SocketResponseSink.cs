using System;
using System.Net.Sockets;
using System.Text;
using NodeMqtt.Setup;

namespace NodeMqtt.VirtualBoard.Http;

/// <summary>Writes a Core response to a socket: status line and headers on the first body write (or at the end),
/// then the body as it comes, closed by the connection (no Content-Length: pages are streamed).</summary>
public sealed class SocketResponseSink : IResponseSink
{
    private readonly Socket _socket;
    private readonly StringBuilder _head = new(256);
    private bool _headSent;

    public SocketResponseSink(Socket socket) => _socket = socket;

    public int Status { get; private set; }
    public long BodyBytes { get; private set; }

    public void Begin(int status, string contentType)
    {
        Status = status;
        _head.Clear();
        _headSent = false;
        _head.Append("HTTP/1.1 ").Append(status).Append(' ').Append(HttpStatus.Reason(status)).Append("\r\n");
        if (contentType != null) _head.Append("Content-Type: ").Append(contentType).Append("\r\n");
    }

    public void Header(string name, string value) => _head.Append(name).Append(": ").Append(value).Append("\r\n");

    public void Write(byte[] buffer, int offset, int count)
    {
        SendHead();
        BodyBytes += count;
        Send(buffer, offset, count);
    }

    public void End() => SendHead();

    private void SendHead()
    {
        if (_headSent) return;
        _headSent = true;
        _head.Append("Connection: close\r\n\r\n");
        byte[] h = Encoding.ASCII.GetBytes(_head.ToString());
        Send(h, 0, h.Length);
    }

    // A browser that went away is not the node's problem: drop the rest of the response.
    private void Send(byte[] buffer, int offset, int count)
    {
        try
        {
            int sent = 0;
            while (sent < count) sent += _socket.Send(buffer, offset + sent, count - sent, SocketFlags.None);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }
}
