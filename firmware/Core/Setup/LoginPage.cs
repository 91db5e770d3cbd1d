namespace NodeMqtt.Setup
{
    /// <summary>The admin password prompt: after first setup no page works without it.</summary>
    public static class LoginPage
    {
        /// <summary>Writes the login form, with <paramref name="error"/> above it when not null.</summary>
        public static void Render(PageWriter w, string nodeId, string error)
        {
            PageLayout.Begin(w, "Log in", nodeId, false);
            if (error != null) w.Raw("<p class=\"err\" id=\"message\">").Text(error).Raw("</p>");
            w.Raw("<form method=\"post\" action=\"/login\"><label for=\"admin.password\">Admin password</label>")
                .Raw("<input type=\"password\" id=\"admin.password\" name=\"admin.password\" autocomplete=\"current-password\" autofocus>")
                .Raw("<button type=\"submit\">Log in</button></form>");
            PageLayout.End(w);
        }
    }
}
