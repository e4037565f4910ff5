using System.CommandLine;
using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Cli.Commands;

/// <summary><c>calendar add-working-days DATE N</c>, <c>calendar between DATE DATE</c>, <c>calendar day DATE</c>.</summary>
internal static class CalendarCommands
{
    public static Command Create(CliContext cli)
    {
        var start = new Argument<string>("date") { Description = "YYYY-MM-DD" };
        var days = new Argument<string>("n") { Description = "Number of working days (0 or more)" };
        var add = new Command("add-working-days", "The date N working days after DATE (DATE itself never counts)") { start, days };
        add.SetAction(cli.Action(parse =>
        {
            var n = int.TryParse(parse.GetValue(days), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? Result<WorkingDays>.Success(new WorkingDays(value))
                : new InputInvalid("n", parse.GetValue(days) ?? string.Empty, "a whole number ≥ 0");
            var due = InputDates.Parse(parse.GetValue(start), "date").Bind(d => n.Bind(w => cli.Law.Calendar.AddWorkingDays(d, w)));
            return Print(cli, due, d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }));

        var from = new Argument<string>("from") { Description = "YYYY-MM-DD" };
        var to = new Argument<string>("to") { Description = "YYYY-MM-DD" };
        var between = new Command("between", "Working days d with FROM < d ≤ TO") { from, to };
        between.SetAction(cli.Action(parse =>
        {
            var count = InputDates.Parse(parse.GetValue(from), "from")
                .Bind(f => InputDates.Parse(parse.GetValue(to), "to").Bind(t => cli.Law.Calendar.WorkingDaysBetween(f, t)));
            return Print(cli, count, c => c.ToString(CultureInfo.InvariantCulture));
        }));

        var date = new Argument<string>("date") { Description = "YYYY-MM-DD" };
        var day = new Command("day", "Whether DATE is a working day, and why (JSON)") { date };
        day.SetAction(cli.Action(parse =>
        {
            var info = InputDates.Parse(parse.GetValue(date), "date").Bind(cli.Law.Calendar.Describe);
            if (info.IsError)
            {
                return cli.Fail(info.Error);
            }

            cli.WriteJson(info.Value);
            return CliApp.Success;
        }));

        return new Command("calendar", "Kazakhstan's working-day calendar") { add, between, day };
    }

    private static int Print<T>(CliContext cli, Result<T> result, Func<T, string> format)
    {
        if (result.IsError)
        {
            return cli.Fail(result.Error);
        }

        cli.Output.WriteLine(format(result.Value));
        return CliApp.Success;
    }
}
