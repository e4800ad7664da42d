// plaint/output/fd_buffer: standard output's stream buffer keeps the reason
// a write failed.

#include "plaint/output/fd_buffer.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <fcntl.h>
#include <ostream>
#include <string>
#include <unistd.h>

using plaint::output::FdBuffer;

TEST_CASE("FdBuffer writes everything through, small and large writes alike", "[output][fd]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    {
        FdBuffer buffer(fds[1]);
        std::ostream out(&buffer);
        out << "first line\n" << std::string(100, 'x') << '\n';
        out.flush();
        CHECK(out.good());
        CHECK(buffer.error() == 0);
    }
    ::close(fds[1]);
    std::string got;
    char chunk[256];
    for (ssize_t n; (n = ::read(fds[0], chunk, sizeof chunk)) > 0;) got.append(chunk, static_cast<std::size_t>(n));
    ::close(fds[0]);
    CHECK(got == "first line\n" + std::string(100, 'x') + "\n");
}

TEST_CASE("FdBuffer keeps the errno of a failed write: a full disk is ENOSPC", "[output][fd]") {
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    FdBuffer buffer(fd);
    std::ostream out(&buffer);
    out << std::string(200'000, 'x'); // larger than the buffer: written at once
    CHECK_FALSE(out.good());
    CHECK(buffer.error() == ENOSPC);
    ::close(fd);
}
