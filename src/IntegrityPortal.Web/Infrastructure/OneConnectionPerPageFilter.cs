using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Opens the page's database connection once, before its handler, so that all of the page's
/// queries share it. Left to itself EF opens and closes the connection around every query,
/// and each open takes a connection from the pool and registers EF's SQLite functions on it
/// again: a register view runs four or five queries. EF closes the connection when the
/// request's context is disposed.
/// </summary>
public sealed class OneConnectionPerPageFilter(IntegrityDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
