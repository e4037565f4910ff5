using Joldama.Data;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Patients;

/// <summary>The IIN every audit record of a patient's data carries (ADR 6).</summary>
public static class PatientIins
{
    public static Task<string> IinOfAsync(this JoldamaDbContext db, Guid patientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Patients.Where(p => p.Id == patientId).Select(p => p.Iin).SingleAsync(cancellationToken);
    }
}
