using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>Helpers that keep a form's errors in the GOV.UK shape.</summary>
public static class FormErrors
{
    /// <summary>
    /// GOV.UK shows one message per field. A value the binder could not read ("Enter a valid
    /// kind") and the validator's rule on the same, now empty, field would otherwise both be
    /// listed; the first (the binder's, which says what is wrong) is kept.
    /// </summary>
    public static void KeepFirstErrorPerField(this ModelStateDictionary modelState)
    {
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 1))
        {
            while (entry.Errors.Count > 1)
            {
                entry.Errors.RemoveAt(entry.Errors.Count - 1);
            }
        }
    }

    /// <summary>True if the field has no error yet, so a database check on it is worth making.</summary>
    public static bool IsFieldValid(this ModelStateDictionary modelState, string key) =>
        !modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0;
}
