using Microsoft.CodeAnalysis;

namespace NodeMqtt.Analyzers
{
    /// <summary>Questions about types that several rules ask.</summary>
    internal static class TypeFacts
    {
        public static bool IsNullableValueType(ITypeSymbol type)
        {
            return type != null
                && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        }

        public static bool IsEnum(ITypeSymbol type)
        {
            if (type == null)
            {
                return false;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            return IsNullableValueType(type)
                && type is INamedTypeSymbol named
                && named.TypeArguments.Length == 1
                && named.TypeArguments[0].TypeKind == TypeKind.Enum;
        }

        public static bool IsNumeric(ITypeSymbol type)
        {
            if (type == null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The first generic (or tuple, or Nullable) type that <paramref name="type"/> is built from: the type
        /// itself, an array's element type, a pointer's target or an enclosing type. Null when there is none.
        /// Type parameters are not reported here: declaring them is NMQ001 already.
        /// </summary>
        public static INamedTypeSymbol FindGeneric(ITypeSymbol type)
        {
            int guard = 0;
            while (type != null && guard++ < 32)
            {
                switch (type)
                {
                    case IArrayTypeSymbol array:
                        type = array.ElementType;
                        continue;
                    case IPointerTypeSymbol pointer:
                        type = pointer.PointedAtType;
                        continue;
                    case INamedTypeSymbol named:
                        if (named.IsTupleType || named.IsGenericType)
                        {
                            return named;
                        }

                        type = named.ContainingType;
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// A standard numeric format nanoFramework implements for a value of <paramref name="type"/>: G, N or F
        /// for any number, D or X for integers only (either case), with an optional precision of up to two
        /// digits. E, C, P and R throw on the device and custom patterns ("0.00") come back verbatim.
        /// </summary>
        public static bool IsStandardNumericFormat(string format, ITypeSymbol type)
        {
            if (!IsStandardNumericFormat(format))
            {
                return false;
            }

            char kind = char.ToUpperInvariant(format[0]);
            return (kind != 'D' && kind != 'X') || IsIntegral(type);
        }

        /// <summary>An integral type (the only ones D and X apply to on the device).</summary>
        public static bool IsIntegral(ITypeSymbol type)
        {
            return IsNumeric(type)
                && type.SpecialType != SpecialType.System_Single
                && type.SpecialType != SpecialType.System_Double;
        }

        /// <summary>
        /// A standard numeric format nanoFramework implements: D, F, G, N or X (either case) with an
        /// optional precision of up to two digits.
        /// </summary>
        public static bool IsStandardNumericFormat(string format)
        {
            if (string.IsNullOrEmpty(format) || format.Length > 3)
            {
                return false;
            }

            switch (format[0])
            {
                case 'D':
                case 'd':
                case 'F':
                case 'f':
                case 'G':
                case 'g':
                case 'N':
                case 'n':
                case 'X':
                case 'x':
                    break;
                default:
                    return false;
            }

            for (int i = 1; i < format.Length; i++)
            {
                if (format[i] < '0' || format[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
