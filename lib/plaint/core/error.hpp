#pragma once
// plaint's one error vocabulary. Library code throws these for expected
// failures; cmd/main.cpp has the single catch that prints
// "plaint: error: <context>: <message>" (and a hint) and exits with code().

#include <stdexcept>
#include <string>

namespace plaint {

// Documented exit codes (man/plaint.1, README "Exit codes").
enum class ExitCode : int {
    ok = 0,
    finding = 1,   // the command worked and found something: overdue, tampering
    usage = 2,     // bad option, argument or value on the command line
    data = 3,      // bad configuration, import or definition file
    store = 4,     // the register is missing, unreadable, locked or too new
    refused = 5,   // the procedure does not allow the requested step
    output = 74,   // the output could not be written: disk full, file too large (EX_IOERR)
    internal = 70, // a bug in plaint (EX_SOFTWARE)
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message, std::string hint = {})
        : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}

    ExitCode code() const noexcept { return code_; }
    const std::string& hint() const noexcept { return hint_; }

private:
    ExitCode code_;
    std::string hint_;
};

// A value given by the user (argument, option, environment) is malformed.
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message, std::string hint = {})
        : Error(ExitCode::usage, message, std::move(hint)) {}
};

// A file the user supplied (configuration, import, definition) is wrong;
// messages name the place as file:line:column where known.
class DataError : public Error {
public:
    explicit DataError(const std::string& message, std::string hint = {})
        : Error(ExitCode::data, message, std::move(hint)) {}
};

// The register cannot be opened, read or written: missing, not a register,
// too new, read-only, busy beyond the timeout, disk full.
class StoreError : public Error {
public:
    explicit StoreError(const std::string& message, std::string hint = {})
        : Error(ExitCode::store, message, std::move(hint)) {}
};

// A case or other named thing does not exist.
class NotFoundError : public Error {
public:
    explicit NotFoundError(const std::string& message, std::string hint = {})
        : Error(ExitCode::usage, message, std::move(hint)) {}
};

// The output (standard output, a file written with --output) could not be
// written: no space, over the file-size limit, an I/O error.
class OutputError : public Error {
public:
    explicit OutputError(const std::string& message, std::string hint = {})
        : Error(ExitCode::output, message, std::move(hint)) {}
};

// The procedure does not allow the requested step in the case's state.
class RefusedError : public Error {
public:
    explicit RefusedError(const std::string& message, std::string hint = {})
        : Error(ExitCode::refused, message, std::move(hint)) {}
};

// A date falls outside the range the calendar covers.
class RangeError : public Error {
public:
    explicit RangeError(const std::string& message, std::string hint = {})
        : Error(ExitCode::usage, message, std::move(hint)) {}
};

} // namespace plaint
