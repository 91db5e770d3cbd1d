using System;
using System.Security.Cryptography;
using NodeMqtt.Setup;

namespace NodeMqtt.VirtualBoard.Http;

/// <summary>The virtual board's side of the setup pages: its node, a pretend Wi-Fi scan (<c>board.wifi_networks</c>),
/// the OS's randomness, its base configuration, and a restart of the node after a save.</summary>
public sealed class HostSetupPlatform : ISetupPlatform
{
    private readonly Func<Node> _node;
    private readonly Func<NodeConfig> _baseConfig;
    private readonly string[] _networks;

    public HostSetupPlatform(Func<Node> node, Func<NodeConfig> baseConfig, string networks)
    {
        _node = node;
        _baseConfig = baseConfig;
        _networks = string.IsNullOrWhiteSpace(networks)
            ? Array.Empty<string>()
            : networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Set when a save asks for a restart; the board clears it when it restarts the node.</summary>
    public volatile bool RestartRequested;

    public Node Node => _node();
    public bool AccessPointMode => false;
    public long FreeMemoryBytes => -1; // the host has no device heap to report
    public string[] NetworkNames() => _networks;
    public void FillRandom(byte[] buffer) => RandomNumberGenerator.Fill(buffer);
    public NodeConfig NewBaseConfig() => _baseConfig();
    public void OnSettingsSaved() => RestartRequested = true;
}
