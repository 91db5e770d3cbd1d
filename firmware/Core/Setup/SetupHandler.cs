using NodeMqtt.Ports;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup and status web pages, independent of any HTTP stack: the platform hands in a parsed, bounded
    /// <see cref="SetupRequest"/> and a sink; this routes it, checks the admin password, validates and saves
    /// settings, and writes the page in small chunks. One request at a time, on the platform's HTTP thread
    /// (the node itself is not touched except to read counters; saving calls the platform back).
    /// </summary>
    public sealed partial class SetupHandler
    {
        private const string FormType = "application/x-www-form-urlencoded";

        private readonly IStore _store;
        private readonly ISetupPlatform _platform;
        private readonly ILog _log;
        private readonly PageWriter _page = new PageWriter();
        private readonly FormReader _form = new FormReader();
        private readonly SetupChange _change = new SetupChange();
        private readonly PasswordHash _hash = new PasswordHash();
        private readonly SessionTable _sessions = new SessionTable();
        private readonly LoginThrottle _throttle = new LoginThrottle();
        private readonly byte[] _random = new byte[SessionTable.TokenBytes];
        private SetupSettings _settings = new SetupSettings();
        private IResponseSink _sink;
        private int _status;
        private long _retryAfterS;

        /// <summary>Loads the saved settings from <paramref name="store"/>.</summary>
        public SetupHandler(IStore store, ISetupPlatform platform, ILog log)
        {
            _store = store;
            _platform = platform;
            _log = log;
            _settings.Load(store);
        }

        /// <summary>The saved settings (read-only use).</summary>
        public SetupSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>Status code of the last response.</summary>
        public int LastStatus
        {
            get { return _status; }
        }


        /// <summary>The growing delay after wrong passwords.</summary>
        public LoginThrottle Throttle
        {
            get { return _throttle; }
        }

        /// <summary>Answers one request.</summary>
        public void Handle(SetupRequest req, IResponseSink sink, long nowMs)
        {
            _sink = sink;
            string problem = CheckPath(req.Path);
            if (problem != null)
            {
                Error(400, problem);
                return;
            }

            bool get = req.Method == "GET" || req.Method == "HEAD";
            bool post = req.Method == "POST";
            string path = req.Path;
            if (path == "/")
            {
                if (!get) { NotAllowed("GET"); return; }
                Redirect(!_settings.HasAdmin ? "/setup" : (_sessions.Check(req.Cookie, nowMs) ? "/status" : "/login"), null);
            }
            else if (path == "/setup")
            {
                if (get) { if (Authorized(req, nowMs)) ShowSetup(200, null, null); }
                else if (post) SaveSetup(req, nowMs);
                else NotAllowed("GET, POST");
            }
            else if (path == "/status" || path == "/diag.json")
            {
                if (!get) { NotAllowed("GET"); return; }
                if (!Authorized(req, nowMs)) return;
                if (path == "/status") ShowStatus(nowMs);
                else Diag(nowMs);
            }
            else if (path == "/login")
            {
                if (get) { if (!_settings.HasAdmin) Redirect("/setup", null); else Login(200, null); }
                else if (post) LogIn(req, nowMs);
                else NotAllowed("GET, POST");
            }
            else if (path == "/logout")
            {
                if (!post) { NotAllowed("POST"); return; }
                Redirect("/login", SessionTable.CookieName + "=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
            }
            else if (_platform.AccessPointMode && get)
            {
                // A phone checks a well-known URL on joining a network; being sent elsewhere opens the portal.
                Redirect("http://" + SetupAddress.Text + "/setup", null);
            }
            else
            {
                Error(404, "no page " + path);
            }
        }

        /// <summary>Why a path is refused before routing (traversal, encodings, odd characters), or null.</summary>
        public static string CheckPath(string path)
        {
            if (path == null || path.Length == 0 || path[0] != '/') return "the path must start with /";
            if (path.IndexOf("..") >= 0 || path.IndexOf("//") >= 0 || path.IndexOf('\\') >= 0) return "path traversal is not allowed";
            for (int i = 0; i < path.Length; i++)
            {
                char c = path[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '-' || c == '_';
                if (!ok) return "the path may contain only letters, digits and / . - _";
            }

            return null;
        }

        private bool Authorized(SetupRequest req, long nowMs)
        {
            if (!_settings.HasAdmin || _sessions.Check(req.Cookie, nowMs)) return true;
            Login(401, "Log in with the admin password to see this page.");
            return false;
        }

        private bool CheckPassword(string password, long nowMs, out string problem)
        {
            problem = null;
            long wait = _throttle.WaitMs(nowMs);
            if (wait > 0)
            {
                _retryAfterS = (wait + 999) / 1000;
                problem = "Too many wrong passwords: try again in " + _retryAfterS + " s.";
                _status = 429;
                return false;
            }

            if (password != null && _hash.Verify(password, _settings.Get(SetupSettings.AdminHashKey)))
            {
                _throttle.OnSuccess();
                return true;
            }

            long delay = _throttle.OnFailure(nowMs);
            _log.Line("setup", "wrong admin password (" + _throttle.Failures + " in a row; next try in " + delay / 1000 + " s)");
            problem = "Wrong admin password. Next try in " + delay / 1000 + " s.";
            _status = 403;
            return false;
        }

        private void LogIn(SetupRequest req, long nowMs)
        {
            if (!ReadForm(req)) return;
            string problem;
            if (!CheckPassword(_form.Get(SetupFields.AdminPassword), nowMs, out problem))
            {
                Login(_status, problem);
                return;
            }

            Redirect("/status", NewSessionCookie(nowMs));
        }

        private void SaveSetup(SetupRequest req, long nowMs)
        {
            if (!ReadForm(req)) return;
            bool first = !_settings.HasAdmin;
            string problem;
            if (!first && !CheckPassword(_form.Get(SetupFields.AdminPassword), nowMs, out problem))
            {
                ShowSetup(_status, _form, null, problem);
                return;
            }

            _change.Apply(_form, _settings, _platform.NewBaseConfig(), first);
            if (_change.HasErrors)
            {
                ShowSetup(400, _form, _change);
                return;
            }

            SetupSettings next = _change.Result;
            string newAdmin = _form.Get(SetupFields.AdminNew);
            if (newAdmin != null && newAdmin.Length > 0)
            {
                byte[] salt = new byte[PasswordHash.SaltBytes];
                _platform.FillRandom(salt);
                next.Set(SetupSettings.AdminHashKey, _hash.Create(newAdmin, salt, PasswordHash.DefaultIterations));
                _sessions.Clear();
            }

            if (!next.Save(_store))
            {
                Error(500, "the settings could not be written to flash; nothing changed");
                return;
            }

            _settings = next;
            _log.Line("setup", "settings saved (" + next.Count + " keys); restarting the node with them");
            Begin(200, "text/html; charset=utf-8");
            _sink.Header("Set-Cookie", NewSessionCookie(nowMs));
            PageLayout.Message(_page, "Saved", NodeId(), "Saved. The node restarts with the new settings; it joins the Wi-Fi network and connects to the broker.", false, "/status", "Go to the status page");
            _page.Finish();
            _platform.OnSettingsSaved();
        }

        private bool ReadForm(SetupRequest req)
        {
            if (req.ContentType == null || req.ContentType.IndexOf(FormType) != 0)
            {
                Error(415, "send the form as " + FormType);
                return false;
            }

            string problem = _form.Parse(req.Body, req.BodyLength);
            if (problem != null)
            {
                Error(400, problem);
                return false;
            }

            return true;
        }
    }
}
