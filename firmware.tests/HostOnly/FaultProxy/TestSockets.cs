using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace NodeMqtt.Tests.HostOnly.FaultProxyTests;

/// <summary>Blocking client helpers; every wait is bounded by <see cref="MaxWaitMs"/>.</summary>
internal static class TestSockets
{
    public const int MaxWaitMs = 5_000;

    public static IPEndPoint AnyLoopbackPort => new IPEndPoint(IPAddress.Loopback, 0);

    public static Socket Connect(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
        {
            NoDelay = true,
            ReceiveTimeout = MaxWaitMs,
            SendTimeout = MaxWaitMs,
        };
        socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }

    public static void SendAll(Socket socket, byte[] bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            offset += socket.Send(bytes, offset, bytes.Length - offset, SocketFlags.None);
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes; returns them and the size of each read.</summary>
    public static byte[] ReceiveExactly(Socket socket, int count, List<int> readSizes = null)
    {
        var result = new byte[count];
        int offset = 0;
        var clock = Stopwatch.StartNew();
        while (offset < count)
        {
            if (clock.ElapsedMilliseconds > MaxWaitMs)
            {
                throw new TimeoutException($"received {offset} of {count} bytes in {MaxWaitMs} ms");
            }

            int read = socket.Receive(result, offset, count - offset, SocketFlags.None);
            if (read == 0)
            {
                throw new InvalidOperationException($"end of stream after {offset} of {count} bytes");
            }

            readSizes?.Add(read);
            offset += read;
        }

        return result;
    }

    /// <summary>Sends, waits for the echo, returns the round trip in milliseconds.</summary>
    public static long RoundTripMs(Socket socket, byte[] payload)
    {
        var clock = Stopwatch.StartNew();
        SendAll(socket, payload);
        byte[] echoed = ReceiveExactly(socket, payload.Length);
        long elapsedMs = clock.ElapsedMilliseconds;
        if (!echoed.AsSpan().SequenceEqual(payload))
        {
            throw new InvalidOperationException("echo differs from what was sent");
        }

        return elapsedMs;
    }

    /// <summary>Polls <paramref name="condition"/> every 10 ms for at most <see cref="MaxWaitMs"/>.</summary>
    public static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.ElapsedMilliseconds > MaxWaitMs)
            {
                return false;
            }

            Thread.Sleep(10);
        }

        return true;
    }

    public static byte[] Bytes(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
