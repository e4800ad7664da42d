// Delivery through a sendmail-compatible command: posix_spawn, the message
// on a pipe to its standard input, its exit status as the verdict.

#include "plaint/remind/transport.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace plaint::remind {
namespace {

// Writes all of `text`; false (errno set) when the reader went away. SIGPIPE
// is blocked meanwhile so that a command that exits early cannot kill plaint.
bool write_all(int fd, std::string_view text) {
    sigset_t pipe_signal, old;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_signal, &old);
    bool ok = true;
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    const int saved = errno;
    sigset_t pending;
    if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE)) {
        const timespec zero{};
        sigtimedwait(&pipe_signal, nullptr, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    errno = saved;
    return ok;
}

std::string exit_text(const std::string& program, int status) {
    if (WIFEXITED(status)) return fmt::format("'{}' exited with status {}", program, WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return fmt::format("'{}' was killed by signal {}", program, WTERMSIG(status));
    return fmt::format("'{}' ended abnormally", program);
}

} // namespace

std::vector<std::string> command_words(const std::string& command) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < command.size()) {
        const std::size_t end = std::min(command.find_first_of(" \t", start), command.size());
        if (end > start) words.push_back(command.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

SendmailTransport::SendmailTransport(std::vector<std::string> argv) : argv_(std::move(argv)) {}

Delivery SendmailTransport::send(const Message& message) {
    std::vector<std::string> args = argv_;
    if (std::find(args.begin(), args.end(), "-t") == args.end())
        for (const auto& to : message.to) args.push_back(to.address);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return {false, fmt::format("cannot make a pipe: {}", std::strerror(errno))};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    // What the command prints goes to stderr: plaint's stdout is its report.
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    if (spawned != 0) {
        ::close(fds[1]);
        return {false, fmt::format("cannot run '{}': {}", args[0], std::strerror(spawned))};
    }
    const bool written = write_all(fds[1], render(message, "\n"));
    const int write_error = errno;
    ::close(fds[1]);
    int status = 0;
    pid_t waited = 0;
    while ((waited = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    if (waited < 0) return {false, fmt::format("cannot wait for '{}': {}", args[0], std::strerror(errno))};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {false, exit_text(args[0], status)};
    if (!written)
        return {false, fmt::format("'{}' did not read the whole message: {}", args[0], std::strerror(write_error))};
    return {};
}

} // namespace plaint::remind
