using System.Globalization;
using Joldama.Application.Referrals.Workflow;
using Joldama.Application.Shared;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Calendar;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Patients;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;

namespace Joldama.Application.Generation;

/// <summary>
/// Builds synthetic patients and referral cases, deterministically from a seed. Every case is walked through
/// <see cref="ReferralWorkflow.Apply"/> step by step and recorded by <see cref="ReferralCaseChanges"/> — the code the
/// API uses — so its state, transitions and running deadline are ones the workflow could have produced. No step lies
/// after "now"; a case whose next step would, stays in the state it reached. The <c>AddDays</c> here draw the moments at
/// which the simulated people act (a stay of 3–15 days, a follow-up a few days after discharge), not deadlines: every
/// deadline is counted by <see cref="ReferralCaseChanges"/> on the working-day calendar, as in the API.
/// </summary>
internal sealed class SyntheticCases(GenerationWorld world, int seed)
{
    /// <summary>The generator's actor: historic steps have no real user behind them.</summary>
    public static readonly Guid GeneratorUserId = new("00000000-0000-0000-0000-00000000a11e");

    public const string GeneratorLogin = "generator";

    private static readonly string[] LastNames = ["Сейітқали", "Жақсыбеков", "Ахметов", "Искакова", "Нұрланов", "Омарова", "Касымов", "Бекова", "Иванов", "Ким", "Тулегенов", "Садыкова", "Петрова", "Әбенов", "Мусин", "Ержанова"];
    private static readonly string[] FirstNames = ["Айгүл", "Ерлан", "Арман", "Динара", "Нұрсұлтан", "Мадина", "Асель", "Серик", "Ольга", "Тимур", "Жанар", "Бауыржан", "Алия", "Дмитрий", "Гүлнар", "Қайрат"];

    // Where ten years of cases stand today (per mille): most are closed or ended; what is open is recent.
    private static readonly (ReferralState State, int PerMille)[] Targets =
    [
        (ReferralState.Draft, 3), (ReferralState.SentToCommission, 2), (ReferralState.Approved, 1), (ReferralState.Registered, 1),
        (ReferralState.AcceptedByProvider, 1), (ReferralState.PatientInformed, 10), (ReferralState.Admitted, 3), (ReferralState.Discharged, 2),
        (ReferralState.FollowUp, 100), (ReferralState.Rejected, 120), (ReferralState.Cancelled, 80), (ReferralState.NoShow, 20), (ReferralState.Closed, 657),
    ];

    private static readonly PackageDocumentKind[] Kinds = Enum.GetValues<PackageDocumentKind>();

    private readonly GenerationWorld _world = world;
    private readonly Random _random = new(seed);
    private readonly ulong _idBase = (ulong)world.Now.ToUnixTimeMilliseconds() << 16;
    private ulong _idCounter;
    private readonly HashSet<string> _iins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly int _totalWeight = world.Regions.Sum(r => r.Weight);
    private readonly DateOnly _today = KazakhstanTime.ToKazakhstanDate(world.Now);

    /// <summary>IINs already in the database: generated patients never take them.</summary>
    public void Reserve(IEnumerable<string> iins)
    {
        ArgumentNullException.ThrowIfNull(iins);
        _iins.UnionWith(iins);
    }

    /// <summary>The next <paramref name="count"/> cases with their patients (about one patient in four has two cases).</summary>
    public GeneratedChunk Next(int count)
    {
        var chunk = new GeneratedChunk();
        PatientRecord? repeat = null;
        for (var i = 0; i < count; i++)
        {
            var patient = repeat ?? NewPatient(chunk);
            repeat = repeat is null && _random.Next(4) == 0 ? patient : null;
            AddCase(chunk, patient);
        }

        return chunk;
    }

    private PatientRecord NewPatient(GeneratedChunk chunk)
    {
        var region = PickRegion();
        var clinic = region.Clinics[_random.Next(region.Clinics.Count)];
        var iin = NewIin();
        var parsed = Iin.Parse(iin).Value;
        var created = _world.Now.AddDays(-_random.Next(30, 3700));
        var patient = new PatientRecord
        {
            Id = NewId(), Iin = iin, LastName = LastNames[_random.Next(LastNames.Length)], FirstName = FirstNames[_random.Next(FirstNames.Length)],
            BirthDate = parsed.BirthDate, Sex = parsed.Sex, Phone = "+7701" + _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
            Language = _random.Next(2) == 0 ? "kk" : "ru", AttachmentOrganizationId = clinic.Id, RegionCode = region.Code,
            InsuranceStatus = _random.Next(100) < 85 ? InsuranceStatus.Insured : InsuranceStatus.Uninsured,
            InsuranceCheckedOn = KazakhstanTime.ToKazakhstanDate(created), CreatedAt = created, UpdatedAt = created,
        };
        chunk.Patients.Add(patient);
        return patient;
    }

    private void AddCase(GeneratedChunk chunk, PatientRecord patient)
    {
        var target = PickTarget();
        var region = _world.Regions.First(r => r.Code == patient.RegionCode);
        var inpatient = _random.Next(10) == 0;
        var code = _world.Codes[_random.Next(_world.Codes.Count)];
        var funding = patient.InsuranceStatus == InsuranceStatus.Insured ? code.Insured : code.Uninsured;
        var offered = _world.NationalProviders.Select(p => p.Id).Prepend(region.Provider.Id).ToList();
        var created = CreatedFor(target);
        var record = new ReferralCaseRecord
        {
            Id = NewId(), PatientId = patient.Id, Route = inpatient ? ReferralRoute.Inpatient : ReferralRoute.Outpatient,
            SenderOrganizationId = inpatient ? region.Provider.Id : patient.AttachmentOrganizationId, AttachmentOrganizationId = patient.AttachmentOrganizationId,
            RegionCode = region.Code, HtmcCode = code.Code, Diagnosis = "I25.1 Атеросклеротическая болезнь сердца", SpecialistConclusion = "Показана ВТМП (заключение профильного специалиста)",
            FundingStream = funding.Stream, FundingCovered = funding.Covered, FundingExplanationKk = funding.Kk, FundingExplanationRu = funding.Ru,
            OfferedProviderIds = offered, ProviderOrganizationId = offered[_random.Next(offered.Count)],
            NeedsCarer = CarerNeed.Needed(patient.BirthDate, KazakhstanTime.ToKazakhstanDate(created), _random.Next(50) == 0),
            State = ReferralState.Draft, StateSince = created, CreatedAt = created, CreatedByUserId = GeneratorUserId,
        };
        chunk.Cases.Add(record);
        foreach (var (kind, index) in Kinds.Select((k, i) => (k, i)))
        {
            chunk.Documents.Add(new ReferralDocumentRecord
            {
                Id = NewId(), CaseId = record.Id, Kind = kind, FileName = InputEnums.Kebab(kind) + ".pdf", MediaType = "application/pdf",
                Size = _random.Next(40_000, 2_000_000), Sha256 = Sha(), UploadedAt = created.AddMinutes(5 + index), UploadedByUserId = GeneratorUserId,
            });
        }

        new CaseWalk(this, chunk, record, region).To(target, inpatient);
    }

    private DateTimeOffset CreatedFor(ReferralState target)
    {
        // Days before now: open states are recent, the long paths (follow-up, closing after a year) old enough to end.
        var (from, to) = target switch
        {
            ReferralState.Draft => (0, 10),
            ReferralState.SentToCommission or ReferralState.Approved => (1, 5),
            ReferralState.Registered or ReferralState.AcceptedByProvider => (2, 9),
            ReferralState.PatientInformed => (4, 30),
            ReferralState.Admitted => (20, 50),
            ReferralState.Discharged => (35, 70),
            ReferralState.FollowUp => (60, 380),
            ReferralState.Closed => (420, 3650),
            _ => (20, 3650),
        };
        return _world.Now.AddDays(-_random.Next(from, to)).AddMinutes(-_random.Next(0, 600));
    }

    private ReferralState PickTarget()
    {
        var roll = _random.Next(1000);
        foreach (var (state, perMille) in Targets)
        {
            if ((roll -= perMille) < 0)
            {
                return state;
            }
        }

        return ReferralState.Closed;
    }

    private RegionPool PickRegion()
    {
        var roll = _random.Next(_totalWeight);
        foreach (var region in _world.Regions)
        {
            if ((roll -= region.Weight) < 0)
            {
                return region;
            }
        }

        return _world.Regions[^1];
    }

    /// <summary>A valid, unused IIN of someone born 1940–2024 (century-and-sex digit 3–6).</summary>
    private string NewIin()
    {
        while (true)
        {
            var born = DateOnly.FromDayNumber(new DateOnly(1940, 1, 1).DayNumber + _random.Next(0, 31_000));
            var female = _random.Next(2) == 1;
            var centuryDigit = (born.Year < 2000 ? 3 : 5) + (female ? 1 : 0);
            var first11 = string.Create(CultureInfo.InvariantCulture, $"{born:yyMMdd}{centuryDigit}{_random.Next(0, 10_000):D4}");
            for (var check = 0; check <= 9; check++)
            {
                var candidate = first11 + (char)('0' + check);
                if (Iin.IsValid(candidate))
                {
                    if (_iins.Add(candidate))
                    {
                        return candidate;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Ids that grow: the first eight bytes count up from the seed's start, the rest is random. Rows then land at the
    /// right edge of every index keyed by id (primary keys, the transitions' and documents' case index) instead of on
    /// a random page each — what makes a million-case COPY take minutes rather than most of an hour.
    /// </summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, _idBase + ++_idCounter);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70); // version 7 layout: time-ordered
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private Guid RandomId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Sha()
    {
        Span<byte> bytes = stackalloc byte[32];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>One case walked from its draft towards its target state, step by step through the workflow table.</summary>
    private sealed class CaseWalk(SyntheticCases owner, GeneratedChunk chunk, ReferralCaseRecord record, RegionPool region)
    {
        private readonly Random _random = owner._random;
        private readonly WorkingCalendar _calendar = owner._world.Law.Calendar;
        private DateTimeOffset _at = record.CreatedAt;

        public void To(ReferralState target, bool inpatient)
        {
            var submitted = inpatient
                ? Step(ReferralTrigger.SubmitInpatient, ActorKind.InpatientFacility, record.SenderOrganizationId, WorkingDaysLater(0, 1), s => s with { CoSigner = "Заместитель главного врача" })
                : Step(ReferralTrigger.Submit, ActorKind.AttachmentClinic, record.SenderOrganizationId, WorkingDaysLater(0, 2));
            if (target == ReferralState.Draft || !submitted)
            {
                return;
            }

            var decision = WorkingDaysLater(1, owner._world.Law.Referrals.CommissionReview.Value);
            if (target == ReferralState.Rejected)
            {
                Step(ReferralTrigger.Reject, ActorKind.Commission, region.Department.Id, decision, s => s with
                {
                    ProtocolNumber = Protocol(), Ground = (RejectionGround)_random.Next(1, 4), Comment = "Нет показаний к ВТМП по представленным документам",
                });
                return;
            }

            if (Stop(target, ReferralState.SentToCommission)
                || !Step(ReferralTrigger.Approve, ActorKind.Commission, region.Department.Id, decision, s => s with { ProtocolNumber = Protocol() })
                || Stop(target, ReferralState.Approved)
                || !Step(ReferralTrigger.Register, ActorKind.Commission, region.Department.Id, WorkingDaysLater(0, 1), s => s with { ReferralNumber = Number() })
                || Stop(target, ReferralState.Registered))
            {
                return;
            }

            var acceptedOn = WorkingDaysLater(1, owner._world.Law.Referrals.ProviderReview.Value);
            var hospitalization = DateOnly.FromDayNumber(KazakhstanTime.ToKazakhstanDate(acceptedOn).DayNumber + _random.Next(7, 45));
            if (!Step(ReferralTrigger.Accept, ActorKind.Provider, record.ProviderOrganizationId, acceptedOn, s => s with { HospitalizationDate = hospitalization, CarerPlaceProvided = record.NeedsCarer })
                || Stop(target, ReferralState.AcceptedByProvider)
                || (_random.Next(20) > 0 && !Step(ReferralTrigger.Inform, ActorKind.AttachmentClinic, record.AttachmentOrganizationId, WorkingDaysLater(1, owner._world.Law.Referrals.InformPatient.Value), s => s with { Channel = (InformChannel)_random.Next(1, 5) }))
                || Stop(target, ReferralState.PatientInformed))
            {
                return;
            }

            var admitted = KazakhstanTime.StartOfDay(hospitalization).AddHours(10);
            if (target == ReferralState.NoShow)
            {
                Step(ReferralTrigger.RecordNoShow, ActorKind.Provider, record.ProviderOrganizationId, admitted.AddDays(1), s => s with { HospitalizationDate = hospitalization });
                return;
            }

            if (!Step(ReferralTrigger.Admit, ActorKind.Provider, record.ProviderOrganizationId, admitted)
                || Stop(target, ReferralState.Admitted)
                || !Step(ReferralTrigger.Discharge, ActorKind.Provider, record.ProviderOrganizationId, admitted.AddDays(_random.Next(3, 15)).AddHours(1), s => s with
                {
                    DischargeSummary = "Операция выполнена, осложнений нет", FollowUpPlan = "Наблюдение кардиолога по месту жительства",
                })
                || Stop(target, ReferralState.Discharged)
                || !Step(ReferralTrigger.StartFollowUp, ActorKind.AttachmentClinic, record.AttachmentOrganizationId, _at.AddDays(_random.Next(1, 6))))
            {
                return;
            }

            var last = FollowUps();
            if (target == ReferralState.Closed)
            {
                Step(ReferralTrigger.Close, ActorKind.AttachmentClinic, record.AttachmentOrganizationId, KazakhstanTime.StartOfDay(last).AddHours(12).AddDays(_random.Next(1, 30)));
            }
        }

        /// <summary>
        /// Whether the walk ends here: the target reached, or — for a case to be cancelled — a cancellation from the state
        /// reached (any of those the table allows; the last one before admission always).
        /// </summary>
        private bool Stop(ReferralState target, ReferralState reached)
        {
            if (target == reached)
            {
                return true;
            }

            var state = record.State;
            if (target != ReferralState.Cancelled || ReferralWorkflow.Find(state, ReferralTrigger.Cancel) is not { } row
                || (reached != ReferralState.PatientInformed && _random.Next(3) > 0))
            {
                return false;
            }

            var kind = row.By.Contains(ActorKind.InpatientFacility) && record.Route == ReferralRoute.Inpatient ? ActorKind.InpatientFacility : ActorKind.AttachmentClinic;
            var by = kind == ActorKind.InpatientFacility ? record.SenderOrganizationId : record.AttachmentOrganizationId;
            Step(ReferralTrigger.Cancel, kind, by, _at.AddDays(_random.Next(1, 5)), s => s with { CancellationReason = (CancellationReason)_random.Next(1, 4) });
            return true;
        }

        /// <summary>§42 entries after the discharge, valid by <see cref="FollowUpValidation"/>; returns the day of the last (or the one-year mark).</summary>
        private DateOnly FollowUps()
        {
            var discharged = record.DischargedOn!.Value;
            var mark = OneYearMark.After(discharged);
            var entries = new List<FollowUpEntry>();
            void Add(FollowUpKind kind, int fromDays, int toDays, string? note)
            {
                var on = DateOnly.FromDayNumber(discharged.DayNumber + _random.Next(fromDays, toDays));
                var entry = new FollowUpEntry(kind, on, note);
                if (on <= owner._today && !FollowUpValidation.Check(entry, entries, discharged, owner._today).IsError)
                {
                    entries.Add(entry);
                }
            }

            if (_random.Next(10) == 0)
            {
                Add(FollowUpKind.Complication, 3, 60, "Раневая инфекция");
            }

            if (_random.Next(30) == 0)
            {
                Add(FollowUpKind.Disability, 30, 200, "II группа");
            }

            if (_random.Next(30) == 0)
            {
                Add(FollowUpKind.Death, 10, 360, null);
            }
            else if (_random.Next(10) > 0)
            {
                Add(FollowUpKind.AliveAtOneYear, mark.DayNumber - discharged.DayNumber, mark.DayNumber - discharged.DayNumber + 20, null);
            }

            foreach (var entry in entries)
            {
                chunk.FollowUps.Add(new FollowUpRecord
                {
                    Id = owner.NewId(), CaseId = record.Id, Kind = InputEnums.Kebab(entry.Kind), On = entry.On, Note = entry.Note,
                    RecordedAt = KazakhstanTime.StartOfDay(entry.On).AddHours(15), RecordedByUserId = GeneratorUserId,
                });
            }

            return entries.Count == 0 ? mark : new[] { mark, entries.Max(e => e.On) }.Max();
        }

        /// <summary>Applies one step at <paramref name="at"/>; false (and nothing recorded) when that moment is still to come.</summary>
        private bool Step(ReferralTrigger trigger, ActorKind kind, Guid? organization, DateTimeOffset at, Func<ReferralStep, ReferralStep>? values = null)
        {
            if (at > owner._world.Now)
            {
                return false;
            }

            var step = new ReferralStep(trigger, new ReferralActor(GeneratorLogin, kind), at) { PatientNeedsCarer = record.NeedsCarer };
            var moved = ReferralWorkflow.Apply(record.State, values is null ? step : values(step));
            if (moved.IsError)
            {
                throw new InvalidOperationException($"The generator made an illegal step {trigger} from {record.State}: {moved.Error.Code}.");
            }

            ReferralCaseChanges.Record(record, moved.Value, owner._world.Law);
            chunk.Transitions.Add(ReferralCaseChanges.TransitionRow(record.Id, moved.Value, GeneratorUserId, GeneratorLogin, organization));
            _at = at;
            return true;
        }

        /// <summary>A moment in working hours, <paramref name="min"/>–<paramref name="max"/> working days after the last step (by the calendar where it is loaded).</summary>
        private DateTimeOffset WorkingDaysLater(int min, int max)
        {
            var day = KazakhstanTime.ToKazakhstanDate(_at);
            var n = _random.Next(min, max + 1);
            var due = _calendar.AddWorkingDays(day, new WorkingDays(n));
            var on = due.IsError ? DateOnly.FromDayNumber(day.DayNumber + n) : due.Value;
            var moment = KazakhstanTime.StartOfDay(on).AddHours(9).AddMinutes(_random.Next(0, 540));
            return moment > _at ? moment : _at.AddMinutes(_random.Next(5, 120));
        }

        private string Protocol() => string.Create(CultureInfo.InvariantCulture, $"П-{_random.Next(1, 999)}/{KazakhstanTime.ToKazakhstanDate(_at).Year}");

        private string Number()
        {
            while (true)
            {
                // The number's ten hex digits come from a random id: the ordered ids share their leading digits.
                var number = ReferralNumbers.New(KazakhstanTime.ToKazakhstanDate(_at).Year, owner.RandomId());
                if (owner._numbers.Add(number))
                {
                    return number;
                }
            }
        }
    }
}

/// <summary>One batch of generated rows, in the order foreign keys need them.</summary>
internal sealed class GeneratedChunk
{
    public List<PatientRecord> Patients { get; } = [];

    public List<ReferralCaseRecord> Cases { get; } = [];

    public List<ReferralTransitionRecord> Transitions { get; } = [];

    public List<ReferralDocumentRecord> Documents { get; } = [];

    public List<FollowUpRecord> FollowUps { get; } = [];
}
