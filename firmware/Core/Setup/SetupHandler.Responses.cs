namespace NodeMqtt.Setup
{
    /// <summary>The responses: pages, redirects and one-line errors, each with the same safety headers.</summary>
    public sealed partial class SetupHandler
    {
        private string NewSessionCookie(long nowMs)
        {
            _platform.FillRandom(_random);
            return SessionTable.CookieName + "=" + _sessions.Add(_random, nowMs) + "; Path=/; HttpOnly; SameSite=Strict";
        }

        private void ShowSetup(int status, FormReader submitted, SetupChange change)
        {
            ShowSetup(status, submitted, change, null);
        }

        private void ShowSetup(int status, FormReader submitted, SetupChange change, string message)
        {
            NodeConfig effective = _platform.NewBaseConfig();
            _settings.ApplyTo(effective);
            Begin(status, "text/html; charset=utf-8");
            if (message != null)
            {
                _change.Reset();
                _change.General = message;
                change = _change;
            }

            SetupPage.Render(_page, NodeId(), _platform.NetworkNames(), !_settings.HasAdmin, _settings, effective, submitted, change);
            _page.Finish();
        }

        private void ShowStatus(long nowMs)
        {
            Begin(200, "text/html; charset=utf-8");
            StatusPage.Render(_page, _platform.Node, NodeId(), nowMs, _platform.FreeMemoryBytes);
            _page.Finish();
        }

        private void Diag(long nowMs)
        {
            Node node = _platform.Node;
            Begin(200, "application/json");
            _sink.Header("Content-Disposition", "attachment; filename=\"diag.json\"");
            _page.Raw(node != null ? node.DiagJson(nowMs) : "{\"node\":null,\"mode\":\"setup\"}");
            _page.Finish();
        }

        private void Login(int status, string message)
        {
            Begin(status, "text/html; charset=utf-8");
            if (status == 429) _sink.Header("Retry-After", _retryAfterS.ToString());
            LoginPage.Render(_page, NodeId(), message);
            _page.Finish();
        }

        private void Redirect(string location, string cookie)
        {
            Begin(303, null);
            _sink.Header("Location", location);
            if (cookie != null) _sink.Header("Set-Cookie", cookie);
            _page.Finish();
        }

        private void NotAllowed(string allow)
        {
            Begin(405, "text/plain; charset=utf-8");
            _sink.Header("Allow", allow);
            _page.Raw("error: method not allowed here (allowed: ").Raw(allow).Raw(")\n");
            _page.Finish();
        }

        private void Error(int status, string message)
        {
            Begin(status, "text/plain; charset=utf-8");
            _page.Raw("error: ").Raw(message).Raw("\n");
            _page.Finish();
        }

        private void Begin(int status, string contentType)
        {
            _status = status;
            _page.Start(_sink);
            _sink.Begin(status, contentType);
            _sink.Header("Cache-Control", "no-store");
            _sink.Header("X-Content-Type-Options", "nosniff");
            _sink.Header("X-Frame-Options", "DENY");
        }

        private string NodeId()
        {
            Node node = _platform.Node;
            return node != null ? node.NodeId : "setup";
        }
    }
}
