namespace Joldama.Domain.Referrals;

/// <summary>The kind of party that may fire a transition.</summary>
public enum ActorKind
{
    /// <summary>The patient's attachment organization (бекітілген жері бойынша денсаулық сақтау ұйымы).</summary>
    AttachmentClinic,

    /// <summary>§40 ¶1: the hospital where the patient is already treated (the in-patient route).</summary>
    InpatientFacility,

    /// <summary>§32: the ЖТМК commission of the regional health department.</summary>
    Commission,

    /// <summary>The organization that provides the HTMC (ЖТМК көрсететін денсаулық сақтау ұйымы).</summary>
    Provider,

    /// <summary>Joldama itself (a background job).</summary>
    System,
}
