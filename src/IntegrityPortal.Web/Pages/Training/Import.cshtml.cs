using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Infrastructure.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister;

/// <summary>
/// PSD or the administrator imports attendance from a training system's CSV export: one row per
/// person per session. A session is found by its course, date and trainer (and added when new);
/// a person is recorded once per session, so the same file imported again changes nothing.
/// </summary>
public class ImportModel(IntegrityDbContext db, IValidator<ImportModel.AttendanceRow> validator) : ImportPageModel<ImportModel.AttendanceRow>(db, validator)
{
    public sealed class AttendanceRow
    {
        public string? Course { get; set; }

        [Display(Name = "The date of the session")]
        public DateOnly? HeldOn { get; set; }

        public string? Trainer { get; set; }
        public string? Number { get; set; }
    }

    public sealed class AttendanceRowValidator : AbstractValidator<AttendanceRow>
    {
        public AttendanceRowValidator(TimeProvider clock)
        {
            RuleFor(x => x.Course).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the course's title");
            RuleFor(x => x.HeldOn).NotNull().WithMessage("Enter the date of the session").Within(PlausibleDates.TrainingSession, clock);
            RuleFor(x => x.Trainer)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter who gave the session")
                .Must(v => (v ?? string.Empty).Trim().Length <= TrainingRules.TrainerLength).WithMessage($"The trainer must be {TrainingRules.TrainerLength} characters or fewer");
            RuleFor(x => x.Number).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the collar or staff number of the person who attended");
        }
    }

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("Course", nameof(AttendanceRow.Course), true, "The course's title as the training register has it, like Integrity and the Code of Ethics"),
        new("Date", nameof(AttendanceRow.HeldOn), true, "The date of the session, day/month/year, like 23/11/2026"),
        new("Trainer", nameof(AttendanceRow.Trainer), true, "Who gave the session; with the course and date, it identifies the session"),
        new("Collar or staff number", nameof(AttendanceRow.Number), true, "The number of the person who attended"),
    ];

    public override IReadOnlyList<ImportColumn> Layout => Columns;

    public override string Things => "attendance";

    public override string FileHint => "Comma separated, with a header row naming the columns below, one row per person per session; dates as day/month/year, like 23/11/2026";

    protected override AttendanceRow ToInput(ImportRow row, List<(string Property, string Message)> problems) => new()
    {
        Course = row["Course"],
        HeldOn = row.Date("Date", nameof(AttendanceRow.HeldOn), problems),
        Trainer = row["Trainer"],
        Number = row["Collar or staff number"],
    };

    protected override string Repeated(string key, int firstLine) => $"The same person at the same session is on line {firstLine}: each attendance must be on one row";

    protected override string KeyOf(AttendanceRow input) =>
        $"{input.Course!.Trim()}, {UkFormat.Date(input.HeldOn!.Value)}, {input.Trainer!.Trim()}, {input.Number!.Trim()}".ToUpperInvariant();

    protected override async Task<List<(string Property, string Message)>> CheckAsync(int forceId, AttendanceRow input, ImportRow row, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (await CourseIdAsync(forceId, input, ct) is null)
        {
            problems.Add((nameof(AttendanceRow.Course), $"The force has no course called ‘{input.Course!.Trim()}’"));
        }

        if (await PersonIdAsync(forceId, input, ct) is null)
        {
            problems.Add((nameof(AttendanceRow.Number), $"No one in the force has the number {input.Number!.Trim()}"));
        }

        return problems;
    }

    protected override async Task<RowOutcome> SaveAsync(int forceId, AttendanceRow input, ImportRow row, CancellationToken ct)
    {
        var courseId = (await CourseIdAsync(forceId, input, ct))!.Value;
        var personId = (await PersonIdAsync(forceId, input, ct))!.Value;
        var course = await Db.Courses.SingleAsync(c => c.Id == courseId, ct);
        var (session, _) = await TrainingRecords.SessionAsync(Db, course, input.HeldOn!.Value, input.Trainer!, ct);
        var added = await TrainingRecords.AddAttendanceAsync(Db, session, [personId], ct);
        await Db.SaveChangesAsync(ct);
        return added == 1 ? RowOutcome.Added : RowOutcome.Unchanged;
    }

    protected override Task<IActionResult> ImportedAsync(int forceId, string summary, CancellationToken ct)
    {
        TempData[TrainingPages.ConfirmationKey] = summary;
        return Task.FromResult<IActionResult>(Redirect("/Training/Courses"));
    }

    private async Task<int?> CourseIdAsync(int forceId, AttendanceRow input, CancellationToken ct)
    {
        var title = input.Course!.Trim().ToUpperInvariant();
        return await Db.Courses.Where(c => c.ForceId == forceId && c.Title.ToUpper() == title).OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<int?> PersonIdAsync(int forceId, AttendanceRow input, CancellationToken ct) =>
        (await TrainingPages.PeopleAsync(Db, forceId, [input.Number!.Trim()], ct)).Values.Cast<int?>().FirstOrDefault();
}
