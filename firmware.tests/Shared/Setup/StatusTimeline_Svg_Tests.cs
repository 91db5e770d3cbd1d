#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;
using NodeMqtt.Setup;
using NodeMqtt.Tests.Setup.Fakes;

namespace NodeMqtt.Tests.Setup
{
    /// <summary>The status page's drop timeline picture: a rect per outage in its cause's colour, titles in words
    /// (escaped), the axis and legend, and a plain "no drops" bar when nothing happened.</summary>
    [TestClass]
    public class StatusTimeline_Svg_Tests
    {
        private const long NowMs = 3000000;

        private static string Render(EpisodeLog log, long uptimeMs)
        {
            return Render(log, NowMs, uptimeMs);
        }

        private static string Render(EpisodeLog log, long nowMs, long uptimeMs)
        {
            RecordingSink sink = new RecordingSink();
            sink.Begin(200, "text/html");
            PageWriter w = new PageWriter();
            w.Start(sink);
            StatusTimeline.Render(w, log, nowMs, uptimeMs);
            w.Finish();
            Assert.IsTrue(sink.LargestChunk <= SetupLimits.ChunkBytes);
            return sink.Text;
        }

        // A failed first connect on DNS, then later a session lost with the link down: two causes.
        private static EpisodeLog TwoOutages()
        {
            EpisodeLog log = new EpisodeLog(8);
            for (int i = 0; i < 3; i++) log.AttemptFailed(1000000 + i * 10000, ConnectFailure.Dns, 0);
            log.Stable(1060000);
            LossFacts f = new LossFacts();
            f.Reason = DropReason.NetworkDown;
            log.SessionLost(2000000, f, false);
            log.LinkChanged(false, 2000000);
            log.Stable(2120000);
            return log;
        }

        private static int Occurrences(string text, string part)
        {
            int n = 0;
            for (int i = text.IndexOf(part); i >= 0; i = text.IndexOf(part, i + part.Length)) n++;
            return n;
        }

        [TestMethod]
        public void Render_TwoOutagesOfDifferentCauses_OneColouredRectEach()
        {
            EpisodeLog log = TwoOutages();
            Assert.AreEqual((int)DropCause.DnsFailure, (int)log.At(0).Verdict);
            Assert.AreEqual((int)DropCause.WifiLoss, (int)log.At(1).Verdict);
            string page = Render(log, NowMs);

            Assert.IsTrue(page.IndexOf("<svg") >= 0);
            Assert.IsTrue(page.IndexOf("</svg>") > page.IndexOf("<svg"));
            Assert.AreEqual(2, Occurrences(page, "class=\"outage\""));
            string dns = StatusTimeline.ColourOf(DropCause.DnsFailure);
            string wifi = StatusTimeline.ColourOf(DropCause.WifiLoss);
            Assert.IsFalse(dns == wifi);
            Assert.IsFalse(dns == StatusTimeline.OnlineColour);
            Assert.IsTrue(page.IndexOf("data-cause=\"dns-failure\" x=") >= 0);
            Assert.IsTrue(page.IndexOf("fill=\"" + dns + "\"><title>dns-failure (the broker&#39;s host name does not resolve (DNS)), 1 min 0 s") >= 0);
            Assert.IsTrue(page.IndexOf("fill=\"" + wifi + "\"><title>wifi-loss (the network link (Wi-Fi) went down), 2 min 0 s") >= 0);
            // Legend: one swatch per cause present, nothing for absent ones.
            Assert.IsTrue(page.IndexOf(">dns-failure</text>") >= 0);
            Assert.IsTrue(page.IndexOf(">wifi-loss</text>") >= 0);
            Assert.IsTrue(page.IndexOf(">takeover</text>") < 0);
            Assert.IsTrue(page.IndexOf("no drops") < 0);
            // Axis: 50 minutes since boot (shorter than the hour), the middle, now.
            Assert.IsTrue(page.IndexOf(">50 min ago (boot)</text>") >= 0);
            Assert.IsTrue(page.IndexOf(">25 min ago</text>") >= 0);
            Assert.IsTrue(page.IndexOf(">now</text>") >= 0);
        }

        [TestMethod]
        public void Render_EvidenceWithMarkup_IsEscaped()
        {
            EpisodeLog log = TwoOutages();
            log.At(1).Evidence = "<script>a & \"b\"</script>";
            string page = Render(log, NowMs);
            Assert.IsTrue(page.IndexOf("<script>") < 0);
            Assert.IsTrue(page.IndexOf("&lt;script&gt;a &amp; &quot;b&quot;&lt;/script&gt;</title>") >= 0);
        }

        [TestMethod]
        public void Render_OutageBeforeTheHour_LeftOutAndOpenOneRunsToNow()
        {
            EpisodeLog log = TwoOutages();
            LossFacts f = new LossFacts();
            f.Reason = DropReason.NetworkDown;
            long nowMs = 4700000;
            log.SessionLost(nowMs - 30000, f, false);
            string page = Render(log, nowMs, nowMs);
            // Up 78 min: the window is the last hour (from 1 100 000), so the DNS outage that ended at 1 060 000 is gone.
            Assert.AreEqual(2, Occurrences(page, "class=\"outage\""));
            Assert.IsTrue(page.IndexOf("dns-failure") < 0);
            Assert.IsTrue(page.IndexOf(">60 min ago</text>") >= 0);
            Assert.IsTrue(page.IndexOf("30 s so far") >= 0);
        }

        [TestMethod]
        public void Render_NoEpisodes_GreenBarSaysNoDrops()
        {
            string page = Render(new EpisodeLog(8), 120000);
            Assert.IsTrue(page.IndexOf("<svg") == 0);
            Assert.AreEqual(page.Length - 6, page.IndexOf("</svg>"));
            Assert.AreEqual(0, Occurrences(page, "class=\"outage\""));
            Assert.IsTrue(page.IndexOf("class=\"online\"") >= 0);
            Assert.IsTrue(page.IndexOf("fill=\"" + StatusTimeline.OnlineColour + "\"") >= 0);
            Assert.IsTrue(page.IndexOf(">no drops</text>") >= 0);
            Assert.IsTrue(page.IndexOf(">2 min ago (boot)</text>") >= 0);
            Assert.AreEqual(Occurrences(page, "<text"), Occurrences(page, "</text>"));
            Assert.AreEqual(Occurrences(page, "<rect"), Occurrences(page, "</rect>") + Occurrences(page, "/>"));
        }
    }
}
