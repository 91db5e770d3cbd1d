using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.VirtualBoard.Host;

namespace NodeMqtt.Tests.HostOnly.Settings;

/// <summary>The board's crash line never carries a configured secret (issue 12).</summary>
[TestClass]
public class CrashGuard_Redaction_Tests
{
    [TestMethod]
    public void Line_ExceptionQuotingSecrets_ShowsThemHiddenOnOneLine()
    {
        var config = new NodeConfig();
        config.Mqtt.Password = "CANARY-crash-pw";
        config.Mqtt.Username = "CANARY-crash-token";
        CrashGuard.Remember(config);
        string line;
        try
        {
            throw new InvalidOperationException("login CANARY-crash-token:CANARY-crash-pw refused\nsecond line");
        }
        catch (InvalidOperationException e)
        {
            line = CrashGuard.Line(e);
        }

        Assert.IsFalse(line.Contains("CANARY"), line);
        Assert.IsFalse(line.Contains('\n'), line);
        StringAssert.StartsWith(line, "vboard: crashed: InvalidOperationException: login (hidden):(hidden) refused");
    }
}
