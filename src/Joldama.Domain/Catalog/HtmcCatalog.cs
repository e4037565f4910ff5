using System.Buffers;
using System.Collections.Frozen;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Catalog;

/// <summary>
/// The catalog of HTMC types as the law gives it: legal acts, the three lists (seed 000), the
/// characteristics (seed 001 Appendix 2) and the ОСМС scope (seed 002). Immutable; built once at
/// start from the law data files, then read concurrently by every request.
/// </summary>
public sealed class HtmcCatalog
{
    public const int MaxQueryLength = 200;

    private static readonly SearchValues<char> CodeChars = SearchValues.Create("0123456789.");

    private readonly FrozenDictionary<HtmcCode, CodeView> _byCode;
    private readonly (CodeView View, string Haystack)[] _searchIndex;

    // What is in force changes only on the days acts enter into force: the "epochs" between those
    // days. Each code's view is computed once per epoch, so an "as of" question is a lookup.
    private readonly DateOnly[] _epochStarts;
    private readonly FrozenDictionary<HtmcCode, CodeView[]> _viewsByEpoch;

    public HtmcCatalog(
        IReadOnlyList<LegalAct> acts,
        IReadOnlyList<HtmcList> lists,
        IReadOnlyList<ListEntry> entries,
        IReadOnlyList<Characteristic> characteristics,
        IReadOnlyList<CharacteristicFootnote> footnotes,
        IReadOnlyList<OsmsScopeItem> osmsScope)
    {
        Acts = acts;
        Lists = lists;
        Entries = entries;
        Characteristics = characteristics;
        Footnotes = footnotes;
        OsmsScope = osmsScope;

        var codes = entries.Select(e => e.Code).Concat(characteristics.Select(c => c.Code))
            .Distinct()
            .OrderBy(c => c.Value, StringComparer.Ordinal)
            .ToArray();
        _byCode = codes.ToFrozenDictionary(code => code, code => BuildView(code, entries, characteristics));
        _epochStarts = entries.Select(e => e.List.Act.InForceFrom).Concat(characteristics.Select(c => c.Act.InForceFrom))
            .OfType<DateOnly>().Distinct().Order().ToArray();
        _viewsByEpoch = codes.ToFrozenDictionary(code => code, code => Enumerable.Range(0, _epochStarts.Length + 1)
            .Select(epoch => Filter(_byCode[code], epoch == 0 ? DateOnly.MinValue : _epochStarts[epoch - 1]))
            .ToArray());
        _searchIndex = codes.Select(code => _byCode[code])
            .Select(view => (view, SearchText.Fold($"{view.Code} {view.Name.Ru} {view.Name.Kk} {string.Join(' ', view.Lists.Select(l => l.Name.Ru))}")))
            .ToArray();
    }

    public IReadOnlyList<LegalAct> Acts { get; }

    public IReadOnlyList<HtmcList> Lists { get; }

    public IReadOnlyList<ListEntry> Entries { get; }

    public IReadOnlyList<Characteristic> Characteristics { get; }

    public IReadOnlyList<CharacteristicFootnote> Footnotes { get; }

    public IReadOnlyList<OsmsScopeItem> OsmsScope { get; }

    public IEnumerable<HtmcCode> Codes => _searchIndex.Select(x => x.View.Code);

    /// <summary>The days on which what is in force changes (acts entering into force), in order.</summary>
    public IReadOnlyList<DateOnly> EpochStarts => _epochStarts;

    /// <summary>
    /// The epoch of <paramref name="date"/>: 0 before any act is in force, k from
    /// <c>EpochStarts[k - 1]</c> on. Two dates of one epoch see the same catalog.
    /// </summary>
    public int EpochOf(DateOnly date)
    {
        var index = Array.BinarySearch(_epochStarts, date);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Everything known of <paramref name="code"/>; with <paramref name="asOf"/>, only what was in force that day.</summary>
    public Result<CodeView> Get(HtmcCode code, DateOnly? asOf = null) =>
        _byCode.TryGetValue(code, out var view) ? AsOf(view, asOf) : new CodeUnknown(code);

    /// <summary>The view of a known code in an epoch (see <see cref="EpochOf"/>); null for an unknown code.</summary>
    public CodeView? InEpoch(HtmcCode code, int epoch) =>
        _viewsByEpoch.TryGetValue(code, out var views) ? views[epoch] : null;

    /// <summary>
    /// Codes whose code starts with the query (when it is digits and dots), or whose Russian or
    /// Kazakh name contains every word of it, folded by <see cref="SearchText"/>. With
    /// <paramref name="asOf"/>, only codes with a list row or characteristic in force that day.
    /// </summary>
    public Result<IReadOnlyList<CodeView>> Search(string? query, DateOnly? asOf = null, int limit = 50)
    {
        var raw = query ?? string.Empty;
        if (raw.Length > MaxQueryLength)
        {
            return new SearchQueryTooLong(raw.Length, MaxQueryLength);
        }

        var folded = SearchText.Fold(raw);
        if (folded.Length == 0)
        {
            return new SearchQueryEmpty();
        }

        var byCode = folded.AsSpan().IndexOfAnyExcept(CodeChars) < 0;
        var words = byCode ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<CodeView>();
        foreach (var (view, haystack) in _searchIndex)
        {
            var match = byCode
                ? view.Code.StartsWith(folded)
                : Array.TrueForAll(words, w => haystack.Contains(w, StringComparison.Ordinal));
            if (!match)
            {
                continue;
            }

            var dated = AsOf(view, asOf);
            if (asOf is null || dated.Lists.Count > 0 || dated.Characteristics.Count > 0)
            {
                found.Add(dated);
                if (found.Count == limit)
                {
                    break;
                }
            }
        }

        return found;
    }

    private CodeView AsOf(CodeView view, DateOnly? asOf) =>
        asOf is { } date ? _viewsByEpoch[view.Code][EpochOf(date)] : view;

    private static CodeView Filter(CodeView view, DateOnly date)
    {
        var lists = view.Lists.Where(l => l.InForceOn(date)).ToArray();
        var characteristics = view.Characteristics.Where(c => c.InForceOn(date)).ToArray();
        return view with { Lists = lists, Characteristics = characteristics, Acts = ActsOf(lists, characteristics) };
    }

    private static CodeView BuildView(HtmcCode code, IReadOnlyList<ListEntry> entries, IReadOnlyList<Characteristic> characteristics)
    {
        var lists = entries.Where(e => e.Code == code).OrderBy(e => e.List.Table).ThenBy(e => e.Row).ToArray();
        var items = characteristics.Where(c => c.Code == code).OrderBy(c => c.Item).ToArray();
        return new CodeView(code, NameOf(lists, items), lists, items, ActsOf(lists, items));
    }

    /// <summary>
    /// The Russian name comes from the lists (seed 000 is Russian), the Kazakh name from Appendix 2
    /// (seed 001 is Kazakh); each falls back to the other source's unofficial translation.
    /// </summary>
    private static BilingualText NameOf(ListEntry[] lists, Characteristic[] items)
    {
        var ru = lists.FirstOrDefault()?.Name.Ru ?? items[0].Name.Ru;
        var kk = items.FirstOrDefault()?.Name.Kk ?? lists[0].Name.Kk;
        TextLanguage? unofficial = lists.Length == 0 ? TextLanguage.Ru : items.Length == 0 ? TextLanguage.Kk : null;
        return new BilingualText(kk, ru, unofficial);
    }

    private static LegalAct[] ActsOf(IEnumerable<ListEntry> lists, IEnumerable<Characteristic> items) =>
        lists.Select(l => l.List.Act).Concat(items.Select(c => c.Act)).Distinct().ToArray();
}
