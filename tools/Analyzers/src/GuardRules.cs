using Microsoft.CodeAnalysis;

namespace NodeMqtt.Analyzers
{
    /// <summary>
    /// The diagnostics of the nanoFramework guard. Every rule is an error: code that trips one compiles on the
    /// host but would not load, not compile or silently misbehave on the device (stable nanoFramework 1.x,
    /// see shared/design/NANOFRAMEWORK.md). Each message says what to write instead.
    /// Ids are stable: add new rules at the end, never renumber.
    /// </summary>
    public static class GuardRules
    {
        private const string Category = "NanoFramework";
        private const string HelpUri = "tools/Analyzers/README.md";

        public static readonly DiagnosticDescriptor GenericDeclaration = Rule(
            "NMQ001",
            "Generic declaration",
            "Generic {0} '{1}' cannot run on stable nanoFramework (no generics); write it for a concrete type, or take object and keep items in an ArrayList/Hashtable");

        public static readonly DiagnosticDescriptor GenericUse = Rule(
            "NMQ002",
            "Use of a generic type or method",
            "'{0}' is a generic type or generic method, which stable nanoFramework does not have; use ArrayList/Hashtable/Queue/Stack, a non-generic delegate declared in Core, or a non-generic overload");

        public static readonly DiagnosticDescriptor NullableValueType = Rule(
            "NMQ003",
            "Nullable value type",
            "'{0}' is a nullable value type (Nullable<T>), which nanoFramework does not have; use a sentinel value or a separate 'has value' bool");

        public static readonly DiagnosticDescriptor Async = Rule(
            "NMQ004",
            "async/await",
            "'{0}' needs Task and the async machinery, which nanoFramework does not have; Core is stepped from the tick loop: keep state in fields and advance it in Step(nowMs)");

        public static readonly DiagnosticDescriptor Tuple = Rule(
            "NMQ005",
            "Tuple",
            "Tuples (System.ValueTuple) do not exist on nanoFramework; return a small struct or use out parameters");

        public static readonly DiagnosticDescriptor Record = Rule(
            "NMQ006",
            "Record",
            "Records and 'with' expressions need runtime support nanoFramework does not have; write a sealed class or struct with explicit members");

        public static readonly DiagnosticDescriptor LinqQuery = Rule(
            "NMQ007",
            "LINQ query",
            "LINQ is not available on nanoFramework; write the loop");

        public static readonly DiagnosticDescriptor EnumToString = Rule(
            "NMQ008",
            "Enum turned into text",
            "Enum '{0}' is turned into text through ToString, which prints the number on nanoFramework; look the name up in the enum's name table instead (or log the number on purpose with a cast to int)");

        public static readonly DiagnosticDescriptor Dynamic = Rule(
            "NMQ009",
            "dynamic",
            "'dynamic' needs the DLR, which nanoFramework does not have; use a concrete type or an interface");

        public static readonly DiagnosticDescriptor StackAlloc = Rule(
            "NMQ010",
            "stackalloc",
            "'stackalloc' (and the Span<T> it produces) is not available on nanoFramework; use a reusable byte[] buffer held in a field");

        public static readonly DiagnosticDescriptor MultidimensionalArray = Rule(
            "NMQ011",
            "Multidimensional array",
            "Multidimensional arrays ('{0}') are not supported by nanoFramework; use a jagged array (T[][]) or a flat array with index arithmetic");

        public static readonly DiagnosticDescriptor Unsafe = Rule(
            "NMQ012",
            "Unsafe code",
            "Unsafe code and pointers ('{0}') are not supported by nanoFramework; use arrays and indices");

        public static readonly DiagnosticDescriptor ClockRead = Rule(
            "NMQ013",
            "DateTime.Now / DateTime.Today",
            "'{0}' is not available on nanoFramework and Core never reads a clock; take the time as a parameter (nowMs) from the platform loop");

        public static readonly DiagnosticDescriptor CustomNumericFormat = Rule(
            "NMQ014",
            "Numeric format the device does not implement",
            "Numeric format '{0}' is not implemented on nanoFramework for this value; it supports only the standard formats G, N and F, and D and X for integers, each with an optional precision (e.g. \"F3\", \"X2\"); E, C, P and R throw and custom patterns come back verbatim");

        public static readonly DiagnosticDescriptor Decimal = Rule(
            "NMQ015",
            "decimal",
            "'decimal' does not exist on nanoFramework; use a scaled integer (e.g. Wh as long, or thousandths) or double");

        private static DiagnosticDescriptor Rule(string id, string title, string message)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                message,
                Category,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                description: "The device (nanoFramework 1.x) cannot run this construct. See tools/Analyzers/README.md.",
                helpLinkUri: HelpUri);
        }
    }
}
