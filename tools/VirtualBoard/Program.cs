namespace NodeMqtt.VirtualBoard;

internal static class Program
{
    private static int Main(string[] args)
    {
        return BoardMain.Run(args);
    }
}
