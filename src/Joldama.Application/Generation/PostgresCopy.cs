using Joldama.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Joldama.Application.Generation;

/// <summary>
/// Writes EF records with PostgreSQL's binary COPY: the table, columns, store types and value conversions are read
/// from the EF model, so a generated row is exactly what SaveChanges would have stored — at COPY's speed, not one
/// INSERT a row.
/// </summary>
internal sealed class PostgresCopy<T>
    where T : class
{
    private readonly string _command;
    private readonly (Func<T, object?> Read, Func<object?, object?>? Convert, string StoreType)[] _columns;

    public PostgresCopy(JoldamaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToArray();
        _columns = [.. properties.Select(p =>
        {
            var mapping = p.GetRelationalTypeMapping();
            var getter = p.GetGetter();
            Func<object?, object?>? convert = mapping.Converter is { } converter ? converter.ConvertToProvider : null;
            return ((Func<T, object?>)(row => getter.GetClrValue(row)), convert, BaseType(mapping.StoreType));
        })];
        var names = string.Join(", ", properties.Select(p => '"' + p.GetColumnName(table) + '"'));
        _command = $"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>Copies <paramref name="rows"/> in one COPY command; returns how many.</summary>
    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        await using var importer = await connection.BeginBinaryImportAsync(_command, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (read, convert, storeType) in _columns)
            {
                var value = read(row);
                if (value is not null && convert is not null)
                {
                    value = convert(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, storeType, cancellationToken);
                }
            }
        }

        return await importer.CompleteAsync(cancellationToken);
    }

    // "character varying(30)" → "character varying": COPY's binary writer names the type without its length.
    private static string BaseType(string storeType) => storeType.IndexOf('(', StringComparison.Ordinal) is var at and > 0 ? storeType[..at] : storeType;
}
