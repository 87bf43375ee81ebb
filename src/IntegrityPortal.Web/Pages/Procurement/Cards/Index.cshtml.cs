using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>
/// Card transactions of the forces the user serves, newest first, filtered and paged by the
/// database. The list names card holders and what they spent, so each search is recorded in the
/// audit trail as a consultation, as the media contact log's are.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The start of the merchant as the bank writes it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Merchant { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Transactions from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Transactions to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<CardRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }
    public bool MayAdd => User.IsInRole(Roles.Procurement);

    public sealed record CardRow(int Id, string ForceName, string BankReference, DateOnly TransactionOn, string GivenName, string FamilyName,
        PersonKind Kind, PoliceRank? Rank, string? Grade, string MerchantName, string? MerchantCategory, long AmountPence)
    {
        /// <summary>The card holder by name and rank or grade, as <see cref="Person.NameAndRankOrGrade"/> says it.</summary>
        public string Holder => new Person { Number = string.Empty, GivenName = GivenName, FamilyName = FamilyName, Kind = Kind, Rank = Rank, Grade = Grade }.NameAndRankOrGrade;
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var forces = await db.VisibleForces.Select(f => f.Id).Take(2).ToListAsync(ct);
        SeveralForces = forces.Count > 1;
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = db.CardTransactions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Merchant))
        {
            var start = Merchant.Trim();
            query = query.Where(t => t.MerchantName.StartsWith(start));
        }

        if (From is { } first)
        {
            query = query.Where(t => t.TransactionOn >= first);
        }

        if (To is { } last)
        {
            query = query.Where(t => t.TransactionOn <= last);
        }

        var rows = query.OrderByDescending(t => t.TransactionOn).ThenByDescending(t => t.Id)
            .Select(t => new CardRow(t.Id, t.Force!.Name, t.BankReference, t.TransactionOn, t.CardHolder!.GivenName, t.CardHolder.FamilyName,
                t.CardHolder.Kind, t.CardHolder.Rank, t.CardHolder.Grade, t.MerchantName, t.MerchantCategory, t.AmountPence));
        Results = await PagedList<CardRow>.CreateAsync(rows, PageNumber, PageSize, ct);
        await audit.RecordReadAsync("CardTransactions", "(search)", forces.Count == 1 ? forces[0] : null,
            AuditDescription.Of(("merchant", string.IsNullOrWhiteSpace(Merchant) ? null : Merchant.Trim()), ("from", From), ("to", To), ("page", PageNumber)), ct);
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Procurement/Cards", [new("Merchant", Merchant),
            new("From", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("To", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("pageNumber", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture))]);
}
