namespace Joldama.Application.Law;

/// <summary>
/// A law data file is broken: start-up stops with this message, which names the file and the row
/// so that whoever edited it can find the mistake. This is an exception, not a result, because a
/// broken file is a deployment error, not an expected outcome.
/// </summary>
public sealed class LawDataException : Exception
{
    public LawDataException(string file, string row, string problem)
        : base($"Law data file '{file}', {row}: {problem}")
    {
        File = file;
        Row = row;
        Problem = problem;
    }

    public LawDataException()
    {
        File = Row = Problem = string.Empty;
    }

    public LawDataException(string message)
        : base(message)
    {
        File = Row = Problem = string.Empty;
    }

    public LawDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Row = Problem = string.Empty;
    }

    public string File { get; }

    public string Row { get; }

    public string Problem { get; }
}
