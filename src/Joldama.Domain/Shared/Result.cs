using System.Diagnostics.CodeAnalysis;

namespace Joldama.Domain.Shared;

/// <summary>A value or an <see cref="Error"/>: expected failures are values, bugs are exceptions.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsError => Error is not null;

    /// <summary>The value; reading it from an error result is a programming error.</summary>
    public T Value => IsError
        ? throw new InvalidOperationException($"Result holds error {Error.Code}, not a value.")
        : _value!;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public Result<TOut> Map<TOut>(Func<T, TOut> map) =>
        IsError ? Result<TOut>.Failure(Error) : Result<TOut>.Success(map(Value));

    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind) =>
        IsError ? Result<TOut>.Failure(Error) : bind(Value);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return !IsError;
    }

#pragma warning disable CA2225 // implicit conversions are the point of this type
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225
}
