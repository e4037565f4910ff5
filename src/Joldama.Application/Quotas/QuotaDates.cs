using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Quotas;

/// <summary>What the quota services and endpoints share: a period's two dates from a request, and the acting user's name for the record.</summary>
public static class QuotaDates
{
    /// <summary>Both dates parsed (an absent one is its default, when one is given), the first not after the last.</summary>
    public static Result<(DateOnly From, DateOnly To)> Range(string? fromText, string? toText, DateOnly? defaultFrom = null, DateOnly? defaultTo = null)
    {
        var from = defaultFrom is { } f ? InputDates.ParseOptional(fromText, "from", f) : InputDates.Parse(fromText, "from");
        if (from.IsError)
        {
            return from.Error;
        }

        var to = defaultTo is { } t ? InputDates.ParseOptional(toText, "to", t) : InputDates.Parse(toText, "to");
        if (to.IsError)
        {
            return to.Error;
        }

        return to.Value < from.Value ? new InputInvalid("to", toText ?? string.Empty, "a date not before 'from'") : (from.Value, to.Value);
    }

    /// <summary>The display name of the user acting (kept on the record, as a signed conclusion keeps its signer's).</summary>
    internal static async Task<string> NameOfAsync(JoldamaDbContext db, AccessScope scope, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? scope.UserId.ToString();
}
