using IntegrityPortal.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Binds dates and choices strictly, instead of the framework's lenient conversion, which reads
/// "1,2,3" as 1 February 2003 and as a combination of an enum's values. A date is accepted only
/// in the formats the forms send (<see cref="FormDates"/>) and between 1900 and 2099; a choice
/// only as one of its defined values (by name, or by number), and as a combination only when
/// the enum is a [Flags] set of values meant to be combined. Anything else is answered beside
/// the field, with the value kept as typed. Registered once, ahead of the framework's binders.
/// </summary>
public sealed class StrictBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(DateOnly) || type == typeof(DateTime) ? DateBinder.Instance
            : type.IsEnum ? EnumBinder.Instance
            : null;
    }

    private static string Field(ModelBindingContext context)
    {
        var name = context.ModelMetadata.GetDisplayName();
        return name.Length == 0 ? "The value" : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Takes the one value sent; null when none was sent or it is empty (handled by the caller).</summary>
    private static string? Value(ModelBindingContext context, out bool handled)
    {
        handled = false;
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None)
        {
            handled = true;
            return null;
        }

        context.ModelState.SetModelValue(context.ModelName, result);
        if (result.Length > 1)
        {
            return string.Join(",", result.Values.ToArray());
        }

        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            handled = true;
            if (context.ModelMetadata.IsReferenceOrNullableType)
            {
                context.Result = ModelBindingResult.Success(null);
            }
            else
            {
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(context.ModelMetadata.GetDisplayName()));
            }
        }

        return text;
    }

    private static void Refuse(ModelBindingContext context, string message)
    {
        context.ModelState.TryAddModelError(context.ModelName, message);
        context.Result = ModelBindingResult.Failed();
    }

    private sealed class DateBinder : IModelBinder
    {
        public static readonly DateBinder Instance = new();

        public Task BindModelAsync(ModelBindingContext context)
        {
            if (Parts(context) is { } parts)
            {
                BindParts(context, parts);
                return Task.CompletedTask;
            }

            var text = Value(context, out var handled);
            if (handled)
            {
                return Task.CompletedTask;
            }

            if (!FormDates.TryParse(text, out var date))
            {
                Refuse(context, $"{Field(context)} must be a real date");
            }
            else if (date < PlausibleDates.FirstAccepted || date > PlausibleDates.LastAccepted)
            {
                Refuse(context, $"{Field(context)} must be between {PlausibleDates.FirstAccepted.Year} and {PlausibleDates.LastAccepted.Year}");
            }
            else
            {
                context.Result = ModelBindingResult.Success(
                    context.ModelMetadata.UnderlyingOrModelType == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue) : date);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The day, month and year boxes of a GOV.UK date input, when the form sent them; each is
        /// kept in model state as typed, so the page shows it again. A link or a client that
        /// sends the whole date as one value (2026-11-23) is read as before.
        /// </summary>
        private static DateInputParts? Parts(ModelBindingContext context)
        {
            var values = DateInputParts.Suffixes
                .Select(suffix => (Key: $"{context.ModelName}.{suffix}", Result: context.ValueProvider.GetValue($"{context.ModelName}.{suffix}")))
                .ToList();
            if (values.All(v => v.Result == ValueProviderResult.None))
            {
                return null;
            }

            foreach (var (key, result) in values)
            {
                context.ModelState.SetModelValue(key, result);
            }

            return new DateInputParts(values[0].Result.FirstValue, values[1].Result.FirstValue, values[2].Result.FirstValue);
        }

        private static void BindParts(ModelBindingContext context, DateInputParts parts)
        {
            var reading = parts.Read();
            if (reading.Problem is { } problem)
            {
                Refuse(context, $"{Field(context)} {problem}");
            }
            else if (reading.Date is { } date)
            {
                context.Result = ModelBindingResult.Success(
                    context.ModelMetadata.UnderlyingOrModelType == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue) : date);
            }
            else if (context.ModelMetadata.IsReferenceOrNullableType)
            {
                context.Result = ModelBindingResult.Success(null);
            }
            else
            {
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(context.ModelMetadata.GetDisplayName()));
            }
        }
    }

    private sealed class EnumBinder : IModelBinder
    {
        public static readonly EnumBinder Instance = new();

        public Task BindModelAsync(ModelBindingContext context)
        {
            var text = Value(context, out var handled);
            if (handled)
            {
                return Task.CompletedTask;
            }

            var type = context.ModelMetadata.UnderlyingOrModelType;
            if (StrictEnums.TryParse(type, text!, out var value))
            {
                context.Result = ModelBindingResult.Success(value);
            }
            else
            {
                Refuse(context, $"Choose the {Field(context).ToLowerInvariant()} from the list");
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>An enum's value from text, strictly: one defined value, or defined flags of a [Flags] set.</summary>
public static class StrictEnums
{
    public static bool TryParse(Type type, string text, out object? value)
    {
        value = null;
        var isFlags = type.IsDefined(typeof(FlagsAttribute), inherit: false);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 1 && !isFlags)
        {
            return false;
        }

        ulong bits = 0;
        foreach (var part in parts)
        {
            if (Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                bits |= Convert.ToUInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                     && Enum.IsDefined(type, Enum.ToObject(type, number)))
            {
                bits |= (ulong)number;
            }
            else
            {
                return false;
            }
        }

        value = Enum.ToObject(type, bits);
        // A combination is one of a [Flags] set's values only if every bit it holds is a defined flag.
        return !isFlags ? Enum.IsDefined(type, value) : (bits & ~AllFlags(type)) == 0;
    }

    private static ulong AllFlags(Type type) =>
        Enum.GetValues(type).Cast<object>().Aggregate(0UL, (all, v) => all | Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture));
}
