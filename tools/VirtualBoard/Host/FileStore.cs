using System;
using System.IO;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// <see cref="IAppendStore"/> on files in the board's state directory, standing in for the device's internal
/// flash. A write goes to a temporary file that is flushed and then renamed over the old one, so a crash
/// leaves either the old blob or the new one; an append is flushed to the disk before it returns. Never
/// throws: a failure sets <see cref="LastError"/> (full, read-only, missing, wrong type) and Core reports the
/// change in one line (issue 12: failures were invisible, a 32 KB .tmp stayed behind on a full disk, and a
/// state directory that could not be created ended in a stack trace).
/// </summary>
public sealed class FileStore : IAppendStore
{
    private const string TempSuffix = ".tmp";
    private readonly string _dir;
    private readonly ILog _log;

    public FileStore(string dir, ILog log)
    {
        _dir = dir;
        _log = log;
        if (!EnsureDirectory())
        {
            _log.Line("store", $"state directory {dir} cannot be created ({StoreError.Name(LastError)}): running from memory, nothing survives a restart");
            return;
        }

        CleanLeftovers();
    }

    /// <summary>Successful writes and appends since start.</summary>
    public int Writes { get; private set; }

    /// <summary>Bytes written by successful writes and appends since start.</summary>
    public long BytesWritten { get; private set; }

    public int LastError { get; private set; }

    public byte[] Read(string name)
    {
        string p = PathOf(name);
        try
        {
            if (Directory.Exists(p))
            {
                LastError = StoreError.WrongType;
                return null;
            }

            LastError = StoreError.None;
            return File.Exists(p) ? File.ReadAllBytes(p) : null;
        }
        catch (Exception e)
        {
            LastError = Classify(e);
            return null;
        }
    }

    public bool Write(string name, byte[] data, int count)
    {
        string p = PathOf(name);
        string tmp = p + TempSuffix;
        try
        {
            if (Directory.Exists(p)) return Fail(StoreError.WrongType);
            if (!EnsureDirectory()) return false;
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                fs.Write(data, 0, count);
                fs.Flush(true);
            }

            File.Move(tmp, p, true);
            return Done(count);
        }
        catch (Exception e)
        {
            // Never leave a half-written temporary file behind (on a full disk it stayed for good).
            try { File.Delete(tmp); } catch (Exception) { }
            LastError = Classify(e);
            return false;
        }
    }

    public bool Append(string name, byte[] data, int count)
    {
        string p = PathOf(name);
        try
        {
            if (Directory.Exists(p)) return Fail(StoreError.WrongType);
            if (!EnsureDirectory()) return false;
            using (var fs = new FileStream(p, FileMode.Append, FileAccess.Write, FileShare.None))
            {
                fs.Write(data, 0, count);
                fs.Flush(true);
            }

            return Done(count);
        }
        catch (Exception e)
        {
            LastError = Classify(e);
            return false;
        }
    }

    public void SetAside(string name)
    {
        try
        {
            string p = PathOf(name);
            if (File.Exists(p)) File.Move(p, p + ".bad", true);
            else if (Directory.Exists(p)) Directory.Move(p, p + ".bad." + DateTime.UtcNow.Ticks);
            LastError = StoreError.None;
        }
        catch (Exception e)
        {
            LastError = Classify(e);
        }
    }

    public void Delete(string name)
    {
        try
        {
            string p = PathOf(name);
            if (File.Exists(p)) File.Delete(p);
            LastError = StoreError.None;
        }
        catch (Exception e)
        {
            LastError = Classify(e);
        }
    }

    /// <summary>Maps an exception from the file system to a <see cref="StoreError"/>.</summary>
    public static int Classify(Exception e)
    {
        string m = e.Message ?? string.Empty;
        if (m.Contains("No space left", StringComparison.OrdinalIgnoreCase) || m.Contains("Disk quota", StringComparison.OrdinalIgnoreCase)) return StoreError.Full;
        if (m.Contains("Read-only", StringComparison.OrdinalIgnoreCase) || e is UnauthorizedAccessException) return StoreError.ReadOnly;
        if (e is DirectoryNotFoundException || e is FileNotFoundException || m.Contains("Not a directory", StringComparison.OrdinalIgnoreCase)) return StoreError.Missing;
        if (m.Contains("Is a directory", StringComparison.OrdinalIgnoreCase)) return StoreError.WrongType;
        return StoreError.Other;
    }

    // The directory may vanish while the board runs (or never have existed): recreate it when we can.
    private bool EnsureDirectory()
    {
        try
        {
            if (Directory.Exists(_dir)) return true;
            if (File.Exists(_dir)) return Fail(StoreError.WrongType);
            Directory.CreateDirectory(_dir);
            return true;
        }
        catch (Exception e)
        {
            LastError = Classify(e);
            if (LastError == StoreError.Other) LastError = StoreError.Missing;
            return false;
        }
    }

    // Temporary files of writes a crash interrupted: the blob itself is intact (old or new), so they go.
    private void CleanLeftovers()
    {
        try
        {
            int removed = 0;
            foreach (string f in Directory.GetFiles(_dir, "*" + TempSuffix))
            {
                File.Delete(f);
                removed++;
            }

            if (removed > 0) _log.Line("store", $"removed {removed} leftover temporary file(s) from an interrupted write");
        }
        catch (Exception)
        {
            // A read-only or vanished directory: the writes will report it.
        }
    }

    private bool Done(int count)
    {
        Writes++;
        BytesWritten += count;
        LastError = StoreError.None;
        return true;
    }

    private bool Fail(int error)
    {
        LastError = error;
        return false;
    }

    private string PathOf(string name) => Path.Combine(_dir, name + ".bin");
}
