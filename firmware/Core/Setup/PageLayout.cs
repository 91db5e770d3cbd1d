namespace NodeMqtt.Setup
{
    /// <summary>The frame every HTML page shares: head with a small inline style (no external files: in
    /// access-point mode there is no internet), title bar, and the end of the document.</summary>
    public static class PageLayout
    {
        private const string Style =
            "body{font:15px/1.4 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#222}" +
            "header{background:#1d4f7c;color:#fff;padding:10px 16px}header b{font-size:18px}" +
            "main{max-width:560px;margin:0 auto;padding:12px 16px}" +
            "label{display:block;margin-top:10px;font-weight:600}" +
            "input,select{width:100%;box-sizing:border-box;padding:7px;font-size:15px;border:1px solid #aaa;border-radius:4px}" +
            "input[type=checkbox]{width:auto}" +
            ".hint{color:#666;font-size:12px}.err{color:#b00020;font-weight:600}.ok{color:#1b7a1b;font-weight:600}" +
            "button{margin-top:14px;padding:9px 18px;font-size:15px;background:#1d4f7c;color:#fff;border:0;border-radius:4px}" +
            "fieldset{border:1px solid #ccc;border-radius:6px;margin-top:12px;background:#fff}" +
            "table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:4px 6px;border-bottom:1px solid #e3e3e3;text-align:left}" +
            "nav a{color:#fff;margin-left:12px}";

        /// <summary>Writes the document head and the title bar.</summary>
        public static void Begin(PageWriter w, string title, string nodeId, bool nav)
        {
            w.Raw("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .Text(title).Raw("</title><style>").Raw(Style).Raw("</style></head><body><header><b>NodeMqtt</b> ")
                .Text(nodeId);
            if (nav)
            {
                w.Raw("<nav style=\"float:right\"><a href=\"/status\">Status</a><a href=\"/setup\">Setup</a><a href=\"/diag.json\">diag.json</a></nav>");
            }

            w.Raw("</header><main><h2>").Text(title).Raw("</h2>");
        }

        /// <summary>Ends the document.</summary>
        public static void End(PageWriter w)
        {
            w.Raw("</main></body></html>");
        }

        /// <summary>A whole small page: a title, one message paragraph, and a link onward.</summary>
        public static void Message(PageWriter w, string title, string nodeId, string message, bool isError, string linkHref, string linkText)
        {
            Begin(w, title, nodeId, false);
            w.Raw(isError ? "<p class=\"err\" id=\"message\">" : "<p class=\"ok\" id=\"message\">").Text(message).Raw("</p>");
            if (linkHref != null) w.Raw("<p><a href=\"").Text(linkHref).Raw("\">").Text(linkText).Raw("</a></p>");
            End(w);
        }
    }
}
