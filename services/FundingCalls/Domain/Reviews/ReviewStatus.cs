namespace FundingCalls.Domain.Reviews;

public enum ReviewStatus
{
    /// <summary>Assigned; the reviewer has not declared their interests yet and sees nothing of the file.</summary>
    Assigned,

    /// <summary>Declared free of conflicts: the reviewer reads the file and scores it.</summary>
    Declared,

    /// <summary>Scored and handed in: it counts.</summary>
    Submitted,

    /// <summary>Out, by the reviewer's declaration or automatically: it never counts and the file stays closed to them.</summary>
    Recused,
}
