using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NodeMqtt.Analyzers
{
    /// <summary>
    /// Rules that need the meaning of a name: every name that binds to a generic type or method, to something
    /// typed as a generic, Nullable, tuple or dynamic, to DateTime.Now/Today, or to Enum.ToString.
    /// Looking at names (not only at written generic syntax) also catches what 'var' and type inference hide:
    /// 'var items = Make();' where Make returns a List&lt;int&gt;, or 'Array.IndexOf(ints, 3)' binding to
    /// IndexOf&lt;T&gt;.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SymbolUseAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
            GuardRules.GenericUse,
            GuardRules.NullableValueType,
            GuardRules.Tuple,
            GuardRules.EnumToString,
            GuardRules.Dynamic,
            GuardRules.ClockRead,
            GuardRules.Decimal);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(OnName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);

            // The banned-API list names System.Decimal, but RS0030 only sees member uses and object creation:
            // 'decimal price = 1.5m;' calls nothing, so the keyword and the literal are checked here.
            context.RegisterSyntaxNodeAction(OnPredefinedType, SyntaxKind.PredefinedType);
            context.RegisterSyntaxNodeAction(OnNumericLiteral, SyntaxKind.NumericLiteralExpression);
        }

        private static void OnPredefinedType(SyntaxNodeAnalysisContext context)
        {
            var predefined = (PredefinedTypeSyntax)context.Node;
            if (predefined.Keyword.IsKind(SyntaxKind.DecimalKeyword))
            {
                Report(context, GuardRules.Decimal, predefined);
            }
        }

        private static void OnNumericLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            if (literal.Token.Value is decimal)
            {
                Report(context, GuardRules.Decimal, literal);
            }
        }

        private static void OnName(SyntaxNodeAnalysisContext context)
        {
            var name = (SimpleNameSyntax)context.Node;
            SymbolInfo info = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
            ISymbol symbol = info.Symbol;
            if (symbol == null && info.CandidateSymbols.Length == 1)
            {
                symbol = info.CandidateSymbols[0];
            }

            if (symbol == null)
            {
                return;
            }

            ITypeSymbol type;
            switch (symbol)
            {
                case IMethodSymbol method:
                    if (method.IsGenericMethod)
                    {
                        Report(context, GuardRules.GenericUse, name, method.ToDisplayString());
                        return;
                    }

                    if (method.Name == "ToString" && method.ContainingType != null
                        && method.ContainingType.SpecialType == SpecialType.System_Enum)
                    {
                        ITypeSymbol receiver = ReceiverType(context, name);
                        Report(context, GuardRules.EnumToString, name, receiver == null ? "System.Enum" : receiver.ToDisplayString());
                        return;
                    }

                    type = method.MethodKind == MethodKind.Constructor ? null : method.ReturnType;
                    break;
                case IPropertySymbol property:
                    if (IsClockRead(property))
                    {
                        Report(context, GuardRules.ClockRead, name, "DateTime." + property.Name);
                        return;
                    }

                    type = property.Type;
                    break;
                case IFieldSymbol field:
                    type = field.Type;
                    break;
                case ILocalSymbol local:
                    type = local.Type;
                    break;
                case IParameterSymbol parameter:
                    type = parameter.Type;
                    break;
                case IEventSymbol eventSymbol:
                    type = eventSymbol.Type;
                    break;
                case ITypeSymbol typeSymbol:
                    type = typeSymbol;
                    break;
                default:
                    return;
            }

            ReportType(context, name, type);
        }

        private static void ReportType(SyntaxNodeAnalysisContext context, SimpleNameSyntax name, ITypeSymbol type)
        {
            if (type == null)
            {
                return;
            }

            if (type.TypeKind == TypeKind.Dynamic)
            {
                Report(context, GuardRules.Dynamic, name);
                return;
            }

            if (type.SpecialType == SpecialType.System_Decimal)
            {
                Report(context, GuardRules.Decimal, name);
                return;
            }

            INamedTypeSymbol generic = TypeFacts.FindGeneric(type);
            if (generic == null)
            {
                return;
            }

            if (TypeFacts.IsNullableValueType(generic))
            {
                Report(context, GuardRules.NullableValueType, name, generic.ToDisplayString());
            }
            else if (generic.IsTupleType)
            {
                Report(context, GuardRules.Tuple, name);
            }
            else
            {
                Report(context, GuardRules.GenericUse, name, generic.ToDisplayString());
            }
        }

        private static bool IsClockRead(IPropertySymbol property)
        {
            return property.IsStatic
                && (property.Name == "Now" || property.Name == "Today")
                && property.ContainingType != null
                && property.ContainingType.SpecialType == SpecialType.System_DateTime;
        }

        private static ITypeSymbol ReceiverType(SyntaxNodeAnalysisContext context, SimpleNameSyntax name)
        {
            if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            {
                return context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type;
            }

            return null;
        }

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode node, params object[] args)
        {
            context.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), args));
        }
    }
}
