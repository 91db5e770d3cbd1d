using System;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// <see cref="ISystem"/> for the virtual board. A reboot is simulated: the runner tears the node down
/// without a clean stop (so the broker publishes the will, as it would for a real reboot) and boots a
/// new node on the same store.
/// </summary>
public sealed class HostSystem : ISystem
{
    public HostSystem(string chipIdHex)
    {
        ChipIdHex = chipIdHex;
    }

    public string ChipIdHex { get; }

    public long FreeMemoryBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false);

    /// <summary>Set by <see cref="Reboot"/>; the runner acts on it after the current tick.</summary>
    public bool RebootRequested { get; private set; }

    public void Reboot() => RebootRequested = true;

    public void ClearReboot() => RebootRequested = false;
}
