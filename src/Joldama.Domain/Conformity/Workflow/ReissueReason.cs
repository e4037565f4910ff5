namespace Joldama.Domain.Conformity.Workflow;

/// <summary>The cases in which a conclusion already held is re-issued rather than applied for anew.</summary>
public enum ReissueReason
{
    /// <summary>§26.4: қайта ұйымдастыру.</summary>
    Reorganization,

    /// <summary>§26.4: ұйымдық-құқықтық нысанның өзгеруі.</summary>
    LegalFormChange,

    /// <summary>§26.4: заңды тұлғаны ауыстыру.</summary>
    LegalEntityReplacement,

    /// <summary>§26.4: объектіні сенімгерлік басқаруға беру.</summary>
    TrustManagementTransfer,

    /// <summary>§30: the HTMC code changed.</summary>
    CodeChange,

    /// <summary>§30: the HTMC name changed.</summary>
    NameChange,
}
