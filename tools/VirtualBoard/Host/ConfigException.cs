using System;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>A user error in configuration or arguments: printed as one line, never with a stack trace.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message) : base(message)
    {
    }
}
