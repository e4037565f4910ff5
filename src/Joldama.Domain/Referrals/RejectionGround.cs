using Joldama.Domain.Catalog;

namespace Joldama.Domain.Referrals;

/// <summary>§40 ¶4: «ЖТМК комиссиясы теріс шешім қабылдайды:» — the only three grounds of a negative decision.</summary>
public enum RejectionGround
{
    /// <summary>§40 ¶4 (1): «медициналық көмекті ұйымдастыру стандарттарына және клиникалық хаттамаларға сәйкес ЖТМК көрсеткіштері болмаған жағдайда».</summary>
    NoIndications = 1,

    /// <summary>
    /// §40 ¶4 (2): «осы Қағидалардың 33-тармағына сәйкес құжаттардың толық емес пакеті тапсырылған жағдайда»
    /// (the seed names §33; the list of documents itself is §34).
    /// </summary>
    IncompletePackage = 2,

    /// <summary>§40 ¶4 (3): «ұсынылған құжаттардың түпнұсқалық еместігін анықтаған жағдайда».</summary>
    DocumentsNotAuthentic = 3,
}

/// <summary>Where each <see cref="RejectionGround"/> is in the seed.</summary>
public static class RejectionGrounds
{
    private const string Seed = "001_5e2574b563d27392.txt";

    /// <summary>The seed paragraph and lines of <paramref name="ground"/>.</summary>
    public static SeedReference Source(RejectionGround ground) => ground switch
    {
        RejectionGround.NoIndications => new SeedReference(Seed, "§40 ¶4 (1)", "350-351"),
        RejectionGround.IncompletePackage => new SeedReference(Seed, "§40 ¶4 (2)", "352-353"),
        RejectionGround.DocumentsNotAuthentic => new SeedReference(Seed, "§40 ¶4 (3)", "354"),
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a ground of §40."),
    };
}
