namespace DocCheck.Application;

/// <summary>
/// A request that cannot be carried out as asked — a configuration file that is not there, an invalid doccheck.json —
/// with a message for people (Vietnamese / English). The CLI exits 2 with it; the web answers 400.
/// </summary>
public sealed class UsageException(string message, Exception? inner = null) : Exception(message, inner);
