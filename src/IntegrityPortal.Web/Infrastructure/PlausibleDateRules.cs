using FluentValidation;
using IntegrityPortal.Core;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>The validators' one way of applying a field's plausible range (<see cref="PlausibleDates"/>).</summary>
public static class PlausibleDateRules
{
    /// <summary>
    /// Adds the range's message when the field's date (parsed by <paramref name="date"/>) lies
    /// outside <paramref name="range"/> on today's date; a missing or unreadable date is left
    /// to the field's other rules.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, TProperty> Within<T, TProperty>(
        this IRuleBuilder<T, TProperty> rule, DateRange range, TimeProvider clock, Func<T, DateOnly?> date) =>
        rule.Custom((_, context) =>
        {
            if (date(context.InstanceToValidate) is { } value && range.Check(value, clock.Today()) is { } message)
            {
                context.AddFailure(message);
            }
        });

    /// <summary>The same for a field bound as a date.</summary>
    public static IRuleBuilderOptionsConditions<T, DateOnly?> Within<T>(this IRuleBuilder<T, DateOnly?> rule, DateRange range, TimeProvider clock) =>
        rule.Custom((value, context) =>
        {
            if (value is { } date && range.Check(date, clock.Today()) is { } message)
            {
                context.AddFailure(message);
            }
        });
}
