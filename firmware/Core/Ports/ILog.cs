namespace NodeMqtt.Ports
{
    /// <summary>Log sink. Lines read "component: event"; the platform adds the timestamp.</summary>
    public interface ILog
    {
        /// <summary>Writes one line.</summary>
        void Line(string component, string message);
    }
}
