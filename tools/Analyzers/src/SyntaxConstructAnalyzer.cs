using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NodeMqtt.Analyzers
{
    /// <summary>
    /// Language constructs nanoFramework cannot run, recognised from syntax alone (plus a type lookup where a
    /// construct is only a problem for value types): generic declarations, async, tuples, records, LINQ query
    /// syntax, stackalloc, multidimensional arrays and unsafe code.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SyntaxConstructAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
            GuardRules.GenericDeclaration,
            GuardRules.NullableValueType,
            GuardRules.Async,
            GuardRules.Tuple,
            GuardRules.Record,
            GuardRules.LinqQuery,
            GuardRules.StackAlloc,
            GuardRules.MultidimensionalArray,
            GuardRules.Unsafe);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is analysed too: a source generator's output runs on the device just the same.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();

            context.RegisterSyntaxNodeAction(OnTypeParameterList, SyntaxKind.TypeParameterList);
            context.RegisterSyntaxNodeAction(OnNullableType, SyntaxKind.NullableType);
            context.RegisterSyntaxNodeAction(OnConditionalAccess, SyntaxKind.ConditionalAccessExpression);
            context.RegisterSyntaxNodeAction(
                OnAsyncCandidate,
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement,
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.AnonymousMethodExpression);
            context.RegisterSyntaxNodeAction(OnAwait, SyntaxKind.AwaitExpression);
            context.RegisterSyntaxNodeAction(
                OnAwaitKeywordStatement,
                SyntaxKind.ForEachStatement,
                SyntaxKind.ForEachVariableStatement,
                SyntaxKind.UsingStatement,
                SyntaxKind.LocalDeclarationStatement);
            context.RegisterSyntaxNodeAction(OnTuple, SyntaxKind.TupleType, SyntaxKind.TupleExpression);
            context.RegisterSyntaxNodeAction(OnRecord, SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration, SyntaxKind.WithExpression);
            context.RegisterSyntaxNodeAction(OnQuery, SyntaxKind.QueryExpression);
            context.RegisterSyntaxNodeAction(OnStackAlloc, SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression);
            context.RegisterSyntaxNodeAction(OnArrayRank, SyntaxKind.ArrayRankSpecifier);
            context.RegisterSyntaxNodeAction(OnImplicitArray, SyntaxKind.ImplicitArrayCreationExpression);
            context.RegisterSyntaxNodeAction(OnPointer, SyntaxKind.PointerType, SyntaxKind.FunctionPointerType, SyntaxKind.FixedStatement);
            context.RegisterSyntaxTreeAction(OnUnsafeKeywords);
        }

        private static void OnTypeParameterList(SyntaxNodeAnalysisContext context)
        {
            SyntaxNode owner = context.Node.Parent;
            string kind;
            string name;
            switch (owner)
            {
                case MethodDeclarationSyntax method:
                    kind = "method";
                    name = method.Identifier.ValueText;
                    break;
                case LocalFunctionStatementSyntax local:
                    kind = "local function";
                    name = local.Identifier.ValueText;
                    break;
                case DelegateDeclarationSyntax del:
                    kind = "delegate";
                    name = del.Identifier.ValueText;
                    break;
                case BaseTypeDeclarationSyntax type:
                    kind = "type";
                    name = type.Identifier.ValueText;
                    break;
                default:
                    kind = "declaration";
                    name = owner == null ? string.Empty : owner.Kind().ToString();
                    break;
            }

            Report(context, GuardRules.GenericDeclaration, context.Node, kind, name);
        }

        private static void OnNullableType(SyntaxNodeAnalysisContext context)
        {
            // 'string?' in a nullable-annotated context is only an annotation (no Nullable<T> at run time).
            ITypeSymbol type = context.SemanticModel.GetTypeInfo(context.Node, context.CancellationToken).Type;
            if (TypeFacts.IsNullableValueType(type))
            {
                Report(context, GuardRules.NullableValueType, context.Node, context.Node.ToString());
            }
        }

        private static void OnConditionalAccess(SyntaxNodeAnalysisContext context)
        {
            // 'text?.Length' is an int? even though no '?' type is written anywhere.
            ITypeSymbol type = context.SemanticModel.GetTypeInfo(context.Node, context.CancellationToken).Type;
            if (TypeFacts.IsNullableValueType(type))
            {
                Report(context, GuardRules.NullableValueType, context.Node, type.ToDisplayString());
            }
        }

        private static void OnAsyncCandidate(SyntaxNodeAnalysisContext context)
        {
            SyntaxToken asyncKeyword = default;
            switch (context.Node)
            {
                case MethodDeclarationSyntax method:
                    asyncKeyword = FindModifier(method.Modifiers, SyntaxKind.AsyncKeyword);
                    break;
                case LocalFunctionStatementSyntax local:
                    asyncKeyword = FindModifier(local.Modifiers, SyntaxKind.AsyncKeyword);
                    break;
                case AnonymousFunctionExpressionSyntax function:
                    asyncKeyword = function.AsyncKeyword;
                    break;
            }

            if (asyncKeyword.IsKind(SyntaxKind.AsyncKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(GuardRules.Async, asyncKeyword.GetLocation(), "async"));
            }
        }

        private static void OnAwait(SyntaxNodeAnalysisContext context)
        {
            Report(context, GuardRules.Async, context.Node, "await");
        }

        private static void OnAwaitKeywordStatement(SyntaxNodeAnalysisContext context)
        {
            SyntaxToken awaitKeyword = default;
            switch (context.Node)
            {
                case CommonForEachStatementSyntax forEach:
                    awaitKeyword = forEach.AwaitKeyword;
                    break;
                case UsingStatementSyntax usingStatement:
                    awaitKeyword = usingStatement.AwaitKeyword;
                    break;
                case LocalDeclarationStatementSyntax declaration:
                    awaitKeyword = declaration.AwaitKeyword;
                    break;
            }

            if (awaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(GuardRules.Async, awaitKeyword.GetLocation(), "await"));
            }
        }

        private static void OnTuple(SyntaxNodeAnalysisContext context)
        {
            // A tuple nested in a tuple is one construct: report the outermost only.
            if (context.Node.Parent is TupleElementSyntax || context.Node.Parent is ArgumentSyntax arg && arg.Parent is TupleExpressionSyntax)
            {
                return;
            }

            Report(context, GuardRules.Tuple, context.Node);
        }

        private static void OnRecord(SyntaxNodeAnalysisContext context)
        {
            SyntaxNode node = context.Node;
            Location location = node is RecordDeclarationSyntax record ? record.Identifier.GetLocation() : node.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(GuardRules.Record, location));
        }

        private static void OnQuery(SyntaxNodeAnalysisContext context)
        {
            Report(context, GuardRules.LinqQuery, context.Node);
        }

        private static void OnStackAlloc(SyntaxNodeAnalysisContext context)
        {
            Report(context, GuardRules.StackAlloc, context.Node);
        }

        private static void OnArrayRank(SyntaxNodeAnalysisContext context)
        {
            var rank = (ArrayRankSpecifierSyntax)context.Node;
            if (rank.Rank > 1)
            {
                SyntaxNode shown = rank.Parent ?? rank;
                Report(context, GuardRules.MultidimensionalArray, rank, shown.ToString());
            }
        }

        private static void OnImplicitArray(SyntaxNodeAnalysisContext context)
        {
            var creation = (ImplicitArrayCreationExpressionSyntax)context.Node;
            if (creation.Commas.Count > 0)
            {
                Report(context, GuardRules.MultidimensionalArray, creation, "new[" + creation.Commas.ToString() + "]");
            }
        }

        private static void OnPointer(SyntaxNodeAnalysisContext context)
        {
            string shown = context.Node is FixedStatementSyntax ? "fixed" : context.Node.ToString();
            Location location = context.Node is FixedStatementSyntax statement ? statement.FixedKeyword.GetLocation() : context.Node.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(GuardRules.Unsafe, location, shown));
        }

        private static void OnUnsafeKeywords(SyntaxTreeAnalysisContext context)
        {
            SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
            foreach (SyntaxToken token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.UnsafeKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(GuardRules.Unsafe, token.GetLocation(), "unsafe"));
                }
            }
        }

        private static SyntaxToken FindModifier(SyntaxTokenList modifiers, SyntaxKind kind)
        {
            foreach (SyntaxToken modifier in modifiers)
            {
                if (modifier.IsKind(kind))
                {
                    return modifier;
                }
            }

            return default;
        }

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode node, params object[] args)
        {
            context.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), args));
        }
    }
}
