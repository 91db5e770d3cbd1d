using System;
using System.IO;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// <see cref="IStore"/> on files in the board's state directory, standing in for the device's internal
/// flash. A write goes to a temporary file that is flushed and then renamed over the old one, so a crash
/// leaves either the old blob or the new one. Counts writes, as flash wear matters on the device.
/// </summary>
public sealed class FileStore : IStore
{
    private readonly string _dir;
    private readonly ILog _log;

    public FileStore(string dir, ILog log)
    {
        _dir = dir;
        _log = log;
        Directory.CreateDirectory(dir);
    }

    /// <summary>Successful writes since start.</summary>
    public int Writes { get; private set; }

    public byte[] Read(string name)
    {
        try
        {
            string p = PathOf(name);
            return File.Exists(p) ? File.ReadAllBytes(p) : null;
        }
        catch (Exception e)
        {
            _log.Line("store", $"read {name} failed: {e.Message}");
            return null;
        }
    }

    public bool Write(string name, byte[] data, int count)
    {
        string p = PathOf(name);
        string tmp = p + ".tmp";
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                fs.Write(data, 0, count);
                fs.Flush(true);
            }

            File.Move(tmp, p, true);
            Writes++;
            return true;
        }
        catch (Exception e)
        {
            _log.Line("store", $"write {name} failed: {e.Message}");
            return false;
        }
    }

    public void SetAside(string name)
    {
        try
        {
            string p = PathOf(name);
            if (File.Exists(p)) File.Move(p, p + ".bad", true);
        }
        catch (Exception e)
        {
            _log.Line("store", $"set aside {name} failed: {e.Message}");
        }
    }

    public void Delete(string name)
    {
        try
        {
            File.Delete(PathOf(name));
        }
        catch (Exception e)
        {
            _log.Line("store", $"delete {name} failed: {e.Message}");
        }
    }

    private string PathOf(string name) => Path.Combine(_dir, name + ".bin");
}
