using System;
using System.Globalization;
using System.Net;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// Keeps the proxy on loopback. The project's tests may only touch loopback or addresses of network
/// namespaces the test itself creates (FIELD-FACTS, "Faults on one Linux machine"); a fault proxy
/// listening on a real interface would expose a hole to the network.
/// </summary>
public static class LoopbackGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> unless the end point is a loopback address.</summary>
    public static void Require(IPEndPoint endPoint, string role)
    {
        ArgumentNullException.ThrowIfNull(endPoint, role);

        // The message carries the role; no ParamName, so the CLI prints it without " (Parameter ...)".
        if (!IPAddress.IsLoopback(endPoint.Address))
        {
            throw new ArgumentException(
                $"{role} address {endPoint} is not loopback; the fault proxy only binds to and connects to 127.0.0.1 (or ::1)");
        }
    }

    /// <summary>Parses <c>ADDRESS:PORT</c> and checks it is loopback; throws <see cref="ArgumentException"/>.</summary>
    public static IPEndPoint Parse(string text, string role)
    {
        if (string.IsNullOrWhiteSpace(text) || !IPEndPoint.TryParse(text, out IPEndPoint endPoint))
        {
            throw new ArgumentException($"{role} '{text}' is not ADDRESS:PORT, e.g. 127.0.0.1:1883");
        }

        // IPEndPoint.TryParse accepts a bare address and returns port 0; insist on an explicit port.
        if (text.LastIndexOf(':') < 0 || text.EndsWith("]", StringComparison.Ordinal))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}' has no port", role, text));
        }

        Require(endPoint, role);
        return endPoint;
    }
}
