using AngleSharp.Dom;

namespace IntegrityPortal.Web.Tests.Input;

/// <summary>A date as the GOV.UK date input posts it: day, month and year boxes.</summary>
public static class DateFields
{
    /// <summary>Splits "2026-11-23" (or "23/11/2026") into the boxes of <paramref name="name"/>, as typed.</summary>
    public static void Put(Dictionary<string, string> form, string name, string date)
    {
        var (day, month, year) = Split(date);
        form.Remove(name);
        form[$"{name}.Day"] = day;
        form[$"{name}.Month"] = month;
        form[$"{name}.Year"] = year;
    }

    public static (string Day, string Month, string Year) Split(string date)
    {
        if (date.Contains('/'))
        {
            var p = date.Split('/');
            return (p[0], p[1], p[2]);
        }

        var parts = date.Split('-');
        return (parts[2], parts[1], parts[0]);
    }

    /// <summary>What the boxes of the field with <paramref name="id"/> show.</summary>
    public static (string? Day, string? Month, string? Year) Shown(IDocument page, string id) =>
        (page.QuerySelector($"#{id}")?.GetAttribute("value"),
         page.QuerySelector($"#{id}-month")?.GetAttribute("value"),
         page.QuerySelector($"#{id}-year")?.GetAttribute("value"));
}
