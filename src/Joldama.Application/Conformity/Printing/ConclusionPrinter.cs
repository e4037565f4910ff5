using System.Globalization;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Conformity;
using Joldama.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Application.Conformity.Printing;

/// <summary>Fills the App. 3 form of a signed conclusion in Kazakh or Russian and renders it as PDF.</summary>
public sealed class ConclusionPrinter(JoldamaDbContext db, LawLibrary law, IStringLocalizer<SharedResource> text)
{
    public async Task<byte[]> PdfAsync(ConclusionRecord conclusion, PrintLanguage language, CancellationToken cancellationToken = default) =>
        ConclusionPdf.Render(await PrintAsync(conclusion, language, cancellationToken), language);

    public async Task<ConclusionPrint> PrintAsync(ConclusionRecord conclusion, PrintLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == conclusion.OrganizationId, cancellationToken);
        var department = await db.Organizations.AsNoTracking()
            .Where(o => o.RegionCode == conclusion.RegionCode && o.Kind == OrganizationKind.TerritorialDepartment)
            .OrderBy(o => o.Bin).FirstOrDefaultAsync(cancellationToken);
        var characteristic = ConformityRecheck.CharacteristicOf(law.Catalog, conclusion.Code, conclusion.SignedOn);
        var kazakh = language == PrintLanguage.Kk;
        string Pick(string kk, string ru) => kazakh ? kk : ru;

        // FindingText reads the current UI culture: print in the form's language whatever the request's is.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(kazakh ? "kk-KZ" : "ru-KZ");
        try
        {
            ConclusionPrintRow Row(CriterionState c) => new(
                FindingText.Criterion(text, characteristic, c),
                c.Met == true,
                c.Met == true ? c.Justification : c.Justification ?? FindingText.Finding(text, c));
            List<ConclusionPrintRow> Rows(CriterionKind kind) => [.. conclusion.Criteria.Where(c => c.Kind == kind).Select(Row)];
            return new ConclusionPrint(
                conclusion.Number,
                Pick(organization.NameKk, organization.NameRu),
                organization.Bin,
                department is null ? string.Empty : Pick(department.NameKk, department.NameRu),
                conclusion.Code,
                characteristic is null ? string.Empty : Pick(characteristic.Name.Kk, characteristic.Name.Ru),
                Rows(CriterionKind.Staff),
                Rows(CriterionKind.Device),
                Rows(CriterionKind.Footnote),
                conclusion.Positive,
                conclusion.ValidFrom,
                conclusion.ValidTo,
                conclusion.SignedByName,
                conclusion.SignedOn,
                conclusion.ReissueReason is { } reason ? text[$"conformity.reissue-reason.{reason}"].Value : null);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
