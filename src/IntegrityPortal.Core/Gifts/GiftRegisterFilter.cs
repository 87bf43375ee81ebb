using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq.Expressions;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Gifts;

/// <summary>Which pattern flag the register is filtered on.</summary>
public enum PatternFilter
{
    Any = 1,
    RepeatOffers = 2,
    AnnualValue = 3,
    SupplierToPurchaser = 4,
}

/// <summary>One row of the register, as listed and exported.</summary>
public sealed record GiftRegisterRow
{
    public int Id { get; init; }
    /// <summary>The version shown, so a bulk review can refuse a declaration changed since.</summary>
    public int Version { get; init; }
    public int ForceId { get; init; }
    public string ForceName { get; init; } = string.Empty;
    public DateOnly OfferedOn { get; init; }
    public DateOnly DeclaredOn { get; init; }
    public string DeclarantNumber { get; init; } = string.Empty;
    /// <summary>The declarant's person record, for PSD's page on the person.</summary>
    public int DeclarantId { get; init; }
    public string DeclarantGivenName { get; init; } = string.Empty;
    public string DeclarantFamilyName { get; init; } = string.Empty;
    public string? DepartmentName { get; init; }
    public string OrganisationName { get; init; } = string.Empty;
    public string OfferorName { get; init; } = string.Empty;
    public OfferorRelationship Relationship { get; init; }
    public OfferType OfferType { get; init; }
    public string Description { get; init; } = string.Empty;
    public long ValuePence { get; init; }
    public OfferOutcome Outcome { get; init; }
    public ApprovalStatus ApprovalStatus { get; init; }
    public ReviewStatus ReviewStatus { get; init; }
    public bool IsLate { get; init; }
    public bool IsFromSupplier { get; init; }
    public PatternFlags PatternFlags { get; init; }

    public string Reference => $"GH-{Id:D6}";
    public string DeclarantName => $"{DeclarantGivenName} {DeclarantFamilyName}";
}

/// <summary>
/// The PSD register's filters, bound from the query string by the register and export pages
/// and used by the benchmark. Each filter maps onto an index led by the force (see
/// GiftDeclarationConfiguration). Money is entered in pounds and compared in pence.
/// </summary>
public sealed class GiftRegisterFilter
{
    public const string DefaultSort = "date-desc";

    /// <summary>The sorts the register offers; anything else is refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date-desc"] = "Date of offer, newest first",
        ["date-asc"] = "Date of offer, oldest first",
        ["value-desc"] = "Value, highest first",
        ["value-asc"] = "Value, lowest first",
        ["declarant-asc"] = "Declarant, A to Z",
        ["declarant-desc"] = "Declarant, Z to A",
        ["organisation-asc"] = "Organisation, A to Z",
        ["organisation-desc"] = "Organisation, Z to A",
    };

    [Display(Name = "Force")]
    public int? ForceId { get; set; }
    [Display(Name = "Offered from date")]
    public DateOnly? OfferedFrom { get; set; }
    [Display(Name = "Offered to date")]
    public DateOnly? OfferedTo { get; set; }
    public string? Declarant { get; set; }
    [Display(Name = "Department")]
    public int? DepartmentId { get; set; }
    public string? Organisation { get; set; }
    [Display(Name = "Relationship")]
    public OfferorRelationship? Relationship { get; set; }
    [Display(Name = "Lowest value")]
    public decimal? MinValue { get; set; }
    [Display(Name = "Highest value")]
    public decimal? MaxValue { get; set; }
    [Display(Name = "Outcome")]
    public OfferOutcome? Outcome { get; set; }
    [Display(Name = "Approval status")]
    public ApprovalStatus? Approval { get; set; }
    [Display(Name = "Review status")]
    public ReviewStatus? Review { get; set; }
    [Display(Name = "Late only")]
    public bool LateOnly { get; set; }
    [Display(Name = "Supplier only")]
    public bool SupplierOnly { get; set; }
    [Display(Name = "Pattern flag")]
    public PatternFilter? Pattern { get; set; }

    /// <summary>Rules across fields, as (property, message) pairs; binding errors come from the binder.</summary>
    public IEnumerable<(string Property, string Message)> Check(string? sort)
    {
        if (OfferedFrom is { } from && OfferedTo is { } to && from > to)
        {
            yield return (nameof(OfferedTo), "The end date must be the same as or after the start date");
        }

        if (MinValue is < 0)
        {
            yield return (nameof(MinValue), "The lowest value must be £0 or more");
        }
        else if (MinValue is { } min && decimal.Round(min, 2) != min)
        {
            yield return (nameof(MinValue), "Enter the lowest value in pounds and pence, like 25 or 25.50");
        }
        else if (MinValue > GiftRules.MaximumValuePence / 100m)
        {
            yield return (nameof(MinValue), "The lowest value must be £1,000,000 or less");
        }

        if (MaxValue is < 0)
        {
            yield return (nameof(MaxValue), "The highest value must be £0 or more");
        }
        else if (MaxValue is { } max && decimal.Round(max, 2) != max)
        {
            yield return (nameof(MaxValue), "Enter the highest value in pounds and pence, like 25 or 25.50");
        }
        else if (MaxValue > GiftRules.MaximumValuePence / 100m)
        {
            yield return (nameof(MaxValue), "The highest value must be £1,000,000 or less");
        }
        else if (MinValue is { } low && MaxValue is { } high && low > high)
        {
            yield return (nameof(MaxValue), "The highest value must be the same as or more than the lowest value");
        }

        if (Declarant?.Length > 100)
        {
            yield return (nameof(Declarant), "Declarant must be 100 characters or fewer");
        }

        if (Organisation?.Length > 200)
        {
            yield return (nameof(Organisation), "Organisation must be 200 characters or fewer");
        }

        if (!string.IsNullOrEmpty(sort) && !Sorts.ContainsKey(sort))
        {
            yield return ("Sort", "Choose a sort from the list");
        }
    }

    /// <summary>The declarations that match, in the requested (whitelisted) order.</summary>
    public IQueryable<GiftDeclaration> Apply(IQueryable<GiftDeclaration> declarations, string? sort) => Ordered(Where(declarations), sort);

    /// <summary>The declarations in the register's order for the sort (the default for one not offered).</summary>
    public static IQueryable<GiftDeclaration> Ordered(IQueryable<GiftDeclaration> query, string? sort)
    {
        return Known(sort) switch
        {
            "date-asc" => query.OrderBy(d => d.OfferedOn).ThenBy(d => d.Id),
            "value-desc" => query.OrderByDescending(d => d.ValuePence).ThenByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id),
            "value-asc" => query.OrderBy(d => d.ValuePence).ThenBy(d => d.OfferedOn).ThenBy(d => d.Id),
            "declarant-asc" => query.OrderBy(d => d.Declarant!.FamilyName).ThenBy(d => d.Declarant!.GivenName).ThenBy(d => d.Id),
            "declarant-desc" => query.OrderByDescending(d => d.Declarant!.FamilyName).ThenByDescending(d => d.Declarant!.GivenName).ThenByDescending(d => d.Id),
            "organisation-asc" => query.OrderBy(d => d.OrganisationName).ThenBy(d => d.Id),
            "organisation-desc" => query.OrderByDescending(d => d.OrganisationName).ThenByDescending(d => d.Id),
            _ => query.OrderByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id),
        };
    }

    /// <summary>
    /// The matching declarations' keys with the columns of the sort, to choose a page from an
    /// index without reading the rows (<see cref="PerForcePage"/>). In the order of
    /// <see cref="OrderedKeys"/>, which must stay the order of <see cref="Ordered"/>.
    /// </summary>
    public IQueryable<PageKey> Keys(IQueryable<GiftDeclaration> declarations, string? sort) =>
        Where(Known(sort) is "declarant-asc" or "declarant-desc"
                // A declaration is always of its declarant's force (a person never changes force).
                // Saying so lets SQLite carry each force's arm to People and read the declarants
                // in name order from their (ForceId, FamilyName, GivenName) index, rather than
                // join and sort every declaration of the force (decision 0036).
                ? declarations.Where(d => d.Declarant!.ForceId == d.ForceId)
                : declarations)
            .Select(KeyOf(sort));

    private static Expression<Func<GiftDeclaration, PageKey>> KeyOf(string? sort) => Known(sort) switch
    {
        "value-asc" or "value-desc" => d => new PageKey { Id = d.Id, Number = d.ValuePence, Date = d.OfferedOn },
        "declarant-asc" or "declarant-desc" => d => new PageKey { Id = d.Id, Text = d.Declarant!.FamilyName, Text2 = d.Declarant.GivenName },
        "organisation-asc" or "organisation-desc" => d => new PageKey { Id = d.Id, Text = d.OrganisationName },
        _ => d => new PageKey { Id = d.Id, Date = d.OfferedOn },
    };

    /// <summary>The keys in the register's order for the sort: <see cref="Ordered"/>, over <see cref="Keys"/>.</summary>
    public static IQueryable<PageKey> OrderedKeys(IQueryable<PageKey> keys, string? sort) => Known(sort) switch
    {
        "date-asc" => keys.OrderBy(k => k.Date).ThenBy(k => k.Id),
        "value-desc" => keys.OrderByDescending(k => k.Number).ThenByDescending(k => k.Date).ThenByDescending(k => k.Id),
        "value-asc" => keys.OrderBy(k => k.Number).ThenBy(k => k.Date).ThenBy(k => k.Id),
        "declarant-asc" => keys.OrderBy(k => k.Text).ThenBy(k => k.Text2).ThenBy(k => k.Id),
        "declarant-desc" => keys.OrderByDescending(k => k.Text).ThenByDescending(k => k.Text2).ThenByDescending(k => k.Id),
        "organisation-asc" => keys.OrderBy(k => k.Text).ThenBy(k => k.Id),
        "organisation-desc" => keys.OrderByDescending(k => k.Text).ThenByDescending(k => k.Id),
        _ => keys.OrderByDescending(k => k.Date).ThenByDescending(k => k.Id),
    };

    /// <summary>The sort asked for if the register offers it, otherwise the default.</summary>
    private static string Known(string? sort) => Sorts.ContainsKey(sort ?? string.Empty) ? sort! : DefaultSort;

    /// <summary>
    /// The id of the declaration that follows <paramref name="current"/> in this filter and sort, or
    /// null at the end: one keyset query by the database (the rows after the current one's sort
    /// key, first in order), never the list loaded. The current declaration need not still match
    /// the filter: once reviewed it leaves an "awaiting review" list, and the next is still found.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<GiftDeclaration> declarations, GiftDeclaration current, string? sort, CancellationToken ct = default)
    {
        var query = Where(declarations);
        var id = current.Id;
        var offered = current.OfferedOn;
        var value = current.ValuePence;
        var organisation = current.OrganisationName;
        var family = current.Declarant?.FamilyName ?? string.Empty;
        var given = current.Declarant?.GivenName ?? string.Empty;
        var after = Known(sort) switch
        {
            "date-asc" => query.Where(d => d.OfferedOn > offered || (d.OfferedOn == offered && d.Id > id)),
            "value-desc" => query.Where(d => d.ValuePence < value
                || (d.ValuePence == value && (d.OfferedOn < offered || (d.OfferedOn == offered && d.Id < id)))),
            "value-asc" => query.Where(d => d.ValuePence > value
                || (d.ValuePence == value && (d.OfferedOn > offered || (d.OfferedOn == offered && d.Id > id)))),
            "declarant-asc" => query.Where(d => string.Compare(d.Declarant!.FamilyName, family) > 0
                || (d.Declarant!.FamilyName == family && (string.Compare(d.Declarant.GivenName, given) > 0 || (d.Declarant.GivenName == given && d.Id > id)))),
            "declarant-desc" => query.Where(d => string.Compare(d.Declarant!.FamilyName, family) < 0
                || (d.Declarant!.FamilyName == family && (string.Compare(d.Declarant.GivenName, given) < 0 || (d.Declarant.GivenName == given && d.Id < id)))),
            "organisation-asc" => query.Where(d => string.Compare(d.OrganisationName, organisation) > 0 || (d.OrganisationName == organisation && d.Id > id)),
            "organisation-desc" => query.Where(d => string.Compare(d.OrganisationName, organisation) < 0 || (d.OrganisationName == organisation && d.Id < id)),
            _ => query.Where(d => d.OfferedOn < offered || (d.OfferedOn == offered && d.Id < id)),
        };
        return Ordered(after, sort).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Rows for listing and export (one query with the joins it needs).</summary>
    public static IQueryable<GiftRegisterRow> Project(IQueryable<GiftDeclaration> ordered) =>
        ordered.AsNoTracking().Select(d => new GiftRegisterRow
        {
            Id = d.Id,
            Version = d.Version,
            ForceId = d.ForceId,
            ForceName = d.Force!.Name,
            OfferedOn = d.OfferedOn,
            DeclaredOn = d.DeclaredOn,
            DeclarantNumber = d.Declarant!.Number,
            DeclarantId = d.DeclarantId,
            DeclarantGivenName = d.Declarant.GivenName,
            DeclarantFamilyName = d.Declarant.FamilyName,
            DepartmentName = d.Department == null ? null : d.Department.Name,
            OrganisationName = d.OrganisationName,
            OfferorName = d.OfferorName,
            Relationship = d.Relationship,
            OfferType = d.OfferType,
            Description = d.Description,
            ValuePence = d.ValuePence,
            Outcome = d.Outcome,
            ApprovalStatus = d.ApprovalStatus,
            ReviewStatus = d.ReviewStatus,
            IsLate = d.IsLate,
            IsFromSupplier = d.IsFromSupplier,
            PatternFlags = d.PatternFlags,
        });

    private IQueryable<GiftDeclaration> Where(IQueryable<GiftDeclaration> query)
    {
        if (ForceId is { } forceId)
        {
            query = query.Where(d => d.ForceId == forceId);
        }

        if (OfferedFrom is { } from)
        {
            query = query.Where(d => d.OfferedOn >= from);
        }

        if (OfferedTo is { } to)
        {
            query = query.Where(d => d.OfferedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(Declarant))
        {
            var who = Declarant.Trim();
            query = query.Where(d => d.Declarant!.Number.StartsWith(who)
                                     || d.Declarant.FamilyName.StartsWith(who)
                                     || d.Declarant.GivenName.StartsWith(who)
                                     || (d.Declarant.GivenName + " " + d.Declarant.FamilyName).StartsWith(who));
        }

        if (DepartmentId is { } departmentId)
        {
            query = query.Where(d => d.DepartmentId == departmentId);
        }

        if (!string.IsNullOrWhiteSpace(Organisation))
        {
            var name = Organisation.Trim();
            query = query.Where(d => d.OrganisationName.StartsWith(name));
        }

        if (Relationship is { } relationship)
        {
            query = query.Where(d => d.Relationship == relationship);
        }

        if (MinValue is { } min)
        {
            var pence = ToPence(min);
            query = query.Where(d => d.ValuePence >= pence);
        }

        if (MaxValue is { } max)
        {
            var pence = ToPence(max);
            query = query.Where(d => d.ValuePence <= pence);
        }

        if (Outcome is { } outcome)
        {
            query = query.Where(d => d.Outcome == outcome);
        }

        if (Approval is { } approval)
        {
            query = query.Where(d => d.ApprovalStatus == approval);
        }

        if (Review is { } review)
        {
            query = query.Where(d => d.ReviewStatus == review);
        }

        // Compared with a parameter, not tested bare: SQLite seeks an index on (ForceId, IsLate,
        // OfferedOn) only for "IsLate = ?", and reads the table row by row for "WHERE IsLate".
        var yes = true;
        if (LateOnly)
        {
            query = query.Where(d => d.IsLate == yes);
        }

        if (SupplierOnly)
        {
            query = query.Where(d => d.IsFromSupplier == yes);
        }

        query = Pattern switch
        {
            PatternFilter.Any => query.Where(d => d.PatternFlags != PatternFlags.None),
            PatternFilter.RepeatOffers => query.Where(d => (d.PatternFlags & PatternFlags.RepeatOffers) != 0),
            PatternFilter.AnnualValue => query.Where(d => (d.PatternFlags & PatternFlags.AnnualValue) != 0),
            PatternFilter.SupplierToPurchaser => query.Where(d => (d.PatternFlags & PatternFlags.SupplierToPurchaser) != 0),
            _ => query,
        };

        return query;
    }

    public static long ToPence(decimal pounds) => (long)decimal.Round(pounds * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>A short text of the filter for the audit trail: "organisation starts with 'Acme'; late only".</summary>
    public string Describe(string? sort)
    {
        var parts = new List<string>();
        var inv = CultureInfo.InvariantCulture;
        if (ForceId is { } f) parts.Add($"force {f}");
        if (OfferedFrom is { } from) parts.Add($"offered from {from.ToString("yyyy-MM-dd", inv)}");
        if (OfferedTo is { } to) parts.Add($"offered to {to.ToString("yyyy-MM-dd", inv)}");
        if (!string.IsNullOrWhiteSpace(Declarant)) parts.Add($"declarant starts with '{Declarant.Trim()}'");
        if (DepartmentId is { } dep) parts.Add($"department {dep}");
        if (!string.IsNullOrWhiteSpace(Organisation)) parts.Add($"organisation starts with '{Organisation.Trim()}'");
        if (Relationship is { } r) parts.Add($"relationship {r}");
        if (MinValue is { } min) parts.Add($"value from £{min.ToString("0.00", inv)}");
        if (MaxValue is { } max) parts.Add($"value to £{max.ToString("0.00", inv)}");
        if (Outcome is { } o) parts.Add($"outcome {o}");
        if (Approval is { } a) parts.Add($"approval {a}");
        if (Review is { } rv) parts.Add($"review {rv}");
        if (LateOnly) parts.Add("late only");
        if (SupplierOnly) parts.Add("supplier only");
        if (Pattern is { } p) parts.Add($"pattern {p}");
        if (!string.IsNullOrEmpty(sort) && sort != DefaultSort) parts.Add($"sorted {sort}");
        var text = parts.Count == 0 ? "no filter" : string.Join("; ", parts);
        return text.Length > 500 ? text[..500] : text;
    }

    /// <summary>The filter as query-string pairs (empty ones left out by QueryStrings.With).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery(string prefix)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return new($"{prefix}.ForceId", ForceId?.ToString(inv));
        yield return new($"{prefix}.OfferedFrom", OfferedFrom?.ToString("yyyy-MM-dd", inv));
        yield return new($"{prefix}.OfferedTo", OfferedTo?.ToString("yyyy-MM-dd", inv));
        yield return new($"{prefix}.Declarant", Declarant);
        yield return new($"{prefix}.DepartmentId", DepartmentId?.ToString(inv));
        yield return new($"{prefix}.Organisation", Organisation);
        yield return new($"{prefix}.Relationship", Relationship?.ToString());
        yield return new($"{prefix}.MinValue", MinValue?.ToString(inv));
        yield return new($"{prefix}.MaxValue", MaxValue?.ToString(inv));
        yield return new($"{prefix}.Outcome", Outcome?.ToString());
        yield return new($"{prefix}.Approval", Approval?.ToString());
        yield return new($"{prefix}.Review", Review?.ToString());
        yield return new($"{prefix}.LateOnly", LateOnly ? "true" : null);
        yield return new($"{prefix}.SupplierOnly", SupplierOnly ? "true" : null);
        yield return new($"{prefix}.Pattern", Pattern?.ToString());
    }
}
