using Joldama.Domain.Abroad;

namespace Joldama.Domain.Tests.Abroad;

public class AbroadEligibilityTests
{
    private static readonly AbroadLaw Law = AbroadTestData.Law;

    public static TheoryData<string> Indications() => [.. AbroadTestData.IndicationRows.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Indications))]
    public void Citizen_EachListedDisease_Eligible(string indication)
    {
        var result = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 40, indication));

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(AbroadEligibilityBasis.ListedDisease, result.Value.Basis);
        Assert.Equal(indication, result.Value.Indication!.Id);
        Assert.Contains(result.Value.Source.Reference.Seed, new[] { "003_26dee45ae146ff54.txt", "004_8891132abac531f4.txt" });
    }

    [Theory]
    [InlineData("laryngeal-stenosis")]
    [InlineData("oesophageal-stenosis")]
    public void Citizen_StenosisListedByOneSeedOnly_EligibleWithTheNote(string indication)
    {
        var result = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 40, indication));

        Assert.Single(result.Value.Notes);
    }

    [Fact]
    public void Citizen_NoListedDisease_IndicationRequired() =>
        Assert.Equal("abroad.indication_required", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 40, null)).Error?.Code);

    [Fact]
    public void Citizen_DiseaseNotInList_IndicationUnknown()
    {
        var error = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 40, "hip-replacement")).Error;

        Assert.Equal("abroad.indication_unknown", error?.Code);
        Assert.Equal("hip-replacement", error!.Args["indication"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void Child_WithConfirmedIndications_EligibleWithChildrenPriority(int age)
    {
        var result = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Child, age, null) { IndicationsConfirmed = true });

        Assert.Equal(AbroadEligibilityBasis.ChildWithIndications, result.Value.Basis);
        Assert.Equal("33-35", result.Value.Source.Reference.Lines);
        Assert.Contains(AbroadPriorityGroup.Children, result.Value.Priorities);
    }

    [Fact]
    public void Child_WithListedDisease_Eligible() =>
        Assert.False(AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Child, 5, "keratoprosthesis")).IsError);

    [Fact]
    public void Child_WithoutIndications_IndicationRequired() =>
        Assert.Equal("abroad.indication_required", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Child, 5, null)).Error?.Code);

    [Fact]
    public void Child_Aged18_TooOld()
    {
        var error = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Child, 18, null) { IndicationsConfirmed = true }).Error;

        Assert.Equal("abroad.child_too_old", error?.Code);
        Assert.Equal("18", error!.Args["limit"]);
    }

    [Fact]
    public void InjuredOnDuty_InstructionAndMethodsExhausted_EligibleWithoutListedDisease()
    {
        var result = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.InjuredOnDuty, 30, null) { ExceptionalInstruction = true, KazakhstanMethodsExhausted = true });

        Assert.Equal(AbroadEligibilityBasis.InjuredOnDuty, result.Value.Basis);
        Assert.Equal("36-40", result.Value.Source.Reference.Lines);
        Assert.Equal([AbroadPriorityGroup.InjuredOnDuty], result.Value.Priorities);
    }

    [Fact]
    public void InjuredOnDuty_NoInstruction_InstructionRequired() =>
        Assert.Equal("abroad.instruction_required", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.InjuredOnDuty, 30, null) { KazakhstanMethodsExhausted = true }).Error?.Code);

    [Fact]
    public void InjuredOnDuty_MethodsNotExhausted_Refused() =>
        Assert.Equal("abroad.methods_not_exhausted", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.InjuredOnDuty, 30, null) { ExceptionalInstruction = true }).Error?.Code);

    [Theory]
    [InlineData(AbroadCategory.Citizen)]
    [InlineData(AbroadCategory.Child)]
    [InlineData(AbroadCategory.InjuredOnDuty)]
    public void SelfArranged_AnyCategory_NotReimbursed(AbroadCategory category)
    {
        var applicant = new AbroadApplicant(category, 10, "keratoprosthesis") { SelfArranged = true, ExceptionalInstruction = true, KazakhstanMethodsExhausted = true };

        var error = AbroadEligibility.Check(Law, applicant).Error;

        Assert.Equal("abroad.self_arranged", error?.Code);
        Assert.Contains("114-115", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transplantation_AutologousOrRelatedBoneMarrow_Excluded() =>
        Assert.Equal("abroad.transplant_excluded", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 40, "transplantation") { AutologousOrRelatedBoneMarrow = true }).Error?.Code);

    [Fact]
    public void Transplantation_PregnantWoman_BothPriorities()
    {
        var result = AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, 30, "transplantation") { Pregnant = true });

        Assert.Equal([AbroadPriorityGroup.PregnantWomen, AbroadPriorityGroup.Transplantation], result.Value.Priorities);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    public void Age_OutOfRange_Invalid(int age) =>
        Assert.Equal("abroad.age_invalid", AbroadEligibility.Check(Law, new AbroadApplicant(AbroadCategory.Citizen, age, "keratoprosthesis")).Error?.Code);
}
