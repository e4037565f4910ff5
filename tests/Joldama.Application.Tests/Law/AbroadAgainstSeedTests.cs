using System.Text.RegularExpressions;
using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Abroad;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// <c>data/law/mzsr-544-2015/</c> (treatment abroad: eligibility.json, schemes.json) as loaded, against seeds 003 and 004:
/// the counts, sampled rows, and every cited line range holding the quoted words.
/// </summary>
public partial class AbroadAgainstSeedTests
{
    private static readonly AbroadLaw Law = AbroadRulesLoader.Load(Path.Combine(LawLibrary.DefaultDataDirectory, "law"));

    [Fact]
    public void Indications_EightInEachSeed_NineRowsSevenShared()
    {
        Assert.Equal(8, Law.Indications.Count(i => i.Seed003 is not null));
        Assert.Equal(8, Law.Indications.Count(i => i.Seed004 is not null));
        Assert.Equal(9, Law.Indications.Count);
        Assert.Equal(["laryngeal-stenosis", "oesophageal-stenosis"], Law.Indications.Where(i => i.InOneSeedOnly).Select(i => i.Id));
    }

    [Fact]
    public void Stenoses_TheSeedsDiffer_LarynxIn003OesophagusIn004()
    {
        Assert.Equal("Стенозы гортани.", Law.Indication("laryngeal-stenosis")!.Seed003!.Text);
        Assert.Equal("Өңеш стеноздары", Law.Indication("oesophageal-stenosis")!.Seed004!.Text);
        Assert.Equal(Domain.Catalog.TextLanguage.Ru, Law.Indication("oesophageal-stenosis")!.Name.Unofficial);
    }

    [Fact]
    public void CategoriesPrioritiesExclusions_AsTheSeedsSay()
    {
        var child = Law.Category(AbroadCategory.Child);
        Assert.Equal((0, 18), (child.AgeFrom, child.AgeBelow));
        Assert.Equal(4, Law.PriorityGroups.Count);
        Assert.Equal("114-115", Law.Exclusion(AbroadExclusion.SelfArranged).Source.Reference.Lines);
        Assert.Equal(4, Law.RequiredDocuments.Count);
    }

    [Theory]
    [InlineData("current", 9, 44)]
    [InlineData("proposed", 7, 37)]
    public void Scheme_StepsAndStatedTotal_AddUp(string id, int steps, int total)
    {
        var scheme = Law.Scheme(id);
        var sum = SchemeCheck.Sum(scheme);

        Assert.Equal(steps, scheme.Steps.Count);
        Assert.Equal(total, scheme.StatedTotal.Value);
        Assert.Equal(total, sum.StepsTotal.Value);
        Assert.True(sum.Matches);
        Assert.Contains($"до {total} рабочих дней", Cited(scheme.TotalSource), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("current", 1, AbroadActor.MedicalOrganization, 1, "1 день")]
    [InlineData("current", 2, AbroadActor.HealthDepartment, 3, "УЗ направляет")]
    [InlineData("current", 4, AbroadActor.ChiefSpecialist, 3, "заключение о целесообразности")]
    [InlineData("current", 6, AbroadActor.ForeignClinic, 15, "15 дней")]
    [InlineData("current", 8, AbroadActor.MinistryCommission, 5, "Комиссия осуществляет выбор")]
    [InlineData("current", 9, AbroadActor.WorkingBody, 10, "РО заключает договор")]
    [InlineData("proposed", 1, AbroadActor.PolyclinicVkk, 1, "ВКК направляет")]
    [InlineData("proposed", 2, AbroadActor.ResearchInstitute, 3, "НИИ направляет в РО")]
    [InlineData("proposed", 3, AbroadActor.WorkingBody, 2, "2 дня")]
    [InlineData("proposed", 6, AbroadActor.MinistryCommission, 5, "1 раз в месяц")]
    public void Step_Sampled_AsSeed003Says(string scheme, int number, AbroadActor actor, int days, string words)
    {
        var step = Law.Scheme(scheme).Step(number);

        Assert.Equal(actor, step.Actor);
        Assert.Equal(days, step.Deadline!.Value.Value);
        Assert.Contains(words, Cited(step.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void ActiveScheme_IsTheFileKey_Current() => Assert.Equal("current", Law.Active.Id);

    public static TheoryData<string, string, string> EveryQuote()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string row, SeedQuote q) => data.Add(row, q.Reference.Seed + ":" + q.Reference.Lines, q.Quote);
        Add("basis", Law.Basis);
        foreach (var i in Law.Indications)
        {
            if (i.Seed003 is { } a)
            {
                Add(i.Id + " 003", a.Source);
            }

            if (i.Seed004 is { } b)
            {
                Add(i.Id + " 004", b.Source);
            }
        }

        foreach (var c in Law.Categories)
        {
            Add(c.Category.ToString(), c.Source);
        }

        foreach (var p in Law.PriorityGroups)
        {
            Add(p.Group.ToString(), p.Source);
        }

        foreach (var x in Law.Exclusions)
        {
            Add(x.Exclusion.ToString(), x.Source);
        }

        foreach (var d in Law.RequiredDocuments)
        {
            Add(d.Document.ToString(), d.Source);
        }

        foreach (var s in Law.Schemes)
        {
            Add(s.Id, s.Source);
            Add(s.Id + " total", s.TotalSource);
            foreach (var step in s.Steps)
            {
                Add($"{s.Id} step {step.Number}", step.Source);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryQuote))]
    public void Row_CitedLines_HoldTheQuotedWords(string row, string place, string quote)
    {
        var parts = place.Split(':');
        var text = Cited(new SeedQuote(new Domain.Catalog.SeedReference(parts[0], row, parts[1]), quote));

        Assert.Contains(Spaces().Replace(quote, " "), text, StringComparison.Ordinal);
    }

    private static string Cited(SeedQuote source) =>
        Spaces().Replace(string.Join(' ', CatalogAgainstSeedsTests.SeedLines(source.Reference).Split('\n').Select(l => l.Trim())), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
