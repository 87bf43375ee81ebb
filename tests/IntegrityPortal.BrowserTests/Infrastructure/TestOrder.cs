// Journeys run one at a time. Each has its own server and database, but run side by side on a
// two-core machine they gain little time, and two of them were seen to fail together when
// run in parallel (each passes alone), so one at a time is the dependable choice.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
