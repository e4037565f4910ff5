using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>Collects every problem of a request while it is read, each with its JSON path.</summary>
internal sealed class ProblemList
{
    private readonly List<EvaluationProblem> _problems = [];

    public IReadOnlyList<EvaluationProblem> All => _problems;

    public void Add(string path, Error error) => _problems.Add(new EvaluationProblem(path, error));

    public void Invalid(string path, string? value, string expected) => Add(path, new InputInvalid(path, value ?? string.Empty, expected));

    /// <summary>The text, trimmed; a missing or blank one is a problem and gives null.</summary>
    public string? Required(string? text, string path, string expected)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Invalid(path, text, expected);
            return null;
        }

        return text.Trim();
    }

    /// <summary>A required <c>YYYY-MM-DD</c> date.</summary>
    public DateOnly? Date(string? text, string path)
    {
        var date = InputDates.Parse(text, path);
        if (date.IsError)
        {
            Add(path, date.Error);
            return null;
        }

        return date.Value;
    }

    /// <summary>An optional <c>YYYY-MM-DD</c> date: absent is fine, malformed is a problem.</summary>
    public (bool Ok, DateOnly? Value) OptionalDate(string? text, string path) =>
        text is null ? (true, null) : Date(text, path) is { } date ? (true, date) : (false, null);

    /// <summary>A number that must be present and not negative.</summary>
    public decimal? NonNegative(decimal? value, string path)
    {
        if (value is not { } number || number < 0)
        {
            Invalid(path, value?.ToString(CultureInfo.InvariantCulture), "a number ≥ 0");
            return null;
        }

        return number;
    }

    /// <summary>A percentage that must be present, from 0 to 100.</summary>
    public decimal? Percent(decimal? value, string path)
    {
        if (value is not { } number || number is < 0 or > 100)
        {
            Invalid(path, value?.ToString(CultureInfo.InvariantCulture), "a percentage from 0 to 100");
            return null;
        }

        return number;
    }

    /// <summary>A whole number that must be present and not negative.</summary>
    public int? NonNegative(int? value, string path) =>
        NonNegative((decimal?)value, path) is { } number ? (int)number : null;

    /// <summary>Checks that a period does not end before it starts (the end carries the problem).</summary>
    public bool Ordered(DateOnly? from, DateOnly? to, string toPath)
    {
        if (from is { } start && to is { } end && end < start)
        {
            Invalid(toPath, Iso(end), $"a date on or after {Iso(start)}");
            return false;
        }

        return true;
    }

    /// <summary>Reads each element of an optional list; a null element is a problem.</summary>
    public List<T> Each<TInput, T>(IReadOnlyList<TInput?>? inputs, string path, Func<TInput, string, ProblemList, T?> read)
        where TInput : class
        where T : class
    {
        var items = new List<T>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (inputs![i] is not { } input)
            {
                Invalid(itemPath, "null", "an object");
            }
            else if (read(input, itemPath, this) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
