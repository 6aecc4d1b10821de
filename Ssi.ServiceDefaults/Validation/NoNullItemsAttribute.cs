using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Ssi.ServiceDefaults.Validation;

/// <summary>A list whose items are all given: <c>[null]</c> is a 400 naming the list, never a null met later by the code.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NoNullItemsAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not IEnumerable items || items.Cast<object?>().All(item => item is not null);

    public override string FormatErrorMessage(string name) => $"{name} has an empty (null) item.";
}
