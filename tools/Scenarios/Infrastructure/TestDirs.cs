using System;
using System.IO;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>A temporary directory removed on dispose (a board's state directory, a config file's home).</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("nodemqtt-e2e-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (Exception) { }
    }
}
