using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// The board's crash output (issue 12: no secret in any crash output): an exception that escapes, on the
/// main thread or any other, becomes one line on standard error, with every configured secret value
/// replaced by "(hidden)", and exit code 70; .NET's own multi-line report is never printed.
/// </summary>
public static class CrashGuard
{
    /// <summary>Exit code of a crash (EX_SOFTWARE).</summary>
    public const int ExitCrash = 70;

    private static readonly List<string> Secrets = new();

    /// <summary>Remembers the secret values of <paramref name="config"/> and catches exceptions of every thread.</summary>
    public static void Install(NodeConfig config)
    {
        Remember(config);
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Console.Error.WriteLine(Line(e.ExceptionObject as Exception));
            Console.Error.Flush();
            Environment.Exit(ExitCrash);
        };
    }

    /// <summary>Remembers the secret values of <paramref name="config"/> for <see cref="Redact"/>.</summary>
    public static void Remember(NodeConfig config)
    {
        lock (Secrets)
        {
            Secrets.Clear();
            foreach (string key in NodeConfigKeys.Names)
            {
                if (!NodeConfigKeys.IsSecret(key)) continue;
                string v = NodeConfigKeys.Get(config, key);
                if (!string.IsNullOrEmpty(v)) Secrets.Add(v);
            }
        }
    }

    /// <summary>"vboard: crashed: Type: message (at Method)", secrets replaced.</summary>
    public static string Line(Exception e)
    {
        if (e == null) return "vboard: crashed";
        string at = string.Empty;
        var frame = new StackTrace(e).GetFrame(0);
        var method = frame?.GetMethod();
        if (method != null) at = " (at " + method.DeclaringType?.Name + "." + method.Name + ")";
        return "vboard: crashed: " + e.GetType().Name + ": " + Redact((e.Message ?? string.Empty).Replace('\n', ' ').Replace('\r', ' ')) + at;
    }

    /// <summary><paramref name="text"/> with every configured secret value replaced by "(hidden)".</summary>
    public static string Redact(string text)
    {
        lock (Secrets)
        {
            foreach (string s in Secrets) text = text.Replace(s, "(hidden)", StringComparison.Ordinal);
        }

        return text;
    }
}
