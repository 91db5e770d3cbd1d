namespace NodeMqtt.FaultProxy.Control;

/// <summary>What a control command answers, and whether it asked the proxy to quit.</summary>
public readonly struct ControlReply
{
    /// <summary>Creates a reply.</summary>
    public ControlReply(string text, bool quit)
    {
        Text = text;
        Quit = quit;
    }

    /// <summary>One line starting with <c>ok</c> or <c>error:</c>; null for an empty command line.</summary>
    public string Text { get; }

    /// <summary>True after <c>quit</c>.</summary>
    public bool Quit { get; }
}
