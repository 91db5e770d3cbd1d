using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace NodeMqtt.Analyzers
{
    /// <summary>
    /// Text built from values the device formats differently: an enum that reaches text through an implicit
    /// ToString (interpolation, '+' with a string, an object argument of string.Format/Concat or
    /// StringBuilder.Append) prints its number on nanoFramework, and custom numeric format strings ("0.00",
    /// "#,##0") are not implemented there.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TextFormattingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
            GuardRules.EnumToString,
            GuardRules.CustomNumericFormat);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(OnInterpolation, SyntaxKind.Interpolation);
            context.RegisterSyntaxNodeAction(OnConcatenation, SyntaxKind.AddExpression, SyntaxKind.AddAssignmentExpression);
            context.RegisterOperationAction(OnInvocation, OperationKind.Invocation);
        }

        private static void OnInterpolation(SyntaxNodeAnalysisContext context)
        {
            var interpolation = (InterpolationSyntax)context.Node;
            ITypeSymbol type = context.SemanticModel.GetTypeInfo(interpolation.Expression, context.CancellationToken).Type;
            if (TypeFacts.IsEnum(type))
            {
                Report(context, GuardRules.EnumToString, interpolation.Expression, type.ToDisplayString());
                return;
            }

            if (interpolation.FormatClause != null && TypeFacts.IsNumeric(type))
            {
                string format = interpolation.FormatClause.FormatStringToken.ValueText;
                if (!TypeFacts.IsStandardNumericFormat(format, type))
                {
                    Report(context, GuardRules.CustomNumericFormat, interpolation.FormatClause, format);
                }
            }
        }

        private static void OnConcatenation(SyntaxNodeAnalysisContext context)
        {
            ExpressionSyntax left;
            ExpressionSyntax right;
            if (context.Node is BinaryExpressionSyntax binary)
            {
                left = binary.Left;
                right = binary.Right;
            }
            else
            {
                var assignment = (AssignmentExpressionSyntax)context.Node;
                left = assignment.Left;
                right = assignment.Right;
            }

            SemanticModel model = context.SemanticModel;
            ITypeSymbol result = model.GetTypeInfo(context.Node, context.CancellationToken).Type;
            if (result == null || result.SpecialType != SpecialType.System_String)
            {
                return;
            }

            foreach (ExpressionSyntax operand in new[] { left, right })
            {
                ITypeSymbol type = model.GetTypeInfo(operand, context.CancellationToken).Type;
                if (TypeFacts.IsEnum(type))
                {
                    Report(context, GuardRules.EnumToString, operand, type.ToDisplayString());
                }
            }
        }

        private static void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;

            // 12.345.ToString("0.00")
            if (method.Name == "ToString" && invocation.Instance != null && TypeFacts.IsNumeric(invocation.Instance.Type))
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter != null && argument.Parameter.Name == "format")
                    {
                        CheckFormat(context, argument.Value, invocation.Instance.Type);
                    }
                }

                return;
            }

            if (!FormatsItsArguments(method))
            {
                return;
            }

            string composite = null;
            var values = new List<IOperation>();
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Name == "format"
                    && argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is string text)
                {
                    composite = text;
                    continue;
                }

                // Both the expanded form f("{0}", a, b) and an explicit f("{0}", new object[] { a, b }).
                bool isParams = argument.ArgumentKind == ArgumentKind.ParamArray
                    || (argument.Parameter != null && argument.Parameter.IsParams);
                if (isParams && argument.Value is IArrayCreationOperation array)
                {
                    if (array.Initializer != null)
                    {
                        values.AddRange(array.Initializer.ElementValues);
                    }
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            var valueTypes = new List<ITypeSymbol>();
            foreach (IOperation value in values)
            {
                IOperation inner = value is IConversionOperation conversion && conversion.IsImplicit ? conversion.Operand : value;
                valueTypes.Add(inner.Type);
                if (TypeFacts.IsEnum(inner.Type) && (value.Type == null || !TypeFacts.IsEnum(value.Type)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(GuardRules.EnumToString, inner.Syntax.GetLocation(), inner.Type.ToDisplayString()));
                }
            }

            if (composite != null)
            {
                CheckCompositeFormat(context, invocation, composite, valueTypes);
            }
        }

        /// <summary>The text builders whose object arguments end up as ToString() output.</summary>
        private static bool FormatsItsArguments(IMethodSymbol method)
        {
            INamedTypeSymbol type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return method.Name == "Format" || method.Name == "Concat" || method.Name == "Join";
            }

            string fullName = type.ToDisplayString();
            return fullName == "System.Text.StringBuilder"
                && (method.Name == "Append" || method.Name == "AppendFormat" || method.Name == "Insert" || method.Name == "AppendLine");
        }

        private static void CheckFormat(OperationAnalysisContext context, IOperation format, ITypeSymbol valueType)
        {
            if (format.ConstantValue.HasValue && format.ConstantValue.Value is string text
                && text.Length > 0 && !TypeFacts.IsStandardNumericFormat(text, valueType))
            {
                context.ReportDiagnostic(Diagnostic.Create(GuardRules.CustomNumericFormat, format.Syntax.GetLocation(), text));
            }
        }

        /// <summary>Reads the "{index[,alignment][:format]}" items of a composite format string.</summary>
        private static void CheckCompositeFormat(OperationAnalysisContext context, IInvocationOperation invocation, string composite, List<ITypeSymbol> valueTypes)
        {
            int i = 0;
            while (i < composite.Length)
            {
                char c = composite[i];
                if (c == '{' && i + 1 < composite.Length && composite[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                if (c != '{')
                {
                    i++;
                    continue;
                }

                int close = composite.IndexOf('}', i);
                if (close < 0)
                {
                    return;
                }

                string item = composite.Substring(i + 1, close - i - 1);
                i = close + 1;
                int colon = item.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                string head = item.Substring(0, colon);
                int comma = head.IndexOf(',');
                string indexText = (comma < 0 ? head : head.Substring(0, comma)).Trim();
                if (!int.TryParse(indexText, out int index) || index < 0 || index >= valueTypes.Count)
                {
                    continue;
                }

                string format = item.Substring(colon + 1);
                if (TypeFacts.IsNumeric(valueTypes[index]) && !TypeFacts.IsStandardNumericFormat(format, valueTypes[index]))
                {
                    context.ReportDiagnostic(Diagnostic.Create(GuardRules.CustomNumericFormat, invocation.Syntax.GetLocation(), format));
                }
            }
        }

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode node, params object[] args)
        {
            context.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), args));
        }
    }
}
