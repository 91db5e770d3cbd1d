using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Scenarios.Episodes;

namespace NodeMqtt.Tests.EndToEnd.Diagnostics;

// The quick subset of the labelled drop episodes (issue 11) against a real mosquitto: each must end with the
// right verdict on the board's console, and no episode may say "takeover" unless it is one.
[TestClass]
[TestCategory("EndToEnd")]
public class DropEpisodes_EndToEnd_Tests
{
    [TestMethod]
    public void CiSubset_RealBroker_EveryFinalVerdictRightNoFalseTakeover()
    {
        foreach (string cause in EpisodeCatalog.Fast)
        {
            EpisodeRun run = EpisodeCatalog.Run(cause, 0);
            Assert.IsNull(run.Error, cause + ": " + run.Error);
            Assert.AreEqual(cause, run.Final(), cause + " (" + run.Label + ")");
            if (cause != "takeover") Assert.AreEqual(0, run.TakeoverLines(), cause + ": false takeover verdict");
        }
    }
}
