using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using NodeMqtt.Scenarios.Infrastructure;

namespace NodeMqtt.Scenarios;

/// <summary>
/// Storage that fails (issue 12): a full disk (a 256 KB tmpfs filled up), a read-only file system (the same
/// tmpfs remounted read-only) and a state directory that cannot be created (below a regular file). Each
/// case: history mode at 1 Hz, 10 s online, broker down 15 s, back for 20 s; the node must keep running,
/// say so in status, and lose nothing (the link comes back before anything needs flash). Needs root (mount).
/// </summary>
public static class StorageScenario
{
    public static ScenarioResult Run()
    {
        var r = new ScenarioResult("storage");
        using var dir = new TempDir();
        string mnt = dir.File("tmpfs");
        Directory.CreateDirectory(mnt);
        bool mounted = Sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt) == 0;
        r.Check(mounted, "a small tmpfs could be mounted (needs root)");
        try
        {
            if (mounted)
            {
                string full = Path.Combine(mnt, "full-state");
                Directory.CreateDirectory(full);
                Sh("dd", "if=/dev/zero", "of=" + Path.Combine(mnt, "filler"), "bs=4k", "count=1000");
                Case(r, "full", full, "store full");
                File.Delete(Path.Combine(mnt, "filler"));
                string ro = Path.Combine(mnt, "ro-state");
                Directory.CreateDirectory(ro);
                Sh("mount", "-o", "remount,ro", mnt);
                Case(r, "read_only", ro, "store read-only");
            }

            string file = dir.File("plain-file");
            File.WriteAllText(file, "not a directory");
            Case(r, "missing", Path.Combine(file, "state"), "store missing");
        }
        finally
        {
            if (mounted) Sh("umount", mnt);
        }

        return r;
    }

    private static void Case(ScenarioResult r, string name, string stateDir, string expectedStatus)
    {
        string node = "scn-store-" + name.Replace('_', '-');
        string topic = "nodemqtt/" + node + "/state";
        using var broker = new Broker(persistence: true);
        using var observer = new Observer(broker, persistent: true, topic);
        using var board = new VirtualBoardProcess(broker, stateDir, "--set", "node_id=" + node, "--set", "telemetry.history_mode=true");
        bool online = board.WaitForLine("-> Online", 20000) >= 0;
        Thread.Sleep(10000);
        broker.Stop();
        Thread.Sleep(15000);
        string status = board.Control("status");
        broker.Start();
        bool back = board.WaitForLine("back online", 30000) >= 0;
        Thread.Sleep(20000);
        bool alive = !board.HasExited;
        board.Terminate();
        var seq = new ReadingSequence(MeterSeconds.Of(observer, topic));
        int storeLines = board.Log.Snapshot().Count(l => l.Text.Contains(" store: "));
        bool stackTrace = board.Log.Snapshot().Any(l => l.Text.Contains("   at "));
        r.Figure(name + ".status", status);
        r.Figure(name + ".store_log_lines", storeLines);
        r.Figure(name + ".readings_expected", seq.Expected);
        r.Figure(name + ".readings_lost", seq.Lost);
        r.Check(online && back && alive, name + ": the node kept running and came back online");
        r.Check(status != null && status.Contains(expectedStatus), name + ": status says '" + expectedStatus + "'");
        r.Check(storeLines >= 1 && storeLines <= 3, name + ": the problem is logged once per change, not per write");
        r.Check(!stackTrace, name + ": no stack trace");
        r.Check(seq.Expected >= 40 && seq.Lost == 0, name + ": no reading lost");
    }

    private static int Sh(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi);
        if (!p.WaitForExit(30000)) { p.Kill(); return -1; }
        return p.ExitCode;
    }
}
