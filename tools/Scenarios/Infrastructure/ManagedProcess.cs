using System;
using System.Diagnostics;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>A child process whose output lines are captured; stopped (bounded) on dispose, whatever happened.</summary>
public sealed class ManagedProcess : IDisposable
{
    private readonly Process _p;

    public ManagedProcess(string file, string[] args, string workDir = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _p = new Process { StartInfo = psi, EnableRaisingEvents = true };
        _p.OutputDataReceived += (_, e) => { if (e.Data != null) Output.Add(e.Data); };
        _p.ErrorDataReceived += (_, e) => { if (e.Data != null) Output.Add("stderr: " + e.Data); };
        _p.Start();
        _p.BeginOutputReadLine();
        _p.BeginErrorReadLine();
    }

    public LineLog Output { get; } = new();

    public int Pid => _p.Id;

    /// <summary>True once the process has ended, and also after this object was disposed.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return _p.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    public int ExitCode => _p.ExitCode;

    public void Signal(int sig) => Posix.kill(_p.Id, sig);

    /// <summary>Writes one line to the child's standard input (a typed command).</summary>
    public void WriteLine(string line)
    {
        _p.StandardInput.WriteLine(line);
        _p.StandardInput.Flush();
    }

    /// <summary>Closes the child's standard input, as the death of this process would.</summary>
    public void CloseInput() => _p.StandardInput.Close();

    public bool WaitForExit(int timeoutMs)
    {
        if (!_p.WaitForExit(timeoutMs)) return false;
        _p.WaitForExit(); // flush the asynchronous output readers
        return true;
    }

    /// <summary>SIGTERM, then SIGKILL if it has not exited within <paramref name="graceMs"/>.</summary>
    public void Stop(int graceMs = 5000)
    {
        if (HasExited) return;
        Signal(Posix.SigTerm);
        if (!WaitForExit(graceMs))
        {
            try { _p.Kill(true); } catch (InvalidOperationException) { }
            WaitForExit(2000);
        }
    }

    public void Dispose()
    {
        try { Stop(2000); } catch (Exception) { }
        _p.Dispose();
    }
}
