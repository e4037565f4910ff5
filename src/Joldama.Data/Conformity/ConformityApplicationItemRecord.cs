using Joldama.Domain.Conformity;

namespace Joldama.Data.Conformity;

/// <summary>One HTMC code of an application (a row of App. 1): what is put forward for it and how it was evaluated.</summary>
public sealed class ConformityApplicationItemRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public required string Code { get; set; }

    /// <summary>App. 1 «Жоспарланған ЖТМК көлемі»; a first-time applicant leaves it empty (App. 1, note 2).</summary>
    public int? PlannedVolume { get; set; }

    public List<Guid> SpecialistIds { get; set; } = [];

    public List<Guid> DeviceIds { get; set; } = [];

    /// <summary>The IVF footnote's figures (App. 2, *), where the code refers to it.</summary>
    public OrganizationFacts? Facts { get; set; }

    public DateOnly EvaluatedOn { get; set; }

    public List<CriterionState> Criteria { get; set; } = [];
}
