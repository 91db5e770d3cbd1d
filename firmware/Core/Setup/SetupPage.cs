namespace NodeMqtt.Setup
{
    /// <summary>
    /// The setup form. Shown values come from what the user just submitted (when re-shown with errors) or
    /// from the node's effective configuration; hidden fields (<see cref="SetupFields.IsHidden"/>) are always
    /// empty and only say whether something is saved — a secret never travels back to the browser.
    /// </summary>
    public static class SetupPage
    {
        /// <summary>Writes the page.</summary>
        public static void Render(PageWriter w, string nodeId, string[] networks, bool firstSetup, SetupSettings saved,
            NodeConfig effective, FormReader submitted, SetupChange change)
        {
            PageLayout.Begin(w, firstSetup ? "Set up this node" : "Settings", nodeId, !firstSetup);
            if (change != null && change.HasErrors)
            {
                w.Raw("<p class=\"err\" id=\"message\">Nothing was saved: ")
                    .Text(change.General != null ? change.General : "please correct the fields marked below.").Raw("</p>");
            }

            w.Raw("<form method=\"post\" action=\"/setup\" autocomplete=\"off\">");
            string profile = submitted != null && submitted.Get("telemetry.profile") != null
                ? submitted.Get("telemetry.profile") : ConfigKeys.TextOf(effective, "telemetry.profile");
            for (int i = 0; i < SetupFields.All.Length; i++)
            {
                if (i == 0) w.Raw("<fieldset><legend>Wi-Fi</legend>");
                if (i == 2) w.Raw("</fieldset><fieldset><legend>Broker</legend>");
                if (i == 7) w.Raw("</fieldset><fieldset><legend>Profile and meter</legend>");
                Field(w, SetupFields.All[i], saved, effective, submitted, change != null ? change.Errors[i] : null, profile, networks);
            }

            w.Raw("</fieldset><fieldset><legend>Admin password</legend>");
            if (!firstSetup)
            {
                Input(w, SetupFields.AdminPassword, "Current admin password", "password", null, "required to save any change");
            }

            Input(w, SetupFields.AdminNew, firstSetup ? "New admin password" : "New admin password (optional)", "password", null,
                "at least " + SetupChange.MinAdminChars + " characters; asked for every change and on the status page");
            Input(w, SetupFields.AdminConfirm, "New admin password again", "password", null, null);
            if (change != null && change.AdminError != null) w.Raw("<div class=\"err\" id=\"err-admin\">").Text(change.AdminError).Raw("</div>");
            w.Raw("</fieldset><button type=\"submit\" id=\"save\">Save and restart</button></form>");
            PageLayout.End(w);
        }

        private static void Field(PageWriter w, SetupField f, SetupSettings saved, NodeConfig effective, FormReader submitted,
            string error, string profile, string[] networks)
        {
            bool hidden = SetupFields.IsHidden(f, profile);
            string current = f.Key.IndexOf("wifi.") == 0 ? saved.Get(f.Key) : ConfigKeys.TextOf(effective, f.Key);
            bool isSet = current != null && current.Length > 0;
            string shown = hidden ? string.Empty : current;
            if (!hidden && submitted != null && (submitted.Get(f.Key) != null || f.Kind == SetupField.Checkbox))
            {
                shown = f.Kind == SetupField.Checkbox ? (submitted.Get(f.Key) != null ? "true" : "false") : submitted.Get(f.Key);
            }

            if (f.Kind == SetupField.Checkbox)
            {
                w.Raw("<label><input type=\"checkbox\" id=\"").Text(f.Key).Raw("\" name=\"").Text(f.Key).Raw("\" value=\"true\"")
                    .Raw(shown == "true" ? " checked" : string.Empty).Raw("> ").Text(f.Label).Raw("</label>");
            }
            else if (f.Kind == SetupField.Choice)
            {
                w.Raw("<label for=\"").Text(f.Key).Raw("\">").Text(f.Label).Raw("</label><select id=\"").Text(f.Key)
                    .Raw("\" name=\"").Text(f.Key).Raw("\">");
                for (int i = 0; i < f.Choices.Length; i++)
                {
                    w.Raw("<option").Raw(f.Choices[i] == shown ? " selected" : string.Empty).Raw(">").Text(f.Choices[i]).Raw("</option>");
                }

                w.Raw("</select>");
            }
            else
            {
                string placeholder = hidden ? (isSet ? "unchanged (saved; type to replace)" : "not set") : null;
                Input(w, f.Key, f.Label, hidden ? "password" : (f.Kind == SetupField.Number ? "number" : "text"), shown, null, placeholder,
                    f.Key == SetupSettings.WifiSsidKey ? "networks" : null);
                if (f.Key == SetupSettings.WifiSsidKey) Networks(w, networks);
            }

            if (f.Hint != null) w.Raw("<div class=\"hint\">").Text(f.Hint).Raw("</div>");
            if (error != null) w.Raw("<div class=\"err\" id=\"err-").Text(f.Key).Raw("\">").Text(error).Raw("</div>");
        }

        private static void Networks(PageWriter w, string[] networks)
        {
            w.Raw("<datalist id=\"networks\">");
            for (int i = 0; i < networks.Length; i++) w.Raw("<option value=\"").Text(networks[i]).Raw("\">");
            w.Raw("</datalist><div class=\"hint\">").Number(networks.Length).Raw(" network(s) seen");
            for (int i = 0; i < networks.Length && i < 8; i++) w.Raw(i == 0 ? ": " : ", ").Text(networks[i]);
            w.Raw("</div>");
        }

        private static void Input(PageWriter w, string key, string label, string type, string value, string hint)
        {
            Input(w, key, label, type, value, hint, null, null);
        }

        private static void Input(PageWriter w, string key, string label, string type, string value, string hint, string placeholder, string list)
        {
            w.Raw("<label for=\"").Text(key).Raw("\">").Text(label).Raw("</label><input type=\"").Raw(type).Raw("\" id=\"").Text(key)
                .Raw("\" name=\"").Text(key).Raw("\"");
            if (value != null) w.Raw(" value=\"").Text(value).Raw("\"");
            if (placeholder != null) w.Raw(" placeholder=\"").Text(placeholder).Raw("\"");
            if (list != null) w.Raw(" list=\"").Raw(list).Raw("\"");
            w.Raw(">");
            if (hint != null) w.Raw("<div class=\"hint\">").Text(hint).Raw("</div>");
        }
    }
}
