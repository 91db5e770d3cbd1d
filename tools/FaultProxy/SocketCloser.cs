using System.Net.Sockets;

namespace NodeMqtt.FaultProxy;

/// <summary>Closes sockets the way a fault asks, never throwing: teardown must be exception-proof.</summary>
internal static class SocketCloser
{
    public static void Close(Socket socket, CloseKind kind)
    {
        if (socket == null)
        {
            return;
        }

        try
        {
            if (kind == CloseKind.Reset)
            {
                // SO_LINGER with timeout 0 makes close() send RST instead of FIN (FIELD-FACTS, Reset).
                socket.LingerState = new LingerOption(true, 0);
            }
            else if (socket.Connected)
            {
                socket.Shutdown(SocketShutdown.Both);
            }
        }
        catch (SocketException)
        {
            // Already reset or never connected: closing below is all that is left to do.
        }
        catch (System.ObjectDisposedException)
        {
            return;
        }

        socket.Close();
    }

    public static void ShutdownSend(Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The peer is gone; the connection's teardown will notice.
        }
        catch (System.ObjectDisposedException)
        {
            // Torn down concurrently.
        }
    }
}
