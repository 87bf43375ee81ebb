using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Plain-English messages for input the binder cannot convert (letters in a number field, an
/// impossible date), in the GOV.UK style: say what to do, not what went wrong.
/// </summary>
public static class FriendlyModelBindingMessages
{
    public static void UseFriendlyMessages(this DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number");
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid {field.ToLowerInvariant()}");
        messages.SetValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid {field.ToLowerInvariant()}");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field.ToLowerInvariant()}");
        messages.SetValueMustNotBeNullAccessor(field => $"Enter {field.ToLowerInvariant()}");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
    }
}
