using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DocCheck.Generators;

/// <summary>
/// Writes <c>RuleCatalog.CreateRules()</c>: one <c>new</c> for every non-abstract class of the compilation that
/// implements <c>DocCheck.Rules.IRule</c> and has a public parameterless constructor, in rule ID order. The list is
/// plain code, so trimming and Native AOT keep every rule, where a reflection scan would lose them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RuleCatalogGenerator : IIncrementalGenerator
{
    private const string RuleInterface = "DocCheck.Rules.IRule";
    private const string DescriptorType = "DocCheck.Rules.RuleDescriptor";

    private static readonly DiagnosticDescriptor Inaccessible = new(
        id: "DCG001",
        title: "Rule class cannot be registered",
        messageFormat: "Rule class '{0}' is not accessible from RuleCatalog, so it cannot be registered: make it, and any class it is nested in, public or internal",
        category: "DocCheck.Generators",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only a type with a base list can implement an interface; the semantic check runs on those alone.
        var rules = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { BaseList: not null } or RecordDeclarationSyntax { BaseList: not null },
                static (ctx, ct) => ToRule(ctx, ct))
            .Where(static r => r is not null)
            .Select(static (r, _) => r!);
        context.RegisterSourceOutput(rules.Collect(), static (spc, found) => Emit(spc, found));
    }

    private static RuleClass? ToRule(GeneratorSyntaxContext ctx, CancellationToken ct)
    {
        if (ctx.SemanticModel.GetDeclaredSymbol(ctx.Node, ct) is not INamedTypeSymbol type) return null;
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic) return null;
        for (var t = type; t is not null; t = t.ContainingType)
            if (t.IsGenericType) return null; // no type arguments to instantiate it with
        if (!type.AllInterfaces.Any(i => i.ToDisplayString() == RuleInterface)) return null;
        if (!type.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public)) return null;

        var compilation = ctx.SemanticModel.Compilation;
        bool accessible = compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        var span = ctx.Node is TypeDeclarationSyntax decl ? decl.Identifier.Span : ctx.Node.Span;
        var where = new Place(ctx.Node.SyntaxTree.FilePath, span, ctx.Node.SyntaxTree.GetLineSpan(span, ct).Span);
        return new RuleClass(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), FindId(ctx, ct), accessible, where);
    }

    /// <summary>
    /// The constant passed as <c>id</c> to <c>RuleDescriptor.Create</c> or its constructor in this declaration, used
    /// only to write the list in ID order; null when the descriptor is made elsewhere (RuleCatalog sorts again anyway).
    /// </summary>
    private static string? FindId(GeneratorSyntaxContext ctx, CancellationToken ct)
    {
        foreach (var node in ctx.Node.DescendantNodes())
        {
            ImmutableArray<IArgumentOperation> args;
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Create" } or IdentifierNameSyntax { Identifier.ValueText: "Create" } }
                && ctx.SemanticModel.GetOperation(node, ct) is IInvocationOperation call
                && call.TargetMethod.ContainingType?.ToDisplayString() == DescriptorType)
                args = call.Arguments;
            else if (node is BaseObjectCreationExpressionSyntax
                     && ctx.SemanticModel.GetOperation(node, ct) is IObjectCreationOperation { Constructor: { } ctor } creation
                     && ctor.ContainingType.ToDisplayString() == DescriptorType)
                args = creation.Arguments;
            else
                continue;
            foreach (var arg in args)
                if (string.Equals(arg.Parameter?.Name, "id", StringComparison.OrdinalIgnoreCase) && arg.Value.ConstantValue is { HasValue: true, Value: string id })
                    return id;
        }
        return null;
    }

    private static void Emit(SourceProductionContext spc, ImmutableArray<RuleClass> found)
    {
        // A partial class is seen once per declaration that has a base list.
        var rules = new List<RuleClass>();
        foreach (var group in found.GroupBy(r => r.TypeName, StringComparer.Ordinal))
        {
            var rule = group.FirstOrDefault(r => r.Id is not null) ?? group.First();
            if (rule.Accessible) { rules.Add(rule); continue; }
            var p = rule.Where;
            spc.ReportDiagnostic(Diagnostic.Create(Inaccessible, Location.Create(p.Path, p.Span, p.Lines), rule.TypeName.Replace("global::", "")));
        }
        rules.Sort((a, b) =>
        {
            // Rules whose ID was read first, in ID order; any other after them by name.
            int c = (a.Id is null).CompareTo(b.Id is null);
            if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
            return c != 0 ? c : string.CompareOrdinal(a.TypeName, b.TypeName);
        });

        var sb = new StringBuilder();
        sb.Append("// <auto-generated/>\n")
          .Append("// Written by DocCheck.Generators.RuleCatalogGenerator from the rule classes of this assembly; do not edit.\n")
          .Append("#nullable enable\n\n")
          .Append("namespace DocCheck.Rules;\n\n")
          .Append("static partial class RuleCatalog\n{\n")
          .Append("    private static partial global::DocCheck.Rules.IRule[] CreateRules() => new global::DocCheck.Rules.IRule[]\n    {\n");
        foreach (var r in rules)
            sb.Append("        new ").Append(r.TypeName).Append("(),").Append(r.Id is null ? "" : " // " + r.Id).Append('\n');
        sb.Append("    };\n}\n");
        spc.AddSource("RuleCatalog.g.cs", SourceText.From(sb.ToString(), Encoding.UTF8));
    }

    /// <summary>A rule class as the pipeline caches it: strings and positions only, no symbols or syntax.</summary>
    private sealed record RuleClass(string TypeName, string? Id, bool Accessible, Place Where);

    /// <summary>Where a class is declared, kept as values so that a cached result holds no syntax tree.</summary>
    private sealed record Place(string Path, TextSpan Span, LinePositionSpan Lines);
}
