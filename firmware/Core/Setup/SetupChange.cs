using NodeMqtt.Json;

namespace NodeMqtt.Setup
{
    /// <summary>
    /// Turns a submitted setup form into new settings, or into one message per bad field. Every field is
    /// applied to a copy of the saved settings and, through <see cref="NodeConfigKeys.TrySet"/>, to a fresh base
    /// configuration, which must then pass <see cref="NodeConfig.Validate"/>: the same rules as the config file
    /// and the <c>set</c> command. Nothing is half-applied: the caller saves <see cref="Result"/> only when
    /// <see cref="HasErrors"/> is false.
    /// </summary>
    public sealed class SetupChange
    {
        /// <summary>Shortest admin password.</summary>
        public const int MinAdminChars = 8;

        /// <summary>Message per field of <see cref="SetupFields.All"/> (null = fine).</summary>
        public readonly string[] Errors = new string[SetupFields.All.Length];

        /// <summary>A problem with the admin password fields, or null.</summary>
        public string AdminError;

        /// <summary>A problem not tied to one field, or null.</summary>
        public string General;

        /// <summary>The settings to save when there are no errors.</summary>
        public SetupSettings Result;

        /// <summary>True when anything was refused.</summary>
        public bool HasErrors
        {
            get
            {
                if (AdminError != null || General != null) return true;
                for (int i = 0; i < Errors.Length; i++)
                {
                    if (Errors[i] != null) return true;
                }

                return false;
            }
        }

        /// <summary>Clears every message.</summary>
        public void Reset()
        {
            for (int i = 0; i < Errors.Length; i++) Errors[i] = null;
            AdminError = null;
            General = null;
            Result = null;
        }

        /// <summary>Checks <paramref name="form"/> against <paramref name="saved"/> on <paramref name="baseConfig"/>
        /// (a fresh config the caller does not use otherwise). The current admin password is the caller's.</summary>
        public void Apply(FormReader form, SetupSettings saved, NodeConfig baseConfig, bool firstSetup)
        {
            Reset();
            for (int i = 0; i < form.Count; i++)
            {
                if (!SetupFields.IsKnown(form.NameAt(i)))
                {
                    General = "unknown field '" + form.NameAt(i) + "'";
                    return;
                }
            }

            SetupSettings copy = saved.Copy();
            string profile = form.Get("telemetry.profile");
            if (profile == null) profile = saved.Get("telemetry.profile");
            for (int i = 0; i < SetupFields.All.Length; i++)
            {
                SetupField f = SetupFields.All[i];
                string v = form.Get(f.Key);
                if (f.Kind == SetupField.Checkbox)
                {
                    v = v != null ? "true" : "false";
                }
                else if (v == null || (v.Length == 0 && SetupFields.IsHidden(f, profile)))
                {
                    continue; // absent, or a secret left blank: keep what is saved
                }

                Errors[i] = CheckWifi(f.Key, v);
                copy.Set(f.Key, v);
            }

            CheckAdmin(form, firstSetup);
            for (int i = 0; i < copy.Count; i++)
            {
                string key = copy.KeyAt(i);
                if (!SetupSettings.IsConfigKey(key)) continue;
                string problem = NodeConfigKeys.TrySet(baseConfig, key, copy.Get(key));
                if (problem != null) Place(problem);
            }

            if (!HasErrors) Place(baseConfig.Validate());
            Result = copy;
        }

        private void Place(string message)
        {
            if (message == null) return;
            int i = SetupFields.IndexOfMessage(message);
            if (i >= 0)
            {
                if (Errors[i] == null) Errors[i] = message;
            }
            else if (General == null)
            {
                General = message;
            }
        }

        private static string CheckWifi(string key, string v)
        {
            if (key == SetupSettings.WifiSsidKey)
            {
                int bytes = Utf8Text.ByteCount(v);
                if (bytes < 1 || bytes > 32) return key + ": a network name has 1 to 32 bytes";
            }
            else if (key == SetupSettings.WifiPasswordKey)
            {
                if (v.Length != 0 && (v.Length < 8 || v.Length > 63)) return key + ": a WPA2 password has 8 to 63 characters";
            }

            return null;
        }

        private void CheckAdmin(FormReader form, bool firstSetup)
        {
            string next = form.Get(SetupFields.AdminNew);
            string confirm = form.Get(SetupFields.AdminConfirm);
            if (next == null || next.Length == 0)
            {
                if (firstSetup) AdminError = "choose an admin password: it protects this page from now on";
                return;
            }

            if (next.Length < MinAdminChars || next.Length > PasswordHash.MaxPasswordChars)
            {
                AdminError = "the admin password needs " + MinAdminChars + " to " + PasswordHash.MaxPasswordChars + " characters";
            }
            else if (next != confirm)
            {
                AdminError = "the two admin passwords differ";
            }
        }
    }
}
