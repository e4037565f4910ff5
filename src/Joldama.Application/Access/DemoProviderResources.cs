using Joldama.Data.Conformity;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Identifiers;

namespace Joldama.Application.Access;

/// <summary>
/// The demo provider's staff and devices, worded as seed 001 Appendix 2 words them, so that a demo user can file an
/// application for code 37.94 (conforms) or 37.36 (a device out of order for more than 3 months: the inspector
/// decides). Dates are relative to the day the demo is seeded.
/// </summary>
internal static class DemoProviderResources
{
    public const string Angiography = "Ангиографическая установка с гемодинамической системой";
    public const string Echo = "Эхокардиография с внутрисердечным и/или чреспищеводным датчиком";

    public static (List<SpecialistRecord> Specialists, List<DeviceRecord> Devices) For(Guid organizationId, DateOnly today, DateTimeOffset now)
    {
        DateOnly Years(int n) => today.AddYears(n);
        SpecialistRecord Person(int serial, string name, SpecialtyCertificate certificate, decimal years, params EducationRecord[] education) => new()
        {
            Id = Guid.NewGuid(), OrganizationId = organizationId, FullName = name, Iin = DemoIin(serial), CreatedAt = now, UpdatedAt = now,
            Certificates = [certificate],
            Experience = [new ExperienceEntry(years, ExperienceScope.Specialty, null)],
            Education = [.. education],
            Conditions = [new HeldCondition(ConditionKind.RadiationPermit, "Разрешение на работу с источниками ионизирующего излучения", Years(-1), Years(4))],
        };

        var specialists = new List<SpecialistRecord>
        {
            Person(1, "Ахметов Ерлан Серікұлы", new("Кардиология (интервенционная аритмология) (взрослая)", "KZ-CERT-0412", Years(-3), Years(2)), 8,
                new EducationRecord(120, "Вопросы аритмологии", Years(-1))),
            Person(2, "Ким Ольга Викторовна", new("Кардиохирургия (взрослая, детская)", "KZ-CERT-1187", Years(-2), Years(3)), 12,
                new EducationRecord(54, "Вопросы аритмологии", Years(-3)), new EducationRecord(54, "Вопросы аритмологии", Years(-1))),
            Person(3, "Сейтқали Нұрлан Ержанұлы", new("Кардиология (интервенционная кардиология) (взрослая)", "KZ-CERT-0977", Years(-6), Years(-1)), 6,
                new EducationRecord(108, "Вопросы аритмологии", Years(-2))),
        };
        var devices = new List<DeviceRecord>
        {
            new() { Id = Guid.NewGuid(), OrganizationId = organizationId, TypeName = Angiography, Model = "Artis zee", SerialNumber = "AZ-30117", Count = 1, CreatedAt = now, UpdatedAt = now },
            new()
            {
                Id = Guid.NewGuid(), OrganizationId = organizationId, TypeName = Echo, Model = "Vivid E95", SerialNumber = "VE-88021", Count = 1,
                OutOfOrderSince = today.AddMonths(-4), CreatedAt = now, UpdatedAt = now,
            },
        };
        return (specialists, devices);
    }

    /// <summary>A valid IIN of a person born 1980 (century digit 3), demo serial in the sequence part.</summary>
    private static string DemoIin(int serial)
    {
        for (var s = serial * 10; ; s++)
        {
            var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"8005153{s % 10_000:D4}");
            for (var check = 0; check <= 9; check++)
            {
                var candidate = prefix + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Iin.IsValid(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
