using System;
using System.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="ILog"/> for the device: one line per call, prefixed with the uptime in milliseconds, written
    /// with <see cref="Debug.WriteLine"/> (the Visual Studio / VS Code debugger output).
    /// </summary>
    /// <remarks>
    /// nanoFramework marks Debug.WriteLine [Conditional("DEBUG")] (CoreLibrary, System/Diagnostics/Debug.cs),
    /// so a Release build prints nothing; diagnostics still reach the broker on the diag topic.
    /// Safe to call from any thread; never throws.
    /// </remarks>
    internal sealed class ConsoleLog : ILog
    {
        /// <inheritdoc />
        public void Line(string component, string message)
        {
            try
            {
                Debug.WriteLine("[" + Environment.TickCount64.ToString() + "] " + component + ": " + message);
            }
            catch
            {
                // Logging must never take the node down.
            }
        }
    }
}
