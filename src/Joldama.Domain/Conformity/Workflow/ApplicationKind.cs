namespace Joldama.Domain.Conformity.Workflow;

/// <summary>Why an application is filed (seed 001 §23, §24, §26.4, §30).</summary>
public enum ApplicationKind
{
    /// <summary>§23: a conclusion for the next year, filed 15 September–15 October.</summary>
    Regular,

    /// <summary>§24: the first application for a type of HTMC, for the current year at any time.</summary>
    FirstTime,

    /// <summary>§26.4, §30: re-issue of a conclusion already held.</summary>
    Reissue,
}
