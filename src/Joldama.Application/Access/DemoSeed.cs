using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Access;

/// <summary>
/// The demo: organizations of every kind in a demo region and a second region, and one user per
/// role (logins in README). Runs once, on an empty database, when <see cref="DemoOptions.Enabled"/>.
/// </summary>
public sealed class DemoSeed(JoldamaDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock, DemoOptions options)
{
    public static readonly (string Login, Role Role)[] DemoRegionUsers =
    [
        ("clinician", Role.PrimaryCareClinician), ("hospital-doctor", Role.HospitalPhysician), ("commission", Role.CommissionMember), ("secretary", Role.CommissionSecretary),
        ("admission", Role.ProviderAdmissionOfficer), ("provider-admin", Role.ProviderAdministrator), ("inspector", Role.TerritorialInspector),
        ("territorial-head", Role.TerritorialHead), ("fund", Role.FundOfficer), ("catalog-admin", Role.MinistryCatalogAdministrator),
        ("analyst", Role.RegionalAnalyst), ("abroad", Role.AbroadOfficer), ("chief-specialist", Role.ChiefSpecialist), ("abroad-commission", Role.AbroadCommissionMember),
        ("auditor", Role.Auditor), ("admin", Role.SystemAdministrator),
        ("patient", Role.Patient), ("hospital-head", Role.OrganizationHead),
    ];

    /// <summary>A demo patient of a §19 group (a pensioner, attached to the demo region's clinic), for the head's quota decisions.</summary>
    public const string QuotaPatientIin = "520314300015";

    /// <summary>The demo region's provider plans this many hospitalizations this year: 10 % gives the head two decisions alone (§19 ¶1).</summary>
    public const int DemoPlannedVolume = 20;

    // The names a signed conclusion and the audit show; the rest keep their login.
    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        ["inspector"] = "Оспанова Жанар Қайратқызы",
        ["territorial-head"] = "Бекмұратов Қайрат Асқарұлы",
        ["provider-admin"] = "Нұрланова Әсем Болатқызы",
    };

    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Enabled || await db.Organizations.AnyAsync(cancellationToken))
        {
            return false;
        }

        if (string.IsNullOrEmpty(options.Password) || !PasswordPolicy.IsAcceptable(options.Password))
        {
            throw new InvalidOperationException("Demo:Enabled is true but Demo:Password is missing or weak (12+ characters).");
        }

        var now = clock.GetUtcNow();
        var serial = 0;
        Organization Org(string region, OrganizationKind kind, OrganizationLevel level, string kk, string ru) => new()
        {
            Id = Guid.NewGuid(), Bin = DemoBin(++serial), NameKk = kk, NameRu = ru, RegionCode = region, Kind = kind, Level = level, CreatedAt = now,
        };

        var regional = new Dictionary<string, Dictionary<OrganizationKind, Organization>>();
        foreach (var (region, kkCity, ruCity) in new[] { (options.Region, "Қарағанды", "Караганды"), (options.SecondRegion, "Павлодар", "Павлодара") })
        {
            regional[region] = new()
            {
                [OrganizationKind.PrimaryCare] = Org(region, OrganizationKind.PrimaryCare, OrganizationLevel.Regional, $"{kkCity} қаласының №1 емханасы", $"Городская поликлиника № 1 г. {ruCity}"),
                [OrganizationKind.HtmcProvider] = Org(region, OrganizationKind.HtmcProvider, OrganizationLevel.Regional, $"{kkCity} облыстық көпбейінді ауруханасы", $"Областная многопрофильная больница г. {ruCity}"),
                [OrganizationKind.RegionalHealthDepartment] = Org(region, OrganizationKind.RegionalHealthDepartment, OrganizationLevel.Regional, $"{kkCity} облысының денсаулық сақтау басқармасы", $"Управление здравоохранения ({ruCity})"),
                [OrganizationKind.TerritorialDepartment] = Org(region, OrganizationKind.TerritorialDepartment, OrganizationLevel.Regional, $"Медициналық қызметтер сапасы комитетінің {kkCity} бөлімшесі", $"Территориальный департамент контроля качества медицинских услуг ({ruCity})"),
            };
        }

        var national = new Dictionary<OrganizationKind, Organization>
        {
            [OrganizationKind.Ministry] = Org("astana", OrganizationKind.Ministry, OrganizationLevel.Republican, "Қазақстан Республикасының Денсаулық сақтау министрлігі", "Министерство здравоохранения Республики Казахстан"),
            [OrganizationKind.InsuranceFund] = Org("astana", OrganizationKind.InsuranceFund, OrganizationLevel.Republican, "Әлеуметтік медициналық сақтандыру қоры", "Фонд социального медицинского страхования"),
            [OrganizationKind.AbroadWorkingBody] = Org("astana", OrganizationKind.AbroadWorkingBody, OrganizationLevel.Republican, "Шетелде емдеу жөніндегі жұмыс органы", "Рабочий орган по лечению за рубежом"),
            [OrganizationKind.HtmcProvider] = Org("astana", OrganizationKind.HtmcProvider, OrganizationLevel.Republican, "Ұлттық ғылыми кардиохирургия орталығы", "Национальный научный кардиохирургический центр"),
        };
        national[OrganizationKind.HtmcProvider].IsScientific = true; // a national scientific centre: «ғылыми ұйымдары» of §19 ¶2
        db.Organizations.AddRange(regional.Values.SelectMany(r => r.Values).Concat(national.Values));

        void User(string login, Role role, Organization organization, string? iin = null, string? phone = null)
        {
            var user = new UserAccount
            {
                Id = Guid.NewGuid(), Login = login, DisplayName = DisplayNames.GetValueOrDefault(login, login), OrganizationId = organization.Id, Role = role,
                PatientIin = iin, Phone = phone, IsDemo = true, CreatedAt = now,
            };
            user.PasswordHash = role == Role.Patient ? null : hasher.HashPassword(user, options.Password);
            db.Users.Add(user);
        }

        Organization Home(string region, Role role) => Roles.Of(role).Reach == RoleReach.Country
            ? (role == Role.FundOfficer ? national[OrganizationKind.InsuranceFund] : role == Role.AbroadOfficer ? national[OrganizationKind.AbroadWorkingBody] : national[OrganizationKind.Ministry])
            : regional[region][Roles.Of(role).OrganizationKind];

        foreach (var (login, role) in DemoRegionUsers)
        {
            User(login, role, Home(options.Region, role), role == Role.Patient ? "900101300017" : null, role == Role.Patient ? "+77011234567" : null);
            if (Roles.Of(role).Reach != RoleReach.Country)
            {
                User(login + "-2", role, Home(options.SecondRegion, role), role == Role.Patient ? "811201401188" : null, role == Role.Patient ? "+77017654321" : null);
            }
        }

        // The demo patients (their logins sign in by IIN) and conclusions for 35.21 at two providers (issue 5).
        var home = regional[options.Region];
        db.Patients.Add(DemoReferralData.Patient("900101300017", "Сейітқали", "Айгүл", "+77011234567", home[OrganizationKind.PrimaryCare], now));
        db.Patients.Add(DemoReferralData.Patient("811201401188", "Жақсыбеков", "Ерлан", "+77017654321", regional[options.SecondRegion][OrganizationKind.PrimaryCare], now));
        var signer = db.Users.Local.Single(u => u.Login == "territorial-head").Id;
        foreach (var provider in new[] { home[OrganizationKind.HtmcProvider], national[OrganizationKind.HtmcProvider] })
        {
            var (application, conclusion) = DemoReferralData.Conclusion(provider, signer, Domain.Shared.KazakhstanTime.TodayInKazakhstan(clock));
            db.ConformityApplications.Add(application);
            db.Conclusions.Add(conclusion);
        }

        var pensioner = DemoReferralData.Patient(QuotaPatientIin, "Омаров", "Серік", "+77015550011", home[OrganizationKind.PrimaryCare], now);
        pensioner.VulnerableGroups = [Domain.Patients.VulnerableGroup.Pensioner];
        db.Patients.Add(pensioner);
        var today = Domain.Shared.KazakhstanTime.TodayInKazakhstan(clock);
        foreach (var (region, volume) in new[] { (options.Region, DemoPlannedVolume), (options.SecondRegion, 30) })
        {
            var provider = regional[region][OrganizationKind.HtmcProvider];
            db.QuotaPeriods.Add(new Data.Quotas.QuotaPeriodRecord
            {
                Id = Guid.NewGuid(), OrganizationId = provider.Id, RegionCode = region, From = new DateOnly(today.Year, 1, 1), To = new DateOnly(today.Year, 12, 31),
                PlannedVolume = volume, SetByUserId = db.Users.Local.Single(u => u.Login == (region == options.Region ? "hospital-head" : "hospital-head-2")).Id,
                SetByName = region == options.Region ? "hospital-head" : "hospital-head-2", SetAt = now,
            });
        }

        var (specialists, devices) = DemoProviderResources.For(regional[options.Region][OrganizationKind.HtmcProvider].Id, Domain.Shared.KazakhstanTime.TodayInKazakhstan(clock), now);
        db.Specialists.AddRange(specialists);
        db.Devices.AddRange(devices);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A valid BIN for demo organization number <paramref name="serial"/>: registered 2005-01, resident legal entity, head office.</summary>
    public static string DemoBin(int serial)
    {
        for (var s = serial * 10; ; s++)
        {
            var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"050140{s % 100_000:D5}");
            for (var check = 0; check <= 9; check++)
            {
                if (Bin.IsValid(prefix + check.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    return prefix + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
