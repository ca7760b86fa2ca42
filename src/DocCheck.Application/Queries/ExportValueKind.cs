namespace DocCheck.Application.Queries;

/// <summary>What an <see cref="ExportValue"/> holds.</summary>
public enum ExportValueKind { Null, Integer, Real, Text }
