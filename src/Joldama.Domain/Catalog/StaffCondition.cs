namespace Joldama.Domain.Catalog;

public sealed record StaffCondition(ConditionKind Kind, BilingualText Text);
