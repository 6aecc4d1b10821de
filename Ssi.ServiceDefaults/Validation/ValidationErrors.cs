namespace Ssi.ServiceDefaults.Validation;

/// <summary>The field → messages map of a validation problem, gathered so the caller gets every problem in one answer.</summary>
public static class ValidationErrors
{
    public static void AddError(this Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var messages) ? [.. messages, message] : [message];
}
