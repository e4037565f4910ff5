using Joldama.Domain.Catalog;

namespace Joldama.Application.Law;

/// <summary>
/// Reads the terms of a procedure file (<c>{ "value", "place", "lines" }</c> per term) and keeps where each comes from
/// in the seed, by the term's name.
/// </summary>
internal sealed class ProcessTerms(string file, string seed)
{
    public Dictionary<string, SeedReference> Sources { get; } = new(StringComparer.Ordinal);

    public T Term<T>(TermDto<T>? term, string field)
    {
        var row = new RowReader(file, field);
        if (term is null || term.Value is null)
        {
            throw row.Fail("missing");
        }

        Sources[field] = new SeedReference(seed, row.Text(term.Place, "place"), row.Text(term.Lines, "lines"));
        return term.Value;
    }

    /// <summary>A count term: present and positive.</summary>
    public int Positive(TermDto<int?>? term, string field) => new RowReader(file, field).Positive(Term(term, field), "value");

    /// <summary>A quarter of a year: present, 1 to 4.</summary>
    public int Quarter(TermDto<int?>? term, string field)
    {
        var value = Term(term, field);
        return value is >= 1 and <= 4
            ? value.Value
            : throw new RowReader(file, field).Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'value' is {value}, expected a quarter 1 to 4"));
    }
}

/// <summary>One term of a procedure file.</summary>
internal sealed record TermDto<T>(T Value, string? Lines, string? Place);
