using System.Text;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Diagnostics;
using NodeMqtt.Json;
using NodeMqtt.Ports;
using NodeMqtt.Timeline;

namespace NodeMqtt.Tests.HostOnly.Timeline;

// The timeline draws what Core's diag document says (issue 11, part 5): one bar per outage coloured by its cause,
// one tick per attempt, findings as diamonds.
[TestClass]
public class TimelineSvg_Render_Tests
{
    private static string DiagDocument()
    {
        var log = new DiagnosticsLog(16);
        EpisodeLog e = log.Episodes;
        var loss = new LossFacts();
        loss.Clear();
        loss.Reason = DropReason.PeerClosed;
        loss.Close = CloseKind.PeerClosed;
        loss.UpMs = 60000;
        e.SessionLost(60000, loss, true);
        for (int i = 0; i < 5; i++)
        {
            e.AttemptStarted(61000 + i * 1000);
            e.AttemptFailed(61000 + i * 1000, ConnectFailure.TcpRefused, 0);
        }

        e.Connected(70000);
        e.Stable(100000);
        e.Finding(150000, DropCause.PublishDenied, "PUBACK not authorised (0x87) for nodemqtt/n/state");
        var sb = new StringBuilder();
        var json = new JsonWriter(sb);
        sb.Append("{\"node\":\"n1\",\"uptime_ms\":200000,\"link_state\":\"Online\",\"link\":");
        log.WriteJson(json, 200000);
        sb.Append(",\"outbox\":{\"queued\":3,\"high_water\":41}}");
        return sb.ToString();
    }

    [TestMethod]
    public void Render_RestartAndFinding_OutageBarTicksAndDiamond()
    {
        string svg = TimelineSvg.Render(NodeMqtt.Timeline.DiagDocument.Parse(DiagDocument()));
        Assert.AreEqual(1, Regex.Matches(svg, "class=\"outage\" data-cause=\"broker-restart\"").Count, svg);
        Assert.IsTrue(svg.Contains("fill=\"" + TimelineSvg.ColourOf("broker-restart") + "\""), "coloured by cause");
        Assert.AreEqual(5, Regex.Matches(svg, "class=\"attempt\"").Count, "one tick per attempt");
        Assert.AreEqual(1, Regex.Matches(svg, "class=\"finding\" data-cause=\"publish-denied\"").Count);
        Assert.IsTrue(svg.Contains("outbox 3 queued (high water 41)"), "outbox depth shown");
        Assert.IsTrue(svg.StartsWith("<svg ") && svg.TrimEnd().EndsWith("</svg>"));
    }

    [TestMethod]
    public void Parse_NotADiagDocument_Refused()
    {
        try
        {
            NodeMqtt.Timeline.DiagDocument.Parse("{\"temperature\":3}");
            Assert.Fail("accepted");
        }
        catch (System.FormatException)
        {
        }
    }
}
