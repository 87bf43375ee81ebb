using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Binds dates as the framework does, then refuses years before 1900 or after 2099 with the
/// usual message beside the field. Every date the portal records falls between them, and a
/// date such as 31 December 9999 would otherwise overflow when a page turns it into a
/// period's end (the day after it).
/// </summary>
public sealed class PlausibleDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly)
            ? new PlausibleDateBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class PlausibleDateBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result is { IsModelSet: true, Model: DateOnly date } && date.Year is < 1900 or > 2099)
            {
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(date.ToString("yyyy-MM-dd"), context.ModelMetadata.GetDisplayName()));
                context.Result = ModelBindingResult.Failed();
            }
        }
    }
}
